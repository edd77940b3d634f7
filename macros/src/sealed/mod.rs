//! Sealed hierarchies: `#[sealed]` on traits and impls, `derive(Sealed)`.
//!
//! One file per macro, each reading parse -> check -> expand:
//! - `args`: the arguments of `#[vouch::sealed(..)]`, shared by both uses;
//! - `on_trait`: the sealed trait, its seal and its key (`names`), and the
//!   delegation macro `derive(Sealed)` calls (`delegate`);
//! - `on_impl`: an impl of a sealed trait and its seal impl;
//! - `derive` (parse, check) and `closed` (expand): `derive(Sealed)`.
//!
//! Nothing here emits `unsafe`: sealing is a visibility trick (a supertrait
//! no other crate can name), not a proof.

mod args;
mod closed;
mod delegate;
mod derive;
mod names;
mod on_impl;
mod on_trait;

use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// What `#[vouch::sealed]` was put on.
enum Target {
    /// A trait to seal.
    Trait(syn::ItemTrait),
    /// An impl of a sealed trait inside its crate.
    Impl(syn::ItemImpl),
}

/// `#[vouch::sealed]` / `#[vouch::sealed(args)]` on a trait or an impl.
///
/// Every error is reported at once, next to the expanded item. A bad
/// argument does not stop the expansion: sealing emits nothing unsafe, and
/// a sealed trait or impl keeps the rest of the crate (the other impls,
/// `derive(Sealed)`) free of follow-up errors; the `compile_error!` fails
/// the build anyway. Only an item that cannot be sealed is emitted
/// unchanged.
pub(crate) fn sealed(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let parsed = args::parse_args(args, &mut errors);
    let target = parse_target(input.clone(), &mut errors);
    let expanded = match &target {
        Some(Target::Trait(item)) => {
            let plan = delegate::delegation(item);
            on_trait::check(item, &mut errors)
                .then(|| on_trait::expand(item.clone(), &parsed, &plan))
        }
        Some(Target::Impl(item)) => {
            on_impl::check(item, &parsed, &mut errors).then(|| on_impl::expand(item, &parsed))
        }
        None => None,
    };
    // Tokens that are no item at all (`impl` cut short) are dropped: rustc
    // would only add a parse error of its own.
    let expanded = expanded.unwrap_or_else(|| {
        if syn::parse2::<syn::Item>(input.clone()).is_ok() {
            input
        } else {
            TokenStream::new()
        }
    });
    match errors.finish() {
        Ok(()) => expanded,
        Err(error) => {
            let error = error.into_compile_error();
            quote!(#error #expanded)
        }
    }
}

/// `#[derive(Sealed)] #[sealed(Trait, ..)]` on an enum of implementors.
pub(crate) fn derive_sealed(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let model = derive::parse_closed(input, &mut errors);
    derive::check_closed(&model, &mut errors);
    errors.finish()?;
    Ok(closed::expand_closed(&model))
}

/// Parses the item under `#[vouch::sealed]`; anything but a trait or an
/// impl of a trait is recorded as an error spanned at its keyword.
fn parse_target(input: TokenStream, errors: &mut Errors) -> Option<Target> {
    let item = match syn::parse2::<syn::Item>(input) {
        Ok(item) => item,
        Err(error) => {
            errors.push(error);
            return None;
        }
    };
    let wrong = |errors: &mut Errors, at: &dyn ToTokens, what: &str, instead: &str| {
        errors.spanned(
            at,
            format_args!(
                "`#[vouch::sealed]` cannot be used on {what}; it seals a trait \
                 (`#[vouch::sealed] pub trait Shape {{ .. }}`) or marks an impl of one \
                 (`#[vouch::sealed] impl Shape for Square {{}}`){instead}"
            ),
        );
    };
    match item {
        syn::Item::Trait(item) => return Some(Target::Trait(item)),
        syn::Item::Impl(item) if item.trait_.is_some() => return Some(Target::Impl(item)),
        syn::Item::Impl(item) => wrong(errors, &item.self_ty, "an inherent impl", ""),
        syn::Item::Struct(item) => wrong(errors, &item.struct_token, "a struct", ""),
        syn::Item::Enum(item) => wrong(
            errors,
            &item.enum_token,
            "an enum",
            "; to close a hierarchy into an enum, use `#[derive(vouch::Sealed)]`",
        ),
        syn::Item::Union(item) => wrong(errors, &item.union_token, "a union", ""),
        syn::Item::Fn(item) => wrong(errors, &item.sig.fn_token, "a function", ""),
        syn::Item::Mod(item) => wrong(errors, &item.mod_token, "a module", ""),
        syn::Item::Type(item) => wrong(errors, &item.type_token, "a type alias", ""),
        syn::Item::TraitAlias(item) => wrong(errors, &item.trait_token, "a trait alias", ""),
        syn::Item::Const(item) => wrong(errors, &item.const_token, "a constant", ""),
        syn::Item::Static(item) => wrong(errors, &item.static_token, "a static", ""),
        syn::Item::Use(item) => wrong(errors, &item.use_token, "a `use` item", ""),
        other => wrong(errors, &other, "this item", ""),
    }
    None
}

/// The `sealed` crate's `#[seal(callable)]`/`#[seal(uncallable)]` on
/// methods: unknown to rustc, so say here what they were and what to do.
fn refuse_seal_attrs(attrs: &[syn::Attribute], errors: &mut Errors) {
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("seal")) {
        errors.spanned(
            attr,
            "vouch does not seal single methods (`#[seal(..)]` of the `sealed` crate); \
             remove the attribute: the whole trait is sealed",
        );
    }
}
