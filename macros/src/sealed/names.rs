//! The names the trait, its impls and `derive(Sealed)` agree on, and the
//! lookup an impl uses to find its trait's seal.
//!
//! For `#[vouch::sealed] pub trait Shape` the trait's module gets (see
//! `on_trait`):
//! - `shape_seal` (private): holds `pub trait Sealed`, the supertrait of
//!   `Shape`. Its path is what rustc prints in the help lines of an error,
//!   so it is a name a reader understands (`geometry::shape_seal::Sealed`).
//! - `Shape_is_sealed` (`pub`, hidden): a re-export of the key module
//!   `shape_seal::key`, which holds the *key*, a re-export of `Sealed`
//!   under the name `__VouchSeal` whose visibility is the seal's scope, and
//!   the `derive(Sealed)` delegation macro. It is public so that naming it
//!   never fails on privacy; only the key inside is restricted.
//!
//! An impl finds the key by glob-importing the key module through the path
//! that names the trait: a glob skips what the impl may not see, and then
//! the impl's seal lands on a local stand-in, so an impl outside the scope
//! (or outside the crate) gets the seal's own message, once.
//!
//! When the path does not lead to the key module at all (the trait named
//! through a `use` of the trait itself, a rename, a re-export), the `use`
//! of the key module fails, and rustc reports it before the seal's error.
//! A lookup that fails quietly would need the key module itself to come by
//! glob (`use self::*` or the path's module), with a stand-in key module in
//! an outer scope: but that stand-in would shadow a key module declared in
//! an enclosing function body (a sealed trait declared in a function, whose
//! impls then break), and the glob would bring the module's other names
//! into the seal impl's header, over the user's. So the lookup stays a
//! plain `use`, and the README lists the two errors as a known limit.

use crate::util::ident;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

/// `Shape_is_sealed`: the public, hidden module holding the key. Named as
/// the delegation macro in it (another namespace), so that when an impl's
/// path does not lead to it, rustc's "unresolved import `Figure_is_sealed`"
/// reads as what it means.
pub(crate) fn key_module(trait_ident: &syn::Ident) -> syn::Ident {
    format_ident!(
        "{}_is_sealed",
        ident::name(trait_ident),
        span = trait_ident.span()
    )
}

/// `shape_seal`: the private module holding the seal trait, named after the
/// trait in snake case so that rustc's paths read well.
pub(crate) fn seal_module(trait_ident: &syn::Ident) -> syn::Ident {
    let name = ident::name(trait_ident);
    let mut snake = String::with_capacity(name.len() + 8);
    let mut previous_lower = false;
    for ch in name.chars() {
        if ch.is_uppercase() {
            if previous_lower {
                snake.push('_');
            }
            snake.extend(ch.to_lowercase());
            previous_lower = false;
        } else {
            snake.push(ch);
            previous_lower = ch.is_lowercase() || ch.is_ascii_digit();
        }
    }
    snake.push_str("_seal");
    // A trait named `Type`/`Self`-like still gives a valid module name:
    // `type_seal`; raw identifiers are unraw'ed above.
    syn::Ident::new(&snake, trait_ident.span())
}

/// The name of the key re-export inside the key module.
pub(crate) fn key_name() -> syn::Ident {
    syn::Ident::new("__VouchSeal", Span::call_site())
}

/// The name of the delegation macro inside the key module, `Shape_is_sealed`:
/// the name rustc prints when another crate's (or another module's)
/// `derive(Sealed)` may not call it ("macro `Shape_is_sealed` is private").
pub(crate) fn delegate_name(trait_ident: &syn::Ident) -> syn::Ident {
    format_ident!(
        "{}_is_sealed",
        ident::name(trait_ident),
        span = trait_ident.span()
    )
}

/// `a::b::Shape<X>` -> `a::b::Shape_is_sealed`: the same prefix, so
/// whatever path names the trait's module names the key module too.
pub(crate) fn key_module_path(trait_path: &syn::Path) -> syn::Path {
    let mut path = trait_path.clone();
    if let Some(last) = path.segments.pop() {
        path.segments
            .push(syn::PathSegment::from(key_module(&last.ident)));
    }
    path
}

/// `path` for a `use` item: its first segment carries the macro's edition,
/// so the path resolves from where it is written (as the impl's trait path
/// does) in every edition; edition 2015 would otherwise read a `use` path
/// from the crate root. Keywords (`crate`, `self`, `super`) and `::` paths
/// mean the same in every edition and stay as they are.
pub(crate) fn use_path(path: &syn::Path) -> syn::Path {
    let mut path = path.clone();
    if path.leading_colon.is_none()
        && let Some(first) = path.segments.first_mut()
        && !matches!(
            first.ident.to_string().as_str(),
            "crate" | "self" | "super" | "Self"
        )
    {
        let span = Span::mixed_site().located_at(first.ident.span());
        first.ident.set_span(span);
    }
    path
}

/// The seal impl for `impl<G> Trait<Args> for Ty where W`, written so that
/// it implements the real seal when the impl may see the key, and a local
/// stand-in otherwise (then the impl of the trait fails with the seal's
/// message; the stand-in has no other use).
///
/// ```text
/// const _: () = {
///     trait __VouchSeal<A: ?Sized> {}            // the stand-in
///     const _: () = {
///         use a::b::Shape_is_sealed::*;     // the key, if visible here
///         impl<G> __VouchSeal<Args> for Ty where W {}
///     };
/// };
/// ```
///
/// Only names of the key module come into scope with the glob, all of them
/// `__vouch_` names, so the user's types in the impl header keep their
/// meaning.
pub(crate) struct SealImpl<'a> {
    pub(crate) trait_path: &'a syn::Path,
    pub(crate) impl_generics: TokenStream,
    pub(crate) self_ty: TokenStream,
    pub(crate) where_clause: TokenStream,
    /// A path to `core`.
    pub(crate) core: TokenStream,
    /// Attributes for both blocks (`#[cfg]`s of the impl).
    pub(crate) cfgs: Vec<&'a syn::Attribute>,
}

impl SealImpl<'_> {
    pub(crate) fn expand(&self) -> TokenStream {
        let key = key_name();
        let module = use_path(&key_module_path(self.trait_path));
        let arguments = self
            .trait_path
            .segments
            .last()
            .map(|last| &last.arguments)
            .cloned()
            .unwrap_or(syn::PathArguments::None);
        let stand_in = stand_in_params(&arguments, &self.core);
        let SealImpl {
            impl_generics,
            self_ty,
            where_clause,
            cfgs,
            ..
        } = self;
        let allows = crate::util::lint_allows();
        // `deprecated`: the user's own impl reports a deprecated type or
        // trait (or allows it); the seal next to it names them again.
        quote! {
            #(#cfgs)*
            #allows
            const _: () = {
                trait #key #stand_in {}
                const _: () = {
                    #[allow(unused_imports)]
                    use #module::*;
                    #[automatically_derived]
                    #[allow(deprecated)]
                    impl #impl_generics #key #arguments for #self_ty #where_clause {}
                };
            };
        }
    }
}

/// The stand-in seal's parameters, one per argument the impl gives the
/// trait: a lifetime for a lifetime, a `?Sized` type for a type, a const
/// for a const (typed by its literal, `usize` otherwise).
fn stand_in_params(arguments: &syn::PathArguments, core: &TokenStream) -> TokenStream {
    let syn::PathArguments::AngleBracketed(arguments) = arguments else {
        return TokenStream::new();
    };
    let params = arguments
        .args
        .iter()
        .enumerate()
        .filter_map(|(index, arg)| {
            let name = format_ident!("__VouchA{}", index);
            match arg {
                syn::GenericArgument::Lifetime(_) => {
                    let lifetime =
                        syn::Lifetime::new(&format!("'__vouch_a{index}"), Span::call_site());
                    Some(quote!(#lifetime))
                }
                syn::GenericArgument::Type(_) => Some(quote!(#name: ?#core::marker::Sized)),
                syn::GenericArgument::Const(expr) => {
                    let lit = match expr {
                        syn::Expr::Lit(syn::ExprLit { lit, .. }) => Some(lit),
                        _ => None,
                    };
                    let ty = match lit {
                        Some(syn::Lit::Bool(_)) => quote!(bool),
                        Some(syn::Lit::Char(_)) => quote!(char),
                        Some(syn::Lit::Int(int)) if !int.suffix().is_empty() => {
                            let suffix = syn::Ident::new(int.suffix(), Span::call_site());
                            quote!(#suffix)
                        }
                        _ => quote!(usize),
                    };
                    Some(quote!(const #name: #core::primitive::#ty))
                }
                // Bindings and constraints are refused by rustc in an impl
                // header already; the stand-in takes no parameter for them.
                _ => None,
            }
        })
        .collect::<Vec<_>>();
    if params.is_empty() {
        TokenStream::new()
    } else {
        quote!(<#(#params),*>)
    }
}
