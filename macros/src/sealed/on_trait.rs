//! `#[vouch::sealed]` on a trait: check, then expand.
//!
//! For `#[vouch::sealed] pub trait Shape { .. }` in crate `geometry`:
//!
//! ```text
//! /// (the trait's docs) + a "Sealed" section naming who implements it
//! pub trait Shape: shape_seal::Sealed { .. }
//!
//! mod shape_seal {
//!     #[diagnostic::on_unimplemented(message = "the trait `Shape` is sealed ..")]
//!     pub trait Sealed {}
//!     pub mod key {
//!         pub(in super::super) use super::Sealed as __VouchSeal;  // the scope
//!         macro_rules! __vouch_delegate { .. }                    // derive(Sealed)
//!         pub(crate) use __vouch_delegate as Shape_is_sealed;
//!     }
//! }
//! #[doc(hidden)]
//! pub use shape_seal::key as Shape_is_sealed;
//! ```
//!
//! `Sealed` is `pub` in a private module: other crates, and modules outside
//! the scope, can name neither it nor its module, so they cannot implement
//! it, and without it they cannot implement `Shape`. The key re-export is
//! the only other path to it, and it carries the scope (`pub(in
//! super::super)` from the key module is the trait's module, the default;
//! `pub(crate)` the crate). The key module is reached through a public
//! re-export, so naming it never fails on privacy (see `names` for how an
//! impl finds the key), and it is a grandchild of the trait's module, so
//! its `super::` paths work in a function body too.

use super::args::{Scope, SealArgs, scope_from_grandchild};
use super::delegate::{Delegation, delegation_macro};
use super::names::{delegate_name, key_module, key_name, seal_module, use_path};
use crate::util::{Errors, lint_allows};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// `false` when the trait cannot be sealed at all; other mistakes are
/// recorded and the trait is sealed anyway, so its impls and
/// `derive(Sealed)` do not fail as well.
pub(crate) fn check(item: &syn::ItemTrait, errors: &mut Errors) -> bool {
    for trait_item in &item.items {
        if let syn::TraitItem::Fn(method) = trait_item {
            super::refuse_seal_attrs(&method.attrs, errors);
        }
    }
    if let Some(auto) = item.modifiers.auto_token {
        errors.spanned(
            auto,
            "an auto trait cannot be sealed: every type implements it; remove `auto`",
        );
        return false;
    }
    true
}

/// The crate being compiled, as the user writes it in paths, for the docs
/// and the error message. Cargo sets `CARGO_CRATE_NAME` for every rustc
/// run, and proc macros run inside rustc.
fn crate_name() -> Option<String> {
    std::env::var("CARGO_CRATE_NAME").ok()
}

/// Who may implement the trait, in words: for the docs and the message.
struct Wording {
    /// "outside `geometry`", "outside the module that defines it", ...
    outside: String,
    /// What the owner writes to implement the trait.
    how: String,
}

fn wording(name: &str, scope: &Scope) -> Wording {
    let krate = crate_name();
    let crate_words = krate
        .as_deref()
        .map_or_else(|| "its crate".to_owned(), |name| format!("`{name}`"));
    // One message for every crate that reads it: it says who may implement
    // the trait and how, which tells another crate why it may not.
    match scope {
        Scope::Module => Wording {
            outside: format!("outside its own module in {crate_words}"),
            how: format!(
                "only {crate_words} implements `{name}`: with `#[vouch::sealed]` on each impl \
                 inside the module of `{name}` or its submodules (`#[vouch::sealed(pub(crate))]` \
                 on the trait allows impls anywhere in that crate)"
            ),
        },
        Scope::Crate => Wording {
            outside: format!("outside {crate_words}"),
            how: format!(
                "only {crate_words} implements `{name}`: with `#[vouch::sealed]` on each impl"
            ),
        },
        Scope::In(path) => {
            let written = path.to_token_stream().to_string().replace(' ', "");
            // `crate::a` reads as `geometry::a`; `super::..` is relative to
            // the trait's module, which the message says.
            let (place, outside) = match (written.strip_prefix("crate"), krate.as_deref()) {
                (Some(rest), Some(krate)) => {
                    let place = format!("`{krate}{rest}`");
                    (place.clone(), format!("outside {place}"))
                }
                _ if written == "super" => (
                    format!("the parent module of `{name}`'s module in {crate_words}"),
                    format!("outside the parent module of its module in {crate_words}"),
                ),
                _ => (
                    format!("`{written}` (from `{name}`'s module) in {crate_words}"),
                    format!("outside `{written}` (from its module) in {crate_words}"),
                ),
            };
            Wording {
                outside,
                how: format!(
                    "only {crate_words} implements `{name}`: with `#[vouch::sealed]` on each \
                     impl inside {place}"
                ),
            }
        }
    }
}

/// The seal's parameters and the arguments naming them, and whether the
/// seal module must import its parent's scope.
fn seal_params(generics: &syn::Generics, core: &TokenStream) -> (TokenStream, TokenStream, bool) {
    // The seal takes the trait's parameters without their bounds: they are
    // checked on the trait itself, and erasing them keeps the module free of
    // most names they use. Type parameters are `?Sized`, so any argument the
    // trait accepts the seal accepts too. Const types and defaults are
    // written in the trait's scope: the module then imports its parent's.
    let mut params = Vec::new();
    let mut arguments = Vec::new();
    let mut needs_parent_scope = false;
    for param in &generics.params {
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
    if params.is_empty() {
        (quote!(), quote!(), needs_parent_scope)
    } else {
        (
            quote!(<#(#params),*>),
            quote!(<#(#arguments),*>),
            needs_parent_scope,
        )
    }
}

/// Expands a sealed trait.
pub(crate) fn expand(
    mut item: syn::ItemTrait,
    args: &SealArgs,
    plan: &[Delegation<'_>],
) -> TokenStream {
    let krate = args
        .krate
        .as_ref()
        .map(|krate| krate.value.clone())
        .unwrap_or_default();
    let core = krate.core();
    let name = crate::util::ident::name(&item.ident);
    let scope = args
        .scope
        .as_ref()
        .map_or(Scope::Module, |scope| scope.value.clone());
    let seal = seal_module(&item.ident);
    let key = key_module(&item.ident);
    let key_name = key_name();
    let delegate = delegate_name(&item.ident);
    let key_vis = scope_from_grandchild(&scope);

    let (params, arguments, needs_parent_scope) = seal_params(&item.generics, &core);
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

    let words = wording(&name, &scope);
    let outside = &words.outside;
    let sentence = format!(
        " This trait is sealed and cannot be implemented {outside}: other crates can \
         use it but not implement it, so new methods and impls are not breaking changes."
    );
    item.attrs.push(syn::parse_quote!(#[doc = ""]));
    item.attrs.push(syn::parse_quote!(#[doc = " # Sealed"]));
    item.attrs.push(syn::parse_quote!(#[doc = ""]));
    item.attrs.push(syn::parse_quote!(#[doc = #sentence]));

    let message = format!("the trait `{name}` is sealed and cannot be implemented {outside}");
    let label = format!("`{name}` is sealed: it cannot be implemented here");
    let note = &words.how;
    let seal_doc = format!(" Implemented by the types that may implement `{name}`.");
    let diagnostic = args.no_implicit_prelude.is_none().then(|| {
        quote!(#[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)])
    });
    let delegate_macro = delegation_macro(&krate, plan);
    let seal_for_use = use_path(&syn::Path::from(seal.clone()));
    let allows = lint_allows();

    quote! {
        #item

        #[doc(hidden)]
        #allows
        #[allow(unreachable_pub, unused_imports, unused_macros, missing_docs, non_snake_case)]
        mod #seal {
            #parent_scope

            #[doc = #seal_doc]
            #diagnostic
            pub trait Sealed #params {}

            pub mod key {
                #key_vis use super::Sealed as #key_name;

                #delegate_macro
                pub(crate) use __vouch_delegate as #delegate;
            }
        }

        #[doc(hidden)]
        #allows
        #[allow(unreachable_pub, unused_imports)]
        pub use #seal_for_use::key as #key;
    }
}
