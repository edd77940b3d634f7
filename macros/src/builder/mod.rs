//! Typestate builders: `derive(Builder)` on a struct, `#[builder]` on a
//! function, `#[bon]` on an impl block with `#[builder]` methods.
//!
//! `attr.rs` reads bon's attribute syntax into a model (`function.rs` does
//! it for a function's parameters), `check.rs` applies the rules between
//! options and members, `expand.rs` generates the builder. The builder
//! contains no `unsafe` of its own: its guarantees are type-level only.

mod attr;
mod check;
mod expand;
mod function;
mod target;

use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Meta, Token};

pub(crate) fn derive_builder(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let Some(parsed) = attr::parse(input, &mut errors) else {
        errors.finish()?;
        return Ok(TokenStream::new());
    };
    let model = check::check(parsed, &mut errors);
    errors.finish()?;
    Ok(expand::expand(&model))
}

/// `#[vouch::builder]` on a function.
pub(crate) fn builder_fn(args: TokenStream, item: &TokenStream) -> TokenStream {
    let Ok(parsed) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        let message = if syn::parse2::<syn::DeriveInput>(item.clone()).is_ok() {
            "`#[vouch::builder]` goes on a function; for a struct, write \
             `#[derive(vouch::Builder)]`"
        } else {
            "`#[vouch::builder]` goes on a function, or on a method of an impl block that has \
             `#[vouch::bon]`"
        };
        let error = syn::Error::new_spanned(first_token(item), message).into_compile_error();
        return quote!(#error #item);
    };
    let item = parsed;
    let mut errors = Errors::new();
    let options = errors
        .handle(Punctuated::<Meta, Token![,]>::parse_terminated.parse2(args))
        .map(|list| list.into_iter().collect::<Vec<_>>())
        .unwrap_or_default();
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
    let lowered = function::lower(&parts, &options, &place, &mut errors);
    let model = check::check(lowered.input, &mut errors);
    if let Err(error) = errors.finish() {
        let error = error.into_compile_error();
        let item = strip_member_attrs(item);
        return quote!(#error #item);
    }
    let orig = lowered.orig;
    let builder = expand::expand(&model);
    quote!(#orig #builder)
}

/// `#[vouch::bon]` on an impl block: each method marked `#[builder]` gets
/// a builder. A method whose builder has an error stays as written (with
/// the error next to it), so the error is the only one.
pub(crate) fn bon_impl(args: TokenStream, item: &TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    // `crate = path` applies to every method; other options are per method.
    let shared: Vec<Meta> = errors
        .handle(Punctuated::<Meta, Token![,]>::parse_terminated.parse2(args))
        .into_iter()
        .flatten()
        .filter(|meta| {
            let is_crate = meta.path().is_ident("crate");
            if !is_crate {
                errors.spanned(
                    meta.path(),
                    "`#[vouch::bon]` takes only `crate = path`; put the builder's options on \
                     each method's `#[builder(..)]`",
                );
            }
            is_crate
        })
        .collect();
    let Ok(mut block) = syn::parse2::<syn::ItemImpl>(item.clone()) else {
        let error = syn::Error::new_spanned(
            first_token(item),
            "`#[vouch::bon]` goes on an impl block whose methods have `#[builder]`",
        )
        .into_compile_error();
        return quote!(#error #item);
    };
    if let Some((path, _)) = &block.trait_ {
        errors.spanned(
            path,
            "builders are made for the methods of an inherent impl, not of a trait impl; \
             move the method to an `impl Type { .. }` block",
        );
    }
    if !errors.is_empty() {
        for impl_item in &mut block.items {
            if let syn::ImplItem::Fn(method) = impl_item {
                method.attrs.retain(|attr| !attr.path().is_ident("builder"));
                strip_inputs(&mut method.sig);
            }
        }
        let error = errors.finish().err().map(syn::Error::into_compile_error);
        return quote!(#error #block);
    }
    let mut builders = TokenStream::new();
    let (self_ty, impl_generics) = function::name_impl(&block.self_ty, &block.generics);
    for impl_item in &mut block.items {
        let syn::ImplItem::Fn(method) = impl_item else {
            continue;
        };
        let (marks, attrs): (Vec<_>, Vec<_>) = std::mem::take(&mut method.attrs)
            .into_iter()
            .partition(|attr| attr.path().is_ident("builder"));
        method.attrs = attrs;
        if marks.is_empty() {
            continue;
        }
        let mut own = Errors::new();
        let mut options = shared.clone();
        options.extend(method_options(&marks, &mut own));
        let parts = function::FnParts {
            attrs: &method.attrs,
            vis: &method.vis,
            sig: &method.sig,
            block: &method.block,
        };
        let place = function::Place {
            self_ty: Some(&self_ty),
            impl_generics: Some(&impl_generics),
        };
        let lowered = function::lower(&parts, &options, &place, &mut own);
        let model = check::check(lowered.input, &mut own);
        match own.finish() {
            Ok(()) => {
                builders.extend(expand::expand(&model));
                *impl_item = syn::ImplItem::Verbatim(lowered.orig);
            }
            Err(error) => {
                strip_inputs(&mut method.sig);
                errors.push(error);
            }
        }
    }
    let error = errors.finish().err().map(syn::Error::into_compile_error);
    quote!(#error #block #builders)
}

/// The options of a method's `#[builder]` / `#[builder(..)]` attributes.
fn method_options(marks: &[syn::Attribute], errors: &mut Errors) -> Vec<Meta> {
    let mut options = Vec::new();
    for mark in marks {
        match &mark.meta {
            Meta::Path(_) => {}
            Meta::List(list) => {
                let parsed = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated);
                options.extend(errors.handle(parsed).into_iter().flatten());
            }
            Meta::NameValue(pair) => errors.spanned(
                pair,
                "`builder` takes a list of options; write `#[builder]` or `#[builder(..)]`",
            ),
        }
    }
    options
}

/// The item with the builder's attributes taken off its parameters, so
/// that next to the errors it still compiles as the user wrote it.
fn strip_member_attrs(mut item: syn::ItemFn) -> syn::ItemFn {
    strip_inputs(&mut item.sig);
    item
}

fn strip_inputs(sig: &mut syn::Signature) {
    for input in &mut sig.inputs {
        if let syn::FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| !function::is_member_attr(attr));
        }
    }
}

/// The first token of an item, where an error about the whole item goes.
fn first_token(item: &TokenStream) -> TokenStream {
    item.clone().into_iter().take(1).collect()
}
