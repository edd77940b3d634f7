//! `CheckedBitPattern` for structs: a `Bits` struct with the same `repr`
//! whose fields are the fields' `Bits`, and a validation that checks every
//! field as its real type.
//!
//! Why the two layouts agree: `CheckedBitPattern` promises each `F::Bits`
//! has the size and alignment of `F`, and `repr(C)` / `repr(transparent)`
//! lay out fields from their sizes and alignments alone, so a `Bits` struct
//! with the same hints and fields in the same order has the same layout.
//! For a concrete struct, constants assert it (size, alignment, every
//! offset), which also catches a `repr` changed after the derive ran; for a
//! generic one they assert it on a probe instance (a generic struct no
//! instance can be named for is rejected).

use super::attr::Field;
use super::expand::{Cx, respan};
use super::layout::{offset_of, probe_type};
use crate::util::repr::Layout as ReprLayout;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

/// Everything `CheckedBitPattern` for a struct needs; for a generic struct
/// the layout constants measure one instance (`check` made sure one can be
/// named).
pub(crate) fn checked_struct(cx: &Cx<'_>, fields: &[Field<'_>]) -> TokenStream {
    let Cx {
        core,
        pod,
        this_ty,
        impl_generics,
        ..
    } = cx;
    let name = cx.input.name();
    let generics = &cx.input.ast.generics;
    let (_, ty_generics, _) = generics.split_for_impl();
    let bits = format_ident!("__VouchBits");
    let bits_ty = quote!(#bits #ty_generics);
    let where_static = where_static(cx);
    let definition = definition(cx, fields, &bits, &where_static);
    let doc = format!(" The bytes of a [`{name}`] before they are validated.");
    let repr = repr(cx);
    let layout = if generics.params.is_empty() {
        layout_checks(cx, fields, this_ty, &bits_ty)
    } else {
        let real = probe_type(cx, &quote!(#core::primitive::u64));
        let args = real.clone().into_iter().skip(1).collect::<TokenStream>();
        layout_checks(cx, fields, &real, &quote!(#bits #args))
    };
    let bits_arg = format_ident!("__vouch_bits");
    let validations = fields.iter().map(|field| {
        let member = &field.member;
        respan(
            quote! {
                #pod::field_is_valid(
                    |__vouch_s: &#this_ty| #core::ptr::addr_of!(__vouch_s.#member),
                    &{ #bits_arg.#member },
                )
            },
            field.ty.span(),
        )
    });
    let validate = if fields.is_empty() {
        quote!(true)
    } else {
        quote!(#(#validations)&&*)
    };
    // SAFETY (the four impls below):
    // - `Zeroable`/`AnyBitPattern` for `Bits`: each of its fields has type
    //   `<F as CheckedBitPattern>::Bits`, which the trait bounds by
    //   `AnyBitPattern`, so every bit pattern (zero included) is a value of
    //   each field; padding may hold anything; no interior mutability; the
    //   `'static` bounds added to every type parameter make it `'static`.
    // - `CheckedBitPattern` for the item: `Bits` has the item's layout (the
    //   module comment says why; `layout_checks` asserts it, on one
    //   instance for a generic struct); `field_is_valid` types each `Bits` field as
    //   the `Bits` of the real field's type and validates it as that type,
    //   so a `true` answer means every field holds a valid value of its real
    //   type; padding may hold anything.
    quote! {
        #[doc = #doc]
        #[repr(#repr)]
        #[allow(missing_debug_implementations, missing_copy_implementations)]
        #definition
        #[automatically_derived]
        impl #impl_generics #core::clone::Clone for #bits_ty #where_static {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }
        #[automatically_derived]
        impl #impl_generics #core::marker::Copy for #bits_ty #where_static {}
        #[automatically_derived]
        unsafe impl #impl_generics #pod::Zeroable for #bits_ty #where_static {}
        #[automatically_derived]
        unsafe impl #impl_generics #pod::AnyBitPattern for #bits_ty #where_static {}
        #layout
        #[automatically_derived]
        unsafe impl #impl_generics #pod::CheckedBitPattern for #this_ty #where_static {
            type Bits = #bits_ty;

            #[inline]
            fn is_valid_bit_pattern(#bits_arg: &#bits_ty) -> #core::primitive::bool {
                #validate
            }
        }
    }
}

/// The item's `where` clause plus `T: 'static` for every type parameter
/// (`AnyBitPattern`, hence `Bits`, must be `'static`).
fn where_static(cx: &Cx<'_>) -> TokenStream {
    let generics = &cx.input.ast.generics;
    let mut predicates: Vec<TokenStream> = generics
        .where_clause
        .iter()
        .flat_map(|clause| clause.predicates.iter().map(|p| quote!(#p)))
        .collect();
    for param in generics.type_params() {
        let ident = &param.ident;
        predicates.push(quote!(#ident: 'static));
    }
    if predicates.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#predicates),*)
    }
}

/// `pub struct __VouchBits<..> { field: <Field as CheckedBitPattern>::Bits,
/// .. }` with the item's parameters and field names (or a tuple / unit
/// struct like the item).
fn definition(
    cx: &Cx<'_>,
    fields: &[Field<'_>],
    bits: &syn::Ident,
    where_static: &TokenStream,
) -> TokenStream {
    let pod = &cx.pod;
    let impl_generics = &cx.impl_generics;
    let named = fields
        .first()
        .is_some_and(|field| matches!(field.member, syn::Member::Named(_)));
    let bits_fields = fields.iter().map(|field| {
        let ty = field.ty;
        let span = ty.span();
        let checked = respan(quote!(#pod::CheckedBitPattern), span);
        let ty = quote_spanned!(span=> <#ty as #checked>::Bits);
        match &field.member {
            syn::Member::Named(ident) => quote!(#ident: #ty),
            syn::Member::Unnamed(_) => ty,
        }
    });
    if fields.is_empty() {
        quote!(pub struct #bits #impl_generics #where_static;)
    } else if named {
        quote!(pub struct #bits #impl_generics #where_static { #(#bits_fields),* })
    } else {
        quote!(pub struct #bits #impl_generics ( #(#bits_fields),* ) #where_static;)
    }
}

/// Size, alignment and every offset of `real` equal those of `bits`.
fn layout_checks(
    cx: &Cx<'_>,
    fields: &[Field<'_>],
    real: &TokenStream,
    bits: &TokenStream,
) -> TokenStream {
    let core = &cx.core;
    let name = cx.input.name();
    let message = format!(
        "the layout of `{name}` differs from the one `derive(CheckedBitPattern)` saw (another \
         attribute changed the item after the derive ran); put `#[derive(CheckedBitPattern)]` \
         after the attributes that change `{name}`"
    );
    let offsets = fields.iter().map(|field| {
        let member = &field.member;
        let real_offset = offset_of(cx, real, member);
        let bits_offset = offset_of(cx, bits, member);
        // Only the panic takes the field's span: the offsets hold `unsafe`,
        // which must keep the call-site span (see `Cx::unsafe_impl`).
        let panic = respan(quote!(#core::panic!(#message)), field.ty.span());
        quote! {
            const _: () = if #real_offset != #bits_offset {
                #panic
            };
        }
    });
    let size = respan(
        quote! {
            if #core::mem::size_of::<#real>() != #core::mem::size_of::<#bits>()
                || #core::mem::align_of::<#real>() != #core::mem::align_of::<#bits>()
            {
                #core::panic!(#message)
            }
        },
        cx.input.ident().span(),
    );
    quote! {
        const _: () = #size;
        #(#offsets)*
    }
}

/// The item's certain `repr` hints, for the `Bits` struct.
fn repr(cx: &Cx<'_>) -> TokenStream {
    let repr = &cx.input.repr;
    let mut hints = Vec::new();
    match repr.layout.map(|at| at.value) {
        Some(ReprLayout::C) => hints.push(quote!(C)),
        Some(ReprLayout::Transparent) => hints.push(quote!(transparent)),
        Some(ReprLayout::Rust) | None => {}
    }
    if let Some(packed) = repr.packed {
        let n = proc_macro2::Literal::u32_unsuffixed(packed.value);
        hints.push(quote!(packed(#n)));
    }
    if let Some(align) = repr.align {
        let n = proc_macro2::Literal::u32_unsuffixed(align.value);
        hints.push(quote!(align(#n)));
    }
    if hints.is_empty() {
        hints.push(quote!(Rust));
    }
    quote!(#(#hints),*)
}
