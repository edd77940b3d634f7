//! The compile-time guards that make the `unsafe` of the projections sound.
//! Each is an item that fails to compile (in `cargo check`) when its rule is
//! broken, whatever attribute or impl elsewhere broke it:
//!
//! - `drop`: the item has no `Drop` impl (except the one generated for
//!   `PinnedDrop`): a `drop(&mut self)` could move a pinned field;
//! - `unpin`: the item is `Unpin` only when every `#[pin]` field is (or as
//!   `UnsafeUnpin` / `!Unpin` say), and has no other `Unpin` impl;
//! - `not_packed`: the item is not `repr(packed)`, even if a later attribute
//!   adds it: rustc moves packed fields to drop them.

use super::attr::{Body, Data, Field, is_cfg};
use super::check::unraw;
use super::expand::Cx;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// Without `PinnedDrop`: a trait implemented by every `Drop` type and by
/// the item, so a `Drop` impl of the item makes the two impls overlap. Its
/// name is the message rustc shows for that conflict.
///
/// With `PinnedDrop`: the item's `Drop` impl, which calls
/// `PinnedDrop::drop` with the value pinned (a user `Drop` impl then
/// conflicts with it), and the marker impl a `PinnedDrop` impl requires.
pub(crate) fn drop(cx: &Cx<'_>) -> TokenStream {
    let ident = &cx.input.ident;
    let (impl_generics, ty_generics, where_clause) = cx.input.generics.split_for_impl();
    let core = &cx.core;
    let private = &cx.private;
    if let Some(span) = cx.args.pinned_drop {
        // Spanned at the `PinnedDrop` argument: a missing impl is reported
        // there, with the trait's `on_unimplemented` message.
        let trait_path = quote_spanned!(span=> #private::pin::PinnedDrop);
        let pinned = format_ident!("__vouch_pinned", span = Span::mixed_site());
        return quote! {
            #[automatically_derived]
            impl #impl_generics #private::pin::PinnedDropArgument for #ident #ty_generics
                #where_clause {}

            #[automatically_derived]
            impl #impl_generics #core::ops::Drop for #ident #ty_generics #where_clause {
                fn drop(&mut self) {
                    // SAFETY: the value is being dropped and is never used or
                    // moved afterwards, so pinning it here keeps every
                    // promise; the token is created only here, once per drop.
                    let #pinned = unsafe { #core::pin::Pin::new_unchecked(self) };
                    <Self as #trait_path>::drop(#pinned, unsafe {
                        #private::pin::PinnedDropToken::<Self>::__new()
                    });
                }
            }
        };
    }
    let guard = format_ident!(
        "{}MustNotImplDropUsePinnedDropInstead",
        unraw(ident),
        span = Span::call_site()
    );
    let any = format_ident!("__VouchT", span = Span::mixed_site());
    // The impl for the item is spanned at its name, so the conflict points
    // at the type that must not implement `Drop`.
    let item_impl = quote_spanned! {ident.span()=>
        #[automatically_derived]
        impl #impl_generics #guard for #ident #ty_generics #where_clause {}
    };
    quote! {
        trait #guard {}
        // `Drop` bounds are what this guard is about.
        #[allow(drop_bounds)]
        impl<#any: ?#core::marker::Sized + #core::ops::Drop> #guard for #any {}
        #item_impl
    }
}

/// The `Unpin` impl. It always exists, so a user `impl Unpin` conflicts with
/// it; its bound says when the item is `Unpin`:
/// - by default, when the hidden struct `__<Name>PinnedFieldsMustBeUnpin`,
///   which holds the types of the `#[pin]` fields only, is `Unpin` (rustc's
///   message names that struct when a pinned field is not `Unpin`);
/// - with `UnsafeUnpin`, when the item implements `UnsafeUnpin`;
/// - with `!Unpin`, never.
///
/// The extra `'pin` lifetime keeps each bound generic: rustc rejects a
/// false bound with no generics in it.
pub(crate) fn unpin(cx: &Cx<'_>) -> TokenStream {
    let ident = &cx.input.ident;
    let core = &cx.core;
    let private = &cx.private;
    let pin = &cx.pin;
    let generics = cx.generics(true);
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let (_, self_generics, _) = cx.input.generics.split_for_impl();
    let mut predicates = cx.where_predicates();
    let mut witness = TokenStream::new();
    if cx.args.unsafe_unpin.is_some() {
        predicates.push(quote!(#private::pin::Wrapper<#pin, Self>: #private::pin::UnsafeUnpin));
    } else if cx.args.not_unpin.is_some() {
        // A struct named for the argument, so rustc's message says why the
        // item is not `Unpin`.
        let name = format_ident!(
            "__{}IsNotUnpinAsAsked",
            unraw(ident),
            span = Span::call_site()
        );
        witness = quote! {
            #[doc(hidden)]
            pub struct #name<#pin>(#core::marker::PhantomData<&#pin ()>, #core::marker::PhantomPinned);
        };
        predicates.push(quote!(#name<#pin>: #core::marker::Unpin));
    } else {
        let name = format_ident!(
            "__{}PinnedFieldsMustBeUnpin",
            unraw(ident),
            span = Span::call_site()
        );
        witness = pinned_fields_struct(cx, &name);
        predicates.push(quote!(#name #ty_generics: #core::marker::Unpin));
    }
    quote! {
        #witness
        #[automatically_derived]
        impl #impl_generics #core::marker::Unpin for #ident #self_generics
        where
            #(#predicates,)*
        {}
    }
}

/// The struct of the `#[pin]` field types, plus every generic parameter in
/// an always-`Unpin` wrapper (unpinned fields and parameters never matter).
/// It is `pub` so the `Unpin` impl's bound names no private type; it lives
/// in the hidden scope, where nobody can name it.
fn pinned_fields_struct(cx: &Cx<'_>, name: &proc_macro2::Ident) -> TokenStream {
    let core = &cx.core;
    let private = &cx.private;
    let pin = &cx.pin;
    let generics = cx.generics(true);
    let (params, _, _) = generics.split_for_impl();
    let predicates = cx.where_predicates();
    let uses = cx
        .input
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            syn::GenericParam::Lifetime(param) => {
                let lifetime = &param.lifetime;
                Some(quote!(&#lifetime ()))
            }
            syn::GenericParam::Type(param) => {
                let ident = &param.ident;
                Some(quote!(#core::marker::PhantomData<#ident>))
            }
            // An unused const parameter is allowed.
            syn::GenericParam::Const(_) => None,
        });
    // Each pinned field with the `cfg`s that decide whether it exists: its
    // own, and its variant's.
    let pinned: Vec<(Vec<&syn::Attribute>, &Field)> = match &cx.input.data {
        Data::Struct { body } => body
            .fields
            .iter()
            .filter(|field| field.pin.is_some())
            .map(|field| (field.cfg_attrs().collect(), field))
            .collect(),
        Data::Enum { variants, .. } => variants
            .iter()
            .flat_map(|variant| {
                let variant_cfgs: Vec<&syn::Attribute> =
                    variant.attrs.iter().filter(|attr| is_cfg(attr)).collect();
                variant
                    .body
                    .fields
                    .iter()
                    .filter(|field| field.pin.is_some())
                    .map(move |field| {
                        let mut cfgs = variant_cfgs.clone();
                        cfgs.extend(field.cfg_attrs());
                        (cfgs, field)
                    })
            })
            .collect(),
    };
    let fields = pinned.iter().enumerate().map(|(index, (cfgs, field))| {
        let member = format_ident!("__field{}", index, span = Span::call_site());
        let ty = cx.replace_self(quote::ToTokens::to_token_stream(&field.ty));
        quote!(#(#cfgs)* #member: #ty)
    });
    quote! {
        #[doc(hidden)]
        pub struct #name #params
        where
            #(#predicates,)*
        {
            __vouch_generics: #private::pin::AlwaysUnpin<(&#pin (), #(#uses,)*)>,
            #(#fields,)*
        }
    }
}

/// For a struct: a never-called function that takes a reference to every
/// field. A reference to a field of a `repr(packed)` struct that may be
/// misaligned is an error (E0793), so this stops a `packed` added by any
/// attribute, including one that runs after `#[pin_project]`. Where a
/// field's alignment is 1 the reference is allowed, and so is the layout:
/// such a field is never misaligned, so rustc drops it in place.
pub(crate) fn not_packed(cx: &Cx<'_>) -> TokenStream {
    let Data::Struct { body, .. } = &cx.input.data else {
        // `repr(packed)` on an enum is rejected by rustc itself.
        return TokenStream::new();
    };
    let ident = &cx.input.ident;
    // Free functions: the generics with `Self` spelled out.
    let generics = cx.generics(false);
    let (impl_generics, _, _) = generics.split_for_impl();
    let (_, ty_generics, _) = cx.input.generics.split_for_impl();
    let this = format_ident!("__vouch_this", span = Span::mixed_site());
    let refs = body.fields.iter().enumerate().map(|(index, field)| {
        let cfgs = field.cfg_attrs();
        let (member, span) = if let Some(ident) = &field.ident {
            (quote!(#ident), ident.span())
        } else {
            let index = syn::Index::from(index);
            (quote!(#index), syn::spanned::Spanned::span(&field.ty))
        };
        // Spanned at the field: rustc's "reference to field of packed
        // struct is unaligned" then points at the field it is about.
        let this = format_ident!("__vouch_this", span = Span::mixed_site().located_at(span));
        let reference = quote_spanned!(span=> &#this.#member);
        quote! {
            #(#cfgs)*
            let _ = #reference;
        }
    });
    // A free function: `Self` in the item's `where` clause is spelled out.
    let predicates = cx.where_predicates();
    quote! {
        fn __vouch_assert_not_packed #impl_generics (#this: &#ident #ty_generics)
        where
            #(#predicates,)*
        {
            #(#refs)*
        }
    }
}

/// A never-called function that ties each `#[pin]` field's declared type
/// (the one the `Unpin` guard names) to the field's actual type, exactly,
/// without coercions. An attribute that runs after `#[pin_project]` and
/// changes a pinned field's type would otherwise leave the `Unpin` impl
/// judging a type the item no longer has.
pub(crate) fn pinned_types(cx: &Cx<'_>) -> TokenStream {
    let ident = &cx.input.ident;
    let private = &cx.private;
    let core = &cx.core;
    // Free functions: the generics with `Self` spelled out.
    let generics = cx.generics(false);
    let (impl_generics, _, _) = generics.split_for_impl();
    let (_, ty_generics, _) = cx.input.generics.split_for_impl();
    let this = format_ident!("__vouch_this", span = Span::mixed_site());
    let checks = |body: &Body| -> TokenStream {
        body.fields
            .iter()
            .enumerate()
            .filter(|(_, field)| field.pin.is_some())
            .map(|(index, field)| {
                let cfgs = field.cfg_attrs();
                let binding = super::expand::binding(index, field);
                let ty = cx.replace_self(quote::ToTokens::to_token_stream(&field.ty));
                // The first `let` infers the actual type with no expected
                // type (so no coercion); the second compares it exactly.
                // Spanned at the declared type, which the error is about.
                let span = syn::spanned::Spanned::span(&field.ty);
                let actual =
                    format_ident!("__vouch_actual", span = Span::mixed_site().located_at(span));
                let compare = quote_spanned! {span=>
                    let _: #core::marker::PhantomData<#ty> = #actual;
                };
                quote! {
                    #(#cfgs)*
                    {
                        let #actual = #private::pin::type_of(#binding);
                        #compare
                    }
                }
            })
            .collect()
    };
    let pattern = |path: TokenStream, body: &Body| -> TokenStream {
        let fields = body
            .fields
            .iter()
            .enumerate()
            .filter(|(_, field)| field.pin.is_some())
            .map(|(index, field)| {
                let cfgs = field.cfg_attrs();
                let binding = super::expand::binding(index, field);
                let member = super::expand::member(field, index);
                quote!(#(#cfgs)* #member: #binding)
            });
        quote!(#path { #(#fields,)* .. })
    };
    let arms: TokenStream = match &cx.input.data {
        Data::Struct { body } => {
            let pattern = pattern(quote!(#ident), body);
            let checks = checks(body);
            quote!(#pattern => { #checks })
        }
        Data::Enum { variants, .. } => variants
            .iter()
            .map(|variant| {
                let cfgs = variant.attrs.iter().filter(|attr| is_cfg(attr));
                let name = &variant.ident;
                let pattern = pattern(quote!(#ident::#name), &variant.body);
                let checks = checks(&variant.body);
                quote!(#(#cfgs)* #pattern => { #checks })
            })
            .collect(),
    };
    let predicates = cx.where_predicates();
    quote! {
        #[allow(unreachable_patterns)]
        fn __vouch_assert_pinned_types #impl_generics (#this: &#ident #ty_generics)
        where
            #(#predicates,)*
        {
            match #this {
                #arms
            }
        }
    }
}
