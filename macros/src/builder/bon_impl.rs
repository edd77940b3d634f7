//! `#[vouch::bon]` on an impl block: each function marked `#[builder]`
//! gets a builder, as `#[vouch::builder]` gives a free function one; the
//! functions stay in the block (see `function/`).

use super::{cfg, first_token, function, strip_inputs};
use crate::util::Errors;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Meta;
use syn::parse::Parser;

/// `#[vouch::bon]` on an impl block: each method marked `#[builder]` gets
/// a builder. A method whose builder has an error stays as written (with
/// the error next to it), so the error is the only one.
pub(crate) fn bon_impl(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let args: Vec<Meta> = errors
        .handle(super::attr::parse_options.parse2(args))
        .into_iter()
        .flatten()
        .collect();
    // A later round of `#[cfg]` evaluation carries the answers (`cfg.rs`).
    let (answers, args) = cfg::answers(args);
    // `crate = path` applies to every method; other options are per method.
    let shared = shared_options(args, &mut errors);
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
    if !has_builder(&mut block, &mut errors) {
        let error = errors.finish().err().map(syn::Error::into_compile_error);
        return quote!(#error #block);
    }
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
        refuse_receiver_attrs(&mut method.sig, &mut own);
        let mut options = shared.clone();
        for meta in method_options(&marks, &mut own) {
            if meta.path().is_ident("crate") {
                // The block's, for all its methods.
                own.spanned(
                    meta.path(),
                    "the vouch crate's path is the impl block's, for all its methods; move \
                     `crate = ..` to `#[vouch::bon(crate = ..)]`",
                );
            } else {
                options.push(meta);
            }
        }
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
        let (lowered, builder) = super::lower_and_check(&parts, &options, &place, &mut own);
        // With an error, the builder is still made when it can be (see
        // `lower_and_check`), so that its callers report nothing more.
        match builder {
            Some(builder) => {
                builders.extend(builder);
                *impl_item = syn::ImplItem::Verbatim(lowered.orig);
            }
            None => strip_inputs(&mut method.sig),
        }
        if let Err(error) = own.finish() {
            errors.push(error);
        }
    }
    let error = errors.finish().err().map(syn::Error::into_compile_error);
    quote!(#error #block #builders)
}

/// The block's own options: `crate = path` (for every method), read once
/// here so that a wrong path is one error, not one per method.
fn shared_options(args: Vec<Meta>, errors: &mut Errors) -> Vec<Meta> {
    args.into_iter()
        .filter(|meta| {
            if !meta.path().is_ident("crate") {
                errors.spanned(
                    meta.path(),
                    "`#[vouch::bon]` takes only `crate = path`; put the builder's options on \
                     each method's `#[builder(..)]`",
                );
                return false;
            }
            let value = match meta {
                Meta::NameValue(pair) => crate::util::CratePath::from_expr(&pair.value)
                    .and_then(|path| super::attr::absolute(path, &pair.value)),
                _ => Err(syn::Error::new_spanned(
                    meta.path(),
                    "`crate` needs the path of the vouch crate; write e.g. `crate = ::vouch`",
                )),
            };
            errors.handle(value).is_some()
        })
        .collect()
}

/// Whether some method of the block has `#[builder]`. When none has, the
/// attribute has nothing to do: the error is at a method's
/// `#[path::builder]` (which `#[vouch::bon]` does not read, and which is
/// taken off, so it adds no error of its own), else at `#[vouch::bon]`.
fn has_builder(block: &mut syn::ItemImpl, errors: &mut Errors) -> bool {
    let methods = || {
        block.items.iter().filter_map(|item| match item {
            syn::ImplItem::Fn(method) => Some(method),
            _ => None,
        })
    };
    if methods().any(cfg::has_builder) {
        return true;
    }
    let is_foreign = |attr: &syn::Attribute| {
        let path = attr.path();
        path.segments.len() > 1
            && path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "builder")
    };
    let mut found = false;
    for item in &mut block.items {
        let syn::ImplItem::Fn(method) = item else {
            continue;
        };
        for attr in method.attrs.iter().filter(|attr| is_foreign(attr)) {
            found = true;
            errors.spanned(
                attr.path(),
                format_args!(
                    "in an impl block with `#[vouch::bon]`, a method's builder is asked for \
                     with a bare `#[builder]`; write `#[builder]` instead of `#[{}]`",
                    path_text(attr.path())
                ),
            );
        }
        method.attrs.retain(|attr| !is_foreign(attr));
    }
    if !found {
        errors.at(
            proc_macro2::Span::call_site(),
            "no method of this impl block has `#[builder]`, so `#[vouch::bon]` has nothing \
             to do; remove it, or write `#[builder]` on the methods that get a builder",
        );
    }
    false
}

/// `a::b` as written, without the spaces of a token stream.
fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let lead = if path.leading_colon.is_some() {
        "::"
    } else {
        ""
    };
    format!("{lead}{}", segments.join("::"))
}

/// `#[builder]` on `self`: the receiver is no member, so it takes no
/// options; the attribute is reported and taken off.
fn refuse_receiver_attrs(sig: &mut syn::Signature, errors: &mut Errors) {
    for input in &mut sig.inputs {
        let syn::FnArg::Receiver(receiver) = input else {
            continue;
        };
        for attr in &receiver.attrs {
            if !attr.path().is_ident("builder") {
                continue;
            }
            let field = attr.meta.require_list().is_ok_and(|list| {
                crate::util::ident::mentions(&list.tokens, &["field".to_owned()])
            });
            if field {
                errors.spanned(
                    attr,
                    "the builder holds the receiver in a field of its own already \
                     (`self_receiver`), and `self` takes no builder options; remove this \
                     `#[builder(field)]`",
                );
            } else {
                errors.spanned(
                    attr,
                    "`self` is passed to the start function as it is and takes no builder \
                     options; remove this `#[builder]`",
                );
            }
        }
        receiver
            .attrs
            .retain(|attr| !attr.path().is_ident("builder"));
    }
}

/// The options of a function's `#[builder]` / `#[builder(..)]` attributes;
/// an empty `#[builder()]` is refused.
pub(super) fn method_options(marks: &[syn::Attribute], errors: &mut Errors) -> Vec<Meta> {
    let mut options = Vec::new();
    for mark in marks {
        match &mark.meta {
            Meta::Path(_) => {}
            Meta::List(list) if list.tokens.is_empty() => errors.at(
                list.delimiter.span().join(),
                "`#[builder()]` is empty; write `#[builder]`, or options inside, e.g. \
                 `#[builder(finish_fn = run)]`",
            ),
            Meta::List(list) => {
                options.extend(super::attr::option_list(list, errors));
            }
            Meta::NameValue(pair) => errors.spanned(
                pair,
                "`builder` takes a list of options; write `#[builder]` or `#[builder(..)]`",
            ),
        }
    }
    options
}
