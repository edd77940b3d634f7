//! `#[vouch::bon]` on an impl block: each function marked `#[builder]`
//! gets a builder, as `#[vouch::builder]` gives a free function one; the
//! functions stay in the block (see `function.rs`).

use super::{cfg, expand, first_token, function, strip_inputs};
use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Meta, Token};

/// `#[vouch::bon]` on an impl block: each method marked `#[builder]` gets
/// a builder. A method whose builder has an error stays as written (with
/// the error next to it), so the error is the only one.
pub(crate) fn bon_impl(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let args: Vec<Meta> = errors
        .handle(Punctuated::<Meta, Token![,]>::parse_terminated.parse2(args))
        .into_iter()
        .flatten()
        .collect();
    // A later round of `#[cfg]` evaluation carries the answers (`cfg.rs`).
    let (answers, args) = cfg::answers(args);
    // `crate = path` applies to every method; other options are per method.
    let shared: Vec<Meta> = args
        .into_iter()
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
        let mut out = syn::Error::new_spanned(
            first_token(&item),
            "`#[vouch::bon]` goes on an `impl` block whose functions have `#[builder]`; on a \
             free function, write `#[vouch::builder]`",
        )
        .into_compile_error();
        out.extend(item);
        return out;
    };
    // A wrong argument is reported, and the builders are still made, so
    // their uses add no error.
    if let Some((path, _)) = &block.trait_ {
        errors.spanned(
            path,
            "builders are made for the methods of an inherent impl, not of a trait impl; \
             move the method to an `impl Type { .. }` block",
        );
        for impl_item in &mut block.items {
            if let syn::ImplItem::Fn(method) = impl_item {
                method.attrs.retain(|attr| !attr.path().is_ident("builder"));
                strip_inputs(&mut method.sig);
            }
        }
        let error = errors.finish().err().map(syn::Error::into_compile_error);
        return quote!(#error #block);
    }
    // `#[cfg]`s on the builder methods' arguments: the compiler evaluates
    // them for the whole block, then calls `#[vouch::bon]` again.
    if let Some(answers) = answers {
        cfg::apply_to_methods(&mut block.items, &answers);
    }
    let predicates = cfg::method_predicates(&block.items);
    if !predicates.is_empty() {
        // The errors of the block's own arguments are reported in this
        // round; the next one gets only the valid `crate = path`.
        let error = errors.finish().err().map(syn::Error::into_compile_error);
        let ask = cfg::ask(&predicates, &shared, cfg::Entry::Bon, &block);
        return quote!(#error #ask);
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
        let lowered = super::lower_and_check(&parts, &options, &place, &mut own);
        match own.finish() {
            Ok(()) => {
                builders.extend(expand::expand(&lowered.model));
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

/// The options of a function's `#[builder]` / `#[builder(..)]` attributes.
pub(super) fn method_options(marks: &[syn::Attribute], errors: &mut Errors) -> Vec<Meta> {
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
