//! Generation: turns a checked [`Plan`] into the proofs and the `unsafe impl`
//! they justify. Every proof names the real item (its field places,
//! field offsets, `size_of::<Item>()`, `Item::Variant as Int`), never copies
//! of its field types or discriminant expressions, so it describes the type
//! that exists after every other macro has run.

use super::attr::{Body, Field, Input};
use super::check::{Bound, Derive, Layout, Plan};
use super::{enums, layout};
use crate::util::const_scope;
pub(crate) use crate::util::respan;
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

/// Names and pieces every generated proof uses.
pub(crate) struct Cx<'a> {
    pub(crate) input: &'a Input<'a>,
    /// `<crate>::__private::pod`
    pub(crate) pod: TokenStream,
    /// `<crate>::__private::core`
    pub(crate) core: TokenStream,
    /// The item's name with its generic arguments: `Item<T, N>`.
    pub(crate) this_ty: TokenStream,
    pub(crate) impl_generics: TokenStream,
    pub(crate) where_clause: TokenStream,
}

impl<'a> Cx<'a> {
    fn new(input: &'a Input<'a>) -> Self {
        let private = input.krate.private();
        let ident = input.ident();
        let (impl_generics, ty_generics, where_clause) = input.ast.generics.split_for_impl();
        Cx {
            input,
            pod: quote!(#private::pod),
            core: input.krate.core(),
            this_ty: quote!(#ident #ty_generics),
            impl_generics: quote!(#impl_generics),
            where_clause: quote!(#where_clause),
        }
    }

    /// `unsafe impl <generics> <crate>::__private::pod::Trait for Item {}`.
    /// The `unsafe` keyword keeps the call-site span, so a user's
    /// `forbid(unsafe_code)` does not see it as their own.
    pub(crate) fn unsafe_impl(&self, trait_name: &str, body: &TokenStream) -> TokenStream {
        let Cx {
            pod,
            this_ty,
            impl_generics,
            where_clause,
            ..
        } = self;
        let trait_ident = format_ident!("{}", trait_name);
        quote! {
            #[automatically_derived]
            unsafe impl #impl_generics #pod::#trait_ident for #this_ty #where_clause {
                #body
            }
        }
    }

    /// A never-called function over a reference to the item, whose body
    /// holds type-level proofs about its fields. `this` is the parameter.
    pub(crate) fn proof_fn(&self, name: &str, body: &TokenStream) -> TokenStream {
        let Cx {
            this_ty,
            impl_generics,
            where_clause,
            ..
        } = self;
        let name = format_ident!("__vouch_{}", name);
        let this = this();
        quote! {
            fn #name #impl_generics (#this: &#this_ty) #where_clause {
                #body
            }
        }
    }
}

/// The parameter of every proof function.
pub(crate) fn this() -> syn::Ident {
    format_ident!("__vouch_this")
}

/// `addr_of!(__vouch_this.field)`, spanned over the field's type: the place
/// of the field in the real item, whatever type it ended up with. The macro
/// path takes the span of the type's first token and the parentheses that
/// of its last, so rustc underlines the whole type (`*const u8`, not `*`).
pub(crate) fn field_place(cx: &Cx<'_>, field: &Field<'_>) -> TokenStream {
    let core = &cx.core;
    let member = &field.member;
    let this = this();
    let (first, last) = span_range(field.ty);
    let path = respan(quote!(#core::ptr::addr_of!), first);
    let mut args = Group::new(
        proc_macro2::Delimiter::Parenthesis,
        respan(quote!(#this.#member), first),
    );
    args.set_span(last);
    quote!(#path #args)
}

/// The spans of the first and last tokens of `tokens`.
pub(crate) fn span_range(tokens: &impl quote::ToTokens) -> (Span, Span) {
    let mut trees = tokens.to_token_stream().into_iter();
    let first = trees
        .next()
        .map_or_else(Span::call_site, |tree| tree.span());
    let last = trees.last().map_or(first, |tree| match tree {
        TokenTree::Group(group) => group.span_close(),
        other => other.span(),
    });
    (first, last)
}

/// `let Item { a: _, b: _ } = this;`: an exhaustive pattern over the fields
/// the derive saw. A field added by a later attribute macro (say, an
/// uninhabited zero-sized one, which no size check would notice) makes it a
/// compile error. Unions cannot be matched this way; for them nothing is
/// emitted.
pub(crate) fn all_fields(cx: &Cx<'_>, fields: &[Field<'_>]) -> TokenStream {
    if !matches!(cx.input.body, Body::Struct(_)) {
        return TokenStream::new();
    }
    let ident = cx.input.ident();
    let this = this();
    let members = fields.iter().map(|field| &field.member);
    quote!(let #ident { #(#members: _),* } = #this;)
}

/// Generates everything `plan` calls for.
pub(crate) fn expand(input: &Input<'_>, derive: Derive, plan: &Plan) -> TokenStream {
    let cx = Cx::new(input);
    let body = match (plan, &input.body) {
        (Plan::Fields { bound, layout }, Body::Struct(fields) | Body::Union(fields)) => {
            fields_plan(&cx, derive, *bound, layout.as_ref(), fields)
        }
        (Plan::CheckedStruct, Body::Struct(fields)) => {
            let all = all_fields(&cx, fields);
            let proof = cx.proof_fn("all_fields", &all);
            let checked = super::checked::checked_struct(&cx, fields);
            quote!(#proof #checked)
        }
        (Plan::Transparent { inner, index }, Body::Struct(fields)) => {
            transparent(&cx, inner, *index, fields)
        }
        (plan, Body::Enum(variants)) => enums::expand(&cx, plan, variants),
        // `check` pairs plans with bodies; any other pairing is unreachable,
        // and emitting nothing (no impl) is the safe answer.
        _ => TokenStream::new(),
    };
    const_scope(body)
}

/// Structs and unions: field bounds, the padding proof, the impl(s).
fn fields_plan(
    cx: &Cx<'_>,
    derive: Derive,
    bound: Bound,
    layout: Option<&Layout>,
    fields: &[Field<'_>],
) -> TokenStream {
    let pod = &cx.pod;
    let helper = format_ident!(
        "{}",
        match bound {
            Bound::Zeroable => "is_zeroable",
            Bound::Pod => "is_pod",
            Bound::AnyBitPattern => "is_any_bit_pattern",
            Bound::NoUninit => "is_no_uninit",
        }
    );
    let checks = fields.iter().map(|field| {
        let place = field_place(cx, field);
        let helper = respan(quote!(#pod::#helper), field.ty.span());
        quote_spanned!(field.ty.span()=> #helper(#place);)
    });
    let all = all_fields(cx, fields);
    let bounds = cx.proof_fn("field_bounds", &quote!(#all #(#checks)*));
    let padding = match layout {
        Some(Layout::Consts) => layout::struct_consts(cx, derive, fields, &cx.this_ty),
        Some(Layout::Concrete(phantoms)) => layout::concrete(cx, derive, fields, phantoms),
        Some(Layout::UnionConsts) => layout::union_consts(cx, derive, fields),
        Some(Layout::Uniform(kinds)) => {
            let proof = layout::uniform(cx, fields, kinds);
            // Defence in depth: the proof relies on the `repr` the derive
            // saw; an instance with one-byte elements has padding exactly
            // when a later attribute added an `align` the proof did not see.
            let core = &cx.core;
            let ty = layout::probe_type(cx, &quote!(#core::primitive::u8));
            let probe = layout::struct_consts(cx, derive, fields, &ty);
            quote!(#proof #probe)
        }
        // `repr(transparent)` and `packed(1)` need no generated proof: rustc
        // lays them out without padding whatever the parameters.
        // Defence in depth, as above: an instance with eight-byte fields
        // shows padding if a later attribute removed `packed` or
        // `transparent`.
        Some(Layout::Transparent | Layout::Packed1) => {
            let core = &cx.core;
            let ty = layout::probe_type(cx, &quote!(#core::primitive::u64));
            layout::struct_consts(cx, derive, fields, &ty)
        }
        None => TokenStream::new(),
    };
    let impls = match derive {
        // SAFETY: `__vouch_field_bounds` proves every field `Zeroable`, so
        // the all-zero bytes of the item are zeroed fields (and padding,
        // which may hold anything); for a union, each field is zeroable.
        Derive::Zeroable => cx.unsafe_impl("Zeroable", &TokenStream::new()),
        // SAFETY: `__vouch_field_bounds` proves every field `Pod`; the
        // padding proof (`struct_consts`/`union_consts` constants, the
        // `concrete` field-type proof plus constants on one instance, the
        // `uniform` element proof, or rustc's own layout of
        // `repr(transparent)` and `packed(1)`) proves no byte is padding;
        // `check` rejected lifetime parameters, so `'static` holds through
        // the fields' own `'static` bound.
        Derive::Pod => cx.unsafe_impl("Pod", &TokenStream::new()),
        // SAFETY: as for `Pod`, with every field `NoUninit`.
        Derive::NoUninit => cx.unsafe_impl("NoUninit", &TokenStream::new()),
        // SAFETY: `__vouch_field_bounds` proves every field `AnyBitPattern`,
        // so every bit pattern of the item (including all zeroes, hence
        // `Zeroable`) is a value of each field; padding may hold anything.
        // No field has interior mutability, as `AnyBitPattern` excludes it.
        Derive::AnyBitPattern => {
            let zeroable = cx.unsafe_impl("Zeroable", &TokenStream::new());
            let any = cx.unsafe_impl("AnyBitPattern", &TokenStream::new());
            quote!(#zeroable #any)
        }
        _ => TokenStream::new(),
    };
    quote! {
        #bounds
        #padding
        #impls
    }
}

/// `TransparentWrapper<Inner>`: the wrapped field has type `Inner`, every
/// other field is a known zero-sized type of alignment 1.
fn transparent(cx: &Cx<'_>, inner: &syn::Type, index: usize, fields: &[Field<'_>]) -> TokenStream {
    let pod = &cx.pod;
    let checks = fields.iter().enumerate().map(|(i, field)| {
        let place = field_place(cx, field);
        if i == index {
            let helper = respan(quote!(#pod::field_is), field.ty.span());
            quote_spanned!(field.ty.span()=> #helper::<#inner>(#place);)
        } else {
            let helper = respan(quote!(#pod::is_one_zst), field.ty.span());
            quote_spanned!(field.ty.span()=> #helper(#place);)
        }
    });
    let all = all_fields(cx, fields);
    let proof = cx.proof_fn("transparent", &quote!(#all #(#checks)*));
    let layout = fields
        .get(index)
        .map(|field| transparent_layout(cx, field, fields))
        .unwrap_or_default();
    let Cx {
        this_ty,
        impl_generics,
        where_clause,
        ..
    } = cx;
    // SAFETY: `check` required `#[repr(transparent)]`; `__vouch_transparent`
    // proves the wrapped field's real type is `Inner` (the same tokens the
    // impl names, which `check` made sure hold no macro call) and that
    // every other field is a zero-sized type of alignment 1, so the item
    // has exactly the layout of `Inner`; for a concrete sized item,
    // `transparent_layout` also asserts the sizes and alignments are equal,
    // which holds even if a later attribute removed the `repr`.
    quote! {
        #proof
        #layout
        #[automatically_derived]
        unsafe impl #impl_generics #pod::TransparentWrapper<#inner> for #this_ty #where_clause {}
    }
}

/// For a concrete, sized wrapper: the item's size and alignment equal the
/// wrapped field's, measured on the real types.
fn transparent_layout(cx: &Cx<'_>, inner: &Field<'_>, fields: &[Field<'_>]) -> TokenStream {
    let unsized_tail = fields.last().is_some_and(|last| may_be_unsized(last.ty));
    if cx.input.ast.generics.params.iter().next().is_some() || unsized_tail {
        return TokenStream::new();
    }
    let Cx {
        core, pod, this_ty, ..
    } = cx;
    let member = &inner.member;
    let message = format!(
        "`{}` does not have the layout of its field `{}`, so it cannot wrap it; keep \
         `#[repr(transparent)]` on it (an attribute after the derive may have removed it)",
        cx.input.name(),
        inner.display()
    );
    let check = respan(
        quote! {
            if #core::mem::size_of::<#this_ty>()
                != #pod::field_size(|__vouch_s: &#this_ty| #core::ptr::addr_of!(__vouch_s.#member))
                || #core::mem::align_of::<#this_ty>()
                    != #pod::field_align(|__vouch_s: &#this_ty| #core::ptr::addr_of!(__vouch_s.#member))
            {
                #core::panic!(#message)
            }
        },
        cx.input.ident().span(),
    );
    quote!(const _: () = #check;)
}

/// Slices, `str` and trait objects (or a type macro, which may be one).
fn may_be_unsized(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Slice(_) | syn::Type::TraitObject(_) | syn::Type::Macro(_) => true,
        syn::Type::Path(path) => path.path.is_ident("str"),
        syn::Type::Group(group) => may_be_unsized(&group.elem),
        syn::Type::Paren(paren) => may_be_unsized(&paren.elem),
        _ => false,
    }
}
