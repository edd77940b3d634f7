//! Typestate builders, with three entry points: `derive(Builder)` on a
//! struct (here), `#[vouch::builder]` on a function (here, with
//! `function/`), and `#[vouch::bon]` on an impl block whose functions
//! carry `#[builder]` (`bon_impl.rs`).
//!
//! `attr/` reads bon's attribute syntax and fills the model (`model/`,
//! a leaf; `function/` fills it from a function's signature), `check/`
//! reads it, reports the rules between options and members and refines it
//! (`const_fn.rs` those of `#[builder(const)]`), `expand/` generates the
//! builder from it (`names.rs` names what a reader sees, `finish.rs` writes
//! the finishing method). `convert.rs` checks and writes bon's
//! `generics(setters(..))` conversion methods. The builder contains no
//! `unsafe` of its own: its guarantees are type-level only.
//!
//! Module map, by phase:
//! - parse: `attr/` (`mod.rs` reads the `#[builder(..)]` lists and the
//!   item; `item.rs` the item's options, `field.rs` a field's, `toolkit.rs`
//!   the readers both share); `function/` (`mod.rs` lowers a signature,
//!   `namer.rs` names its elided lifetimes and `impl Trait` types);
//!   `cfg.rs`, `bon_impl.rs`, `rename.rs` for function builders.
//! - model: `model/` (`mod.rs` the model, `options.rs` the options as read,
//!   `resolve.rs` `Model::new`, which fills the one from the other).
//! - check: `check/` (`mod.rs` the whole builder's rules and `Self`,
//!   `member.rs` one member's), `const_fn.rs`, `convert.rs` (also expands).
//! - expand: `expand/` (`mod.rs` the context and storage, `start.rs` the
//!   builder struct and start function, `setters.rs`, `getter.rs`,
//!   `derives.rs` `Clone`/`Debug`), `names.rs` (the state module),
//!   `finish.rs`.

mod attr;
mod bon_impl;
mod cfg;
mod check;
mod const_fn;
mod convert;
mod expand;
mod finish;
mod function;
mod model;
mod names;
mod rename;

use crate::util::Errors;
pub(crate) use bon_impl::bon_impl;
use proc_macro2::TokenStream;
use quote::quote;
pub(crate) use rename::rename_fn;
use syn::Meta;

pub(crate) fn derive_builder(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let Some(mut model) = attr::parse(input, &mut errors) else {
        errors.finish()?;
        return Ok(TokenStream::new());
    };
    let mut refused = Errors::new();
    check::check(&mut model, &mut refused);
    // An option that could not be read is left out of the model, which
    // still makes a builder, generated next to the error so that the code
    // using it reports nothing more. One the check refuses may describe a
    // builder that cannot be written (two methods of one name, a `const
    // fn` calling a trait method): then no builder.
    let builder = refused.is_empty().then(|| expand::expand(&model));
    errors.append(refused);
    let error = errors.finish().err().map(syn::Error::into_compile_error);
    Ok(quote!(#error #builder))
}

/// A function's builder model, read from its signature and checked: what
/// `#[vouch::builder]` and `#[vouch::bon]` both run for each function.
/// With the builder to generate next to the errors, or `None` (see
/// [`derive_builder`]).
fn lower_and_check(
    parts: &function::FnParts<'_>,
    options: &[Meta],
    place: &function::Place<'_>,
    errors: &mut Errors,
) -> (function::Lowered, Option<TokenStream>) {
    let mut refused = Errors::new();
    check::check_function_attrs(parts.attrs, &mut refused);
    attr::on_together(options, errors);
    let mut lowered = function::lower(parts, options, place, errors);
    check::check(&mut lowered.model, &mut refused);
    let builder = (refused.is_empty() && lowered.complete).then(|| expand::expand(&lowered.model));
    errors.append(refused);
    (lowered, builder)
}

/// `#[vouch::builder]` on a function.
pub(crate) fn builder_fn(args: TokenStream, item: TokenStream) -> TokenStream {
    let Ok(parsed) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        // A struct gets the error at `struct` (it wants the derive); any
        // other item at the attribute, which is what is misplaced.
        let is_struct = matches!(
            syn::parse2::<syn::DeriveInput>(item.clone()),
            Ok(syn::DeriveInput {
                data: syn::Data::Struct(_),
                ..
            })
        );
        let error = if is_struct {
            syn::Error::new_spanned(
                first_token(&item),
                "`#[vouch::builder]` goes on a function; for a struct, write \
                 `#[derive(vouch::Builder)]`",
            )
        } else {
            syn::Error::new(
                proc_macro2::Span::call_site(),
                "`#[vouch::builder]` goes on a function, or on a method of an impl block that has \
                 `#[vouch::bon]`; remove it from this item",
            )
        };
        let mut out = error.into_compile_error();
        out.extend(item);
        return out;
    };
    let mut item = parsed;
    let mut errors = Errors::new();
    let mut options = attr::option_args(args, &mut errors);
    // Further `#[builder(..)]`s on the function add their options, as one.
    let (marks, attrs): (Vec<_>, Vec<_>) = std::mem::take(&mut item.attrs)
        .into_iter()
        .partition(|attr| attr.path().is_ident("builder"));
    item.attrs = attrs;
    options.extend(bon_impl::method_options(&marks, &mut errors));
    // `#[cfg]`s on arguments: the compiler evaluates them (see `cfg.rs`).
    let (answers, options) = cfg::answers(options);
    if let Some(answers) = &answers {
        cfg::apply(&mut item.sig, answers);
    }
    let predicates = cfg::predicates(&item.sig);
    if !predicates.is_empty() {
        return cfg::ask(&predicates, &options, cfg::Entry::Builder, &item);
    }
    let parts = function::FnParts {
        attrs: &item.attrs,
        vis: &item.vis,
        sig: &item.sig,
        block: &item.block,
    };
    let place = function::Place {
        self_ty: None,
        impl_generics: None,
    };
    // A function in an impl block gets no builder next to its error (its
    // items could not be there).
    let mut refused = Errors::new();
    function::refuse_self(&item.sig, &mut refused);
    let in_place = refused.is_empty();
    errors.append(refused);
    let (lowered, builder) = lower_and_check(&parts, &options, &place, &mut errors);
    let error = errors.finish().err().map(syn::Error::into_compile_error);
    if let Some(builder) = builder.filter(|_| in_place) {
        let orig = lowered.orig;
        quote!(#error #orig #builder)
    } else {
        let item = strip_member_attrs(item);
        quote!(#error #item)
    }
}

/// The item with the builder's attributes taken off its parameters, so
/// that next to the errors it still compiles as the user wrote it.
fn strip_member_attrs(mut item: syn::ItemFn) -> syn::ItemFn {
    strip_inputs(&mut item.sig);
    item
}

pub(crate) fn strip_inputs(sig: &mut syn::Signature) {
    for input in &mut sig.inputs {
        if let syn::FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| !function::is_member_attr(attr));
        }
    }
}

/// The first token of an item, where an error about the whole item goes.
pub(crate) fn first_token(item: &TokenStream) -> TokenStream {
    item.clone().into_iter().take(1).collect()
}
