//! Generating for `derive(Sealed)`: an enum that closes a sealed hierarchy.
//!
//! For `#[sealed(Shape)] enum AnyShape { Square(Square), Circle(Circle) }`:
//! - `impl Shape for AnyShape`, each method forwarded to the variant's
//!   value, and the seal impl that lets `AnyShape` implement `Shape` at
//!   all, both written by the delegation macro `#[vouch::sealed]` left next
//!   to `Shape` (a derive cannot see the trait's methods);
//! - `From<Square> for AnyShape` per variant;
//! - `TryFrom<AnyShape> for Square` per variant, giving the enum back when
//!   it holds another variant;
//! - `vouch::ClosedHierarchy`: the variants' names, and which one a value
//!   holds.
//!
//! The conversions are left out for variants whose type mentions a type
//! parameter of the enum (see `mentions_type_param`).

use super::derive::{ClosedEnum, is_generic};
use super::names::{SealImpl, delegate_name, key_module_path, use_path};
use crate::util::ident;
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

pub(crate) fn expand_closed(model: &ClosedEnum<'_>) -> TokenStream {
    let core = model.krate.core();
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = model.input.generics.split_for_impl();
    let enum_ty = quote!(#ident #ty_generics);
    // `deprecated`: the enum, its variants or the traits may be deprecated,
    // and the user's `#[allow(deprecated)]` on the enum does not reach impls.
    let allows = lint_allows();
    let allows = quote!(#allows #[allow(deprecated)]);
    let value = format_ident!("__vouch_value", span = Span::mixed_site());
    let other = format_ident!("__vouch_other", span = Span::mixed_site());

    let mut out = TokenStream::new();
    for (variant, ty) in &model.variants {
        // `From<A> for E<A, B>` and `From<B> for E<A, B>` would overlap (A may
        // be B), and `TryFrom<E<A>> for A` breaks the orphan rule: variants
        // whose type mentions a type parameter get no conversions.
        if mentions_type_param(ty, &model.input.generics) {
            continue;
        }
        // With one variant every enum value converts: no fallback arm.
        let fallback = (model.variants.len() > 1)
            .then(|| quote!(#other => #core::result::Result::Err(#other),));
        out.extend(quote! {
            #[automatically_derived]
            #allows
            impl #impl_generics #core::convert::From<#ty> for #enum_ty #where_clause {
                #[inline]
                fn from(#value: #ty) -> Self {
                    Self::#variant(#value)
                }
            }

            #[automatically_derived]
            #allows
            impl #impl_generics #core::convert::TryFrom<#enum_ty> for #ty #where_clause {
                type Error = #enum_ty;

                #[inline]
                fn try_from(#value: #enum_ty) -> #core::result::Result<Self, #enum_ty> {
                    match #value {
                        #ident::#variant(#value) => #core::result::Result::Ok(#value),
                        #fallback
                    }
                }
            }
        });
    }

    let private = model.krate.private();
    let names = model.variants.iter().map(|(variant, _)| {
        let name = crate::util::ident::name(variant);
        quote!(#name)
    });
    let arms = model
        .variants
        .iter()
        .enumerate()
        .map(|(index, (variant, _))| quote!(Self::#variant(_) => #index,));
    out.extend(quote! {
        #[automatically_derived]
        #allows
        impl #impl_generics #private::sealed::ClosedHierarchy for #enum_ty #where_clause {
            const VARIANTS: &'static [&'static #core::primitive::str] = &[#(#names),*];

            #[inline]
            fn variant_index(&self) -> #core::primitive::usize {
                match self {
                    #(#arms)*
                }
            }
        }
    });

    out.extend(delegations(model, &enum_ty, where_clause));
    out
}

/// Per sealed trait: the call of the delegation macro the trait left in
/// its key module, with the seal impl for the enum.
fn delegations(
    model: &ClosedEnum<'_>,
    enum_ty: &TokenStream,
    where_clause: Option<&syn::WhereClause>,
) -> TokenStream {
    let core = model.krate.core();
    let variants = model
        .variants
        .iter()
        .map(|(variant, ty)| quote!(#variant(#ty)));
    let variants = quote!(#(#variants),*);
    let generics = model.input.generics.params.iter().map(strip_default);
    let generics = quote!(#(#generics),*);
    let predicates = where_clause.map(|clause| {
        let predicates = clause.predicates.iter();
        quote!(#(#predicates,)*)
    });
    let mut out = TokenStream::new();
    for trait_path in &model.traits {
        // A generic enum implements the trait when each variant's type does.
        let bounds = is_generic(model).then(|| {
            let bounds = model
                .variants
                .iter()
                .map(|(_, ty)| quote!(#ty: #trait_path,));
            quote!(#(#bounds)*)
        });
        let key = use_path(&key_module_path(trait_path));
        let Some(last) = trait_path.segments.last() else {
            continue;
        };
        let delegate = delegate_name(&last.ident);
        let seal = SealImpl {
            trait_path,
            impl_generics: quote!(<#generics>),
            self_ty: enum_ty.clone(),
            where_clause: quote!(where #predicates #bounds),
            core: core.clone(),
            cfgs: Vec::new(),
        }
        .expand();
        // Outside the seal's scope the macro is private: the derive then
        // fails once, on the macro's privacy. It is called through a local
        // name, which is what rustc's "originates in the macro" notes print.
        let local = format_ident!("derive_Sealed", span = Span::mixed_site());
        out.extend(quote! {
            const _: () = {
                use #key::#delegate as #local;
                #local! {
                    [#trait_path] [#seal] [#generics] [#enum_ty] [#predicates #bounds] [#variants]
                }
            };
        });
    }
    out
}

/// A generic parameter as an impl declares it: its bounds, no default.
fn strip_default(param: &syn::GenericParam) -> TokenStream {
    match param {
        syn::GenericParam::Type(param) => {
            let mut param = param.clone();
            param.default = None;
            quote!(#param)
        }
        syn::GenericParam::Const(param) => {
            let mut param = param.clone();
            param.default = None;
            quote!(#param)
        }
        syn::GenericParam::Lifetime(param) => quote!(#param),
    }
}

/// `true` when `ty` names one of the type parameters of `generics`
/// (compared as rustc does: `r#T` is `T`).
fn mentions_type_param(ty: &syn::Type, generics: &syn::Generics) -> bool {
    let names: Vec<String> = generics
        .type_params()
        .map(|param| ident::name(&param.ident))
        .collect();
    !names.is_empty() && ident::mentions(&ty.to_token_stream(), &names)
}
