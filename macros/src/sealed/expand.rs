//! Generating: the sealed trait with its hidden seal module, and the seal
//! impl next to each `#[vouch::sealed] impl`.
//!
//! For `#[vouch::sealed] pub trait Shape { .. }` in crate `geometry`:
//!
//! ```text
//! /// (the trait's docs) + a "Sealed" section naming `geometry`
//! pub trait Shape: __vouch_sealed_Shape::Sealed { .. }
//!
//! #[doc(hidden)]
//! pub(crate) mod __vouch_sealed_Shape {
//!     #[diagnostic::on_unimplemented(message = "the trait `Shape` is sealed ..")]
//!     pub trait Sealed {}
//!     macro_rules! __vouch_delegate { .. }   // used by `derive(Sealed)`
//!     pub(crate) use __vouch_delegate as delegate;
//! }
//! ```
//!
//! The module is named after the trait, so several sealed traits share a
//! module, and a user's own `mod sealed` or `trait Sealed` never clashes.
//! `Sealed` is `pub` in a module no other crate can reach: other crates can
//! name neither it nor the module, so they cannot implement it, and without
//! it they cannot implement `Shape`.

use super::attr::SealArgs;
use super::check::Delegation;
use crate::util::{CratePath, lint_allows, respan};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;

/// The name of the seal module of the trait named `ident`.
pub(crate) fn seal_module(ident: &syn::Ident) -> syn::Ident {
    format_ident!("__vouch_sealed_{}", ident.unraw(), span = ident.span())
}

/// `a::b::Shape<X>` -> `a::b::__vouch_sealed_Shape::Sealed<X>`: the same
/// prefix, so whatever path names the trait names its seal too.
pub(crate) fn seal_path(trait_path: &syn::Path) -> syn::Path {
    let mut path = trait_path.clone();
    if let Some(last) = path.segments.pop() {
        path.segments
            .push(syn::PathSegment::from(seal_module(&last.ident)));
        path.segments.push(syn::PathSegment {
            ident: syn::Ident::new("Sealed", last.ident.span()),
            arguments: last.arguments,
        });
    }
    path
}

/// The crate being compiled, as the user writes it in paths, for the docs
/// and the error message. Cargo sets `CARGO_CRATE_NAME` for every rustc
/// run, and proc macros run inside rustc.
fn crate_name() -> String {
    std::env::var("CARGO_CRATE_NAME").map_or_else(|_| "its crate".to_owned(), |n| format!("`{n}`"))
}

/// Expands a sealed trait.
pub(crate) fn expand_trait(
    mut item: syn::ItemTrait,
    args: &SealArgs,
    plan: &[Delegation<'_>],
) -> TokenStream {
    let krate = args.krate.clone().unwrap_or_default();
    let core = krate.core();
    let name = item.ident.unraw();
    let seal = seal_module(&item.ident);
    let vis = args
        .vis
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(pub(crate)));
    let owner = crate_name();

    // The seal takes the trait's parameters without their bounds: they are
    // checked on the trait itself, and erasing them keeps the module free of
    // most names they use. Type parameters are `?Sized`, so any argument the
    // trait accepts the seal accepts too. Const types and defaults are
    // written in the trait's scope: the module then imports its parent's.
    let mut params = Vec::new();
    let mut arguments = Vec::new();
    let mut needs_parent_scope = false;
    for param in &item.generics.params {
        match param {
            syn::GenericParam::Lifetime(param) => {
                let lifetime = &param.lifetime;
                params.push(quote!(#lifetime));
                arguments.push(quote!(#lifetime));
            }
            // Defaults are kept: `impl Add for X` means `impl Add<X>`, and
            // its seal impl, written from the impl alone, relies on the
            // seal's default to mean the same.
            syn::GenericParam::Type(param) => {
                let ident = &param.ident;
                let default = param.default.as_ref().map(|(_, ty)| quote!(= #ty));
                params.push(quote!(#ident: ?#core::marker::Sized #default));
                arguments.push(quote!(#ident));
                needs_parent_scope |= default.is_some();
            }
            syn::GenericParam::Const(param) => {
                let (ident, ty) = (&param.ident, &param.ty);
                let default = param.default.as_ref().map(|(_, value)| quote!(= #value));
                params.push(quote!(const #ident: #ty #default));
                arguments.push(quote!(#ident));
                needs_parent_scope = true;
            }
        }
    }
    let (params, arguments) = if params.is_empty() {
        (quote!(), quote!())
    } else {
        (quote!(<#(#params),*>), quote!(<#(#arguments),*>))
    };
    let parent_scope = needs_parent_scope.then(|| {
        quote!(
            use super::*;
        )
    });

    // A refused `#[seal(..)]` goes, so rustc does not report it again.
    for trait_item in &mut item.items {
        if let syn::TraitItem::Fn(method) = trait_item {
            method.attrs.retain(|attr| !attr.path().is_ident("seal"));
        }
    }
    item.colon_token.get_or_insert_with(Default::default);
    item.supertraits
        .push(syn::parse_quote!(#seal::Sealed #arguments));

    let sentence = format!(
        " This trait is sealed and cannot be implemented outside {owner}: it can be used, \
         but only {owner} implements it, so new methods and impls are not breaking changes."
    );
    item.attrs.push(syn::parse_quote!(#[doc = ""]));
    item.attrs.push(syn::parse_quote!(#[doc = " # Sealed"]));
    item.attrs.push(syn::parse_quote!(#[doc = ""]));
    item.attrs.push(syn::parse_quote!(#[doc = #sentence]));

    let message = format!("the trait `{name}` is sealed and cannot be implemented outside {owner}");
    let label = format!("`{name}` is sealed: only {owner} may implement it");
    let note =
        format!("inside {owner}, write `#[vouch::sealed]` on the line above each impl of `{name}`");
    let seal_doc = format!(" Implemented by the types {owner} lets implement `{name}`.");
    let diagnostic = args.no_implicit_prelude.is_none().then(|| {
        quote!(#[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)])
    });
    let delegate = delegation_macro(&krate, plan);
    let allows = lint_allows();

    quote! {
        #item

        #[doc(hidden)]
        #allows
        #[allow(unreachable_pub, unused_imports, unused_macros, missing_docs)]
        #vis mod #seal {
            #parent_scope

            #[doc = #seal_doc]
            #diagnostic
            pub trait Sealed #params {}

            #delegate
            pub(crate) use __vouch_delegate as delegate;
        }
    }
}

/// Expands `#[vouch::sealed] impl Trait for Type { .. }`: the impl, and
/// the impl of the trait's seal with the same generics and bounds.
pub(crate) fn expand_impl(item: &syn::ItemImpl) -> TokenStream {
    let Some((trait_path, _)) = &item.trait_ else {
        return quote!(#item);
    };
    let seal = seal_path(trait_path);
    let self_ty = &item.self_ty;
    // A refused `#[seal(..)]` goes, so rustc does not report it again.
    let mut stripped = item.clone();
    for impl_item in &mut stripped.items {
        if let syn::ImplItem::Fn(method) = impl_item {
            method.attrs.retain(|attr| !attr.path().is_ident("seal"));
        }
    }
    let (impl_generics, _, where_clause) = item.generics.split_for_impl();
    // An impl under `#[cfg]` has a seal under the same `#[cfg]`.
    let cfgs = item
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"));
    // `deprecated`: the user's own impl reports a deprecated type or trait
    // (or allows it); the seal next to it names them again.
    quote! {
        #(#cfgs)*
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #seal for #self_ty #where_clause {}

        #stripped
    }
}

/// The `macro_rules!` that `derive(Sealed)` calls to implement the trait
/// for an enum: a derive cannot see the trait's definition, so the trait
/// leaves its method list here. Invoked as
/// `delegate!([Trait] [Seal] [impl generics] [Enum<..>] [where ..] [V(T), ..])`.
/// It writes the seal impl too: when the trait is not sealed, the one
/// error is then that the macro is missing.
///
/// Its names resolve where the enum is, as `macro_rules!` names do: the
/// types of the methods' signatures must be nameable there.
fn delegation_macro(krate: &CratePath, plan: &[Delegation<'_>]) -> TokenStream {
    let core = krate.core();
    let obstacles: Vec<TokenStream> = plan
        .iter()
        .filter_map(|step| match step {
            // Every token at the obstacle, `core` path included: rustc
            // reports a `compile_error!` at the span of its whole call.
            Delegation::Obstacle(span, message) => {
                Some(respan(quote!(#core::compile_error! { #message }), *span))
            }
            _ => None,
        })
        .collect();
    let body = if obstacles.is_empty() {
        let methods = plan.iter().filter_map(|step| match step {
            Delegation::Method(method) => Some(delegated_method(method)),
            _ => None,
        });
        let allows = lint_allows();
        // `deprecated`: a deprecated trait, method or variant is the user's
        // choice; the delegating impl that names them is not their code.
        quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl<$($generics)*> $seal for $($ty)* where $($bounds)* {}

            #[automatically_derived]
            #allows
            #[allow(deprecated)]
            impl<$($generics)*> $sealed_trait for $($ty)* where $($bounds)* {
                #(#methods)*
            }
        }
    } else {
        quote!(#(#obstacles)*)
    };
    quote! {
        macro_rules! __vouch_delegate {
            (
                [$sealed_trait:path] [$seal:path]
                [$($generics:tt)*] [$($ty:tt)*] [$($bounds:tt)*]
                [$($variant:ident($variant_ty:ty)),*]
            ) => {
                #body
            };
        }
    }
}

/// One method of the trait, forwarded to the value of whichever variant
/// `self` holds.
fn delegated_method(method: &syn::TraitItemFn) -> TokenStream {
    let mut sig = method.sig.clone();
    let mut call_args = Vec::new();
    for (index, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            // `mut self` needs no `mut` here: the value is only moved.
            syn::FnArg::Receiver(receiver) => receiver.mutability = None,
            syn::FnArg::Typed(arg) => {
                let ident = format_ident!("__vouch_arg{}", index, span = Span::mixed_site());
                arg.attrs.clear();
                *arg.pat = syn::parse_quote!(#ident);
                call_args.push(ident);
            }
        }
    }
    let cfgs = method
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"));
    let name = &sig.ident;
    let awaited = sig.asyncness.map(|_| quote!(.await));
    let inner = format_ident!("__vouch_inner", span = Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[inline]
        #sig {
            match self {
                $(
                    Self::$variant(#inner) =>
                        <$variant_ty as $sealed_trait>::#name(#inner #(, #call_args)*) #awaited,
                )*
            }
        }
    }
}
