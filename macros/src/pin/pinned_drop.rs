//! `#[pinned_drop]`: reads `impl PinnedDrop for T { fn drop(self: Pin<&mut
//! Self>) { ... } }`, checks its shape, and emits it as an impl of
//! `vouch::PinnedDrop` whose `drop` takes the `PinnedDropToken` only the
//! generated destructor can create.
//!
//! That the type is `#[pin_project(PinnedDrop)]` is not checked here (the
//! tokens of this impl cannot see the type): `PinnedDrop` has a hidden
//! supertrait that only `#[pin_project(PinnedDrop)]` implements, so rustc
//! rejects the impl otherwise, with a message saying what to add.

use crate::util::attr::is_inert;
use crate::util::{CratePath, Errors, ident};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::{ParseStream, Parser};
use syn::{FnArg, ImplItem, Token};

/// The arguments: nothing, or `crate = path`.
fn parse_args(args: TokenStream, errors: &mut Errors) -> CratePath {
    let parser = |input: ParseStream<'_>| -> syn::Result<CratePath> {
        if input.is_empty() {
            return Ok(CratePath::default());
        }
        if input.peek(Token![crate]) {
            let (_, path) = crate::util::krate::parse(input)?;
            input.parse::<Option<Token![,]>>()?;
            if !input.is_empty() {
                return Err(input
                    .error("unexpected argument; `#[pinned_drop]` takes only `crate = \"path\"`"));
            }
            return Ok(path);
        }
        Err(input.error(
            "unknown argument; `#[pinned_drop]` takes no arguments (only `crate = \"path\"` when vouch is renamed)",
        ))
    };
    errors.handle(parser.parse2(args)).unwrap_or_default()
}

/// `#[pinned_drop]`: its errors are part of the tokens it returns.
pub(crate) fn pinned_drop(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let krate = parse_args(args, &mut errors);
    let Ok(mut item) = syn::parse2::<syn::ItemImpl>(input.clone()) else {
        // Not an impl: the error at its first token after the attributes,
        // and the item unchanged, so the rest of the crate compiles.
        let span = first_token_after_attributes(&input);
        errors.at(
            span,
            "`#[pinned_drop]` applies to an `impl PinnedDrop for T` block; \
             write `#[pinned_drop] impl PinnedDrop for T { fn drop(self: Pin<&mut Self>) { ... } }`",
        );
        let error = errors.finish().err().map(syn::Error::into_compile_error);
        // Tokens that are no item at all (`impl` cut short) are dropped:
        // rustc would only add a parse error of its own.
        let item = syn::parse2::<syn::Item>(input.clone())
            .is_ok()
            .then_some(input);
        return quote!(#error #item);
    };
    check_attrs(&mut item, &mut errors);
    let is_pinned_drop = check_header(&mut item, &krate, &mut errors);
    check_items(&mut item, &krate, &mut errors);
    match errors.finish() {
        Ok(()) => {
            // SAFETY: `PinnedDrop`'s promise is that `drop` never uses its
            // token; `check_items` bound the token to `_`, which no code of
            // the body can name, so the impl keeps it whatever the body does
            // (and whatever the crate path names: the signature is the real
            // trait's, checked by rustc). The `unsafe` makes no part of the
            // body an `unsafe` context (only an `unsafe fn` would). It
            // stands where the user's `impl` does, so that rustc's errors
            // about the impl point there, with the attribute's context, so
            // that `unsafe_code` lints of the user's crate see a macro's.
            item.unsafety = Some(Token![unsafe](
                Span::call_site().located_at(item.impl_token.span),
            ));
            item.into_token_stream()
        }
        Err(error) => {
            let error = error.into_compile_error();
            // An impl of `PinnedDrop` is replaced by an empty one, so the
            // type still has the impl it asked for and rustc adds no error
            // of its own about a body that is wrong anyway.
            let fallback = if is_pinned_drop {
                fallback(&item, &krate)
            } else if item.trait_.is_none() {
                // An inherent impl stays as written (it is safe code of the
                // user's), so its imports stay used and its methods exist.
                item.to_token_stream()
            } else {
                TokenStream::new()
            };
            quote!(#error #fallback)
        }
    }
}

fn fallback(item: &syn::ItemImpl, krate: &CratePath) -> TokenStream {
    let private = krate.private();
    let (impl_generics, _, where_clause) = item.generics.split_for_impl();
    let self_ty = &item.self_ty;
    let receiver = user_pin_path(item).unwrap_or_else(|| quote!(#private::core::pin::Pin));
    // SAFETY: as for the impl of `pinned_drop`: the token is `_`. (The
    // crate does not compile anyway: this impl stands next to an error.)
    quote! {
        unsafe impl #impl_generics #private::pin::PinnedDrop for #self_ty #where_clause {
            fn drop(
                self: #receiver<&mut Self>,
                _: #private::pin::PinnedDropToken<'_, Self>,
            ) {}
        }
    }
}

/// The path to `Pin` the user's `drop` wrote (`Pin` of `self: Pin<&Self>`),
/// for the replacement impl: an import of `Pin` the body used then stays
/// used, and rustc adds no warning to the error.
fn user_pin_path(item: &syn::ItemImpl) -> Option<TokenStream> {
    let method = item.items.iter().find_map(|impl_item| match impl_item {
        ImplItem::Fn(method) if ident::name(&method.sig.ident) == "drop" => Some(method),
        _ => None,
    })?;
    let Some(FnArg::Receiver(receiver)) = method.sig.inputs.first() else {
        return None;
    };
    let syn::ReceiverKind::Typed(_, ty) = &receiver.kind else {
        return None;
    };
    let syn::Type::Path(path) = &**ty else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let mut path = path.path.clone();
    let last = path.segments.last_mut()?;
    if ident::name(&last.ident) != "Pin" {
        return None;
    }
    last.arguments = syn::PathArguments::None;
    Some(path.into_token_stream())
}

fn first_token_after_attributes(input: &TokenStream) -> Span {
    let mut iter = input.clone().into_iter();
    while let Some(tree) = iter.next() {
        match tree {
            proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '#' => {
                iter.next();
            }
            other => return other.span(),
        }
    }
    Span::call_site()
}

/// A second `#[pinned_drop]` on the impl would run on this one's output
/// and report the `unsafe` and the token parameter it added: it is the
/// mistake, reported at itself, and removed.
fn check_attrs(item: &mut syn::ItemImpl, errors: &mut Errors) {
    item.attrs.retain(|attr| {
        let again = attr
            .path()
            .segments
            .last()
            .is_some_and(|last| ident::name(&last.ident) == "pinned_drop");
        if again {
            crate::util::attr::duplicate(&mut *errors, attr, "`#[pinned_drop]` attribute");
        } else if !is_inert(attr) {
            // The impl this attribute writes is `unsafe`, and an attribute
            // macro after it gets that impl: it could lift the `unsafe`
            // token (which `unsafe_code` lints do not see as the user's)
            // onto an impl of its own. Those before it ran already.
            errors.spanned(
                attr,
                "`#[pinned_drop]` writes an `unsafe impl`, which no attribute macro after it \
                 may receive; move this attribute above `#[pinned_drop]`",
            );
        }
        !again
    });
}

/// `impl PinnedDrop for T`: no `unsafe`, no `!`, a trait named
/// `PinnedDrop`. The bare name pin-project users write is resolved to
/// vouch's trait. Returns whether the impl is one of `PinnedDrop`.
fn check_header(item: &mut syn::ItemImpl, krate: &CratePath, errors: &mut Errors) -> bool {
    if let Some(unsafety) = item.unsafety.take() {
        errors.spanned(
            unsafety,
            "`#[pinned_drop]` writes the impl's `unsafe` for you (it keeps the promise that \
             makes the trait `unsafe`: the body never sees the drop token); remove `unsafe`",
        );
    }
    if let Some(bang) = item.modifiers.polarity.take() {
        errors.spanned(
            bang,
            "`PinnedDrop` cannot be negatively implemented; remove `!`",
        );
    }
    let Some((path, _)) = &mut item.trait_ else {
        errors.spanned(
            &item.self_ty,
            "`#[pinned_drop]` applies to an impl of `PinnedDrop`; write `impl PinnedDrop for T`",
        );
        return false;
    };
    let Some(last) = path.segments.last() else {
        return false;
    };
    if ident::name(&last.ident) != "PinnedDrop" {
        errors.spanned(
            &*path,
            "`#[pinned_drop]` applies to an impl of `PinnedDrop`; write `impl PinnedDrop for T`",
        );
        return false;
    }
    if !last.arguments.is_none() {
        errors.spanned(
            &last.arguments,
            "`PinnedDrop` takes no generic arguments; write `impl PinnedDrop for T`",
        );
    }
    if path.leading_colon.is_none() && path.segments.len() == 1 {
        // The bare name: point it at vouch's trait, keeping its span so
        // errors about the impl still show the user's token.
        let span = last.ident.span();
        let private = krate.private();
        let resolved = quote::quote_spanned!(span=> #private::pin::PinnedDrop);
        if let Ok(resolved) = syn::parse2::<syn::Path>(resolved) {
            *path = resolved;
        }
    }
    true
}

/// Exactly one item: `fn drop(self: Pin<&mut Self>)`, to which the token
/// parameter is added.
fn check_items(item: &mut syn::ItemImpl, krate: &CratePath, errors: &mut Errors) {
    let mut found = false;
    let private = krate.private();
    let brace = item.brace_token.span.join();
    let self_ty = item.self_ty.clone();
    for impl_item in &mut item.items {
        let ImplItem::Fn(method) = impl_item else {
            errors.spanned(
                &*impl_item,
                "`PinnedDrop` has only the method `drop`; remove this item",
            );
            continue;
        };
        if ident::name(&method.sig.ident) != "drop" {
            errors.spanned(
                &method.sig.ident,
                format_args!(
                    "`PinnedDrop` has no method `{}`; write `fn drop(self: Pin<&mut Self>)`",
                    method.sig.ident
                ),
            );
            continue;
        }
        if found {
            crate::util::attr::duplicate(&mut *errors, &method.sig.ident, "`drop` method");
            continue;
        }
        found = true;
        // An attribute macro on `drop` would get it with the token
        // parameter written below, which it could name and pass on.
        for attr in method.attrs.iter().filter(|attr| !is_inert(attr)) {
            errors.spanned(
                attr,
                "`#[pinned_drop]` gives `drop` a parameter its body must never see, which no \
                 attribute macro on `drop` may receive; call a function of your own from \
                 `drop` and put this attribute on it",
            );
        }
        let sig = &mut method.sig;
        if let syn::Safety::Unsafe(unsafety) = &sig.safety {
            errors.spanned(
                unsafety,
                "`PinnedDrop::drop` is a safe method; remove `unsafe`",
            );
            sig.safety = syn::Safety::Default;
        }
        if let Some(asyncness) = sig.asyncness.take() {
            errors.spanned(
                asyncness,
                "`PinnedDrop::drop` cannot be `async`; remove `async`",
            );
        }
        if let Some(constness) = sig.constness.take() {
            errors.spanned(
                constness,
                "`PinnedDrop::drop` cannot be `const`; remove `const`",
            );
        }
        check_receiver(sig, &self_ty, errors);
        if let Some(extra) = sig.inputs.iter().nth(1) {
            errors.spanned(
                extra,
                "`PinnedDrop::drop` takes only `self: Pin<&mut Self>`; remove this parameter",
            );
        }
        if !sig.inputs.empty_or_trailing() {
            sig.inputs.push_punct(<Token![,]>::default());
        }
        sig.inputs.push(syn::parse_quote! {
            _: #private::pin::PinnedDropToken<'_, Self>
        });
    }
    if !found {
        errors.at(
            brace,
            "this `PinnedDrop` impl has no `drop` method; write `fn drop(self: Pin<&mut Self>) { ... }`",
        );
    }
}

/// The receiver must be `self: Pin<&mut Self>`; rustc checks the type, and
/// the common mistakes (`&mut self`, `self`, no receiver) are caught here
/// with a message saying what to write.
fn check_receiver(sig: &syn::Signature, self_ty: &syn::Type, errors: &mut Errors) {
    const WRITE: &str = "write `fn drop(self: Pin<&mut Self>)`";
    match sig.inputs.first() {
        Some(FnArg::Receiver(receiver)) => match &receiver.kind {
            syn::ReceiverKind::Typed(_, ty) => check_receiver_type(ty, self_ty, errors),
            _ => errors.spanned(
                receiver,
                format_args!("`PinnedDrop::drop` takes the value pinned; {WRITE}"),
            ),
        },
        Some(FnArg::Typed(arg)) => errors.spanned(
            arg,
            format_args!("`PinnedDrop::drop` takes `self` first; {WRITE}"),
        ),
        None => errors.spanned(
            &sig.ident,
            format_args!("`PinnedDrop::drop` takes `self: Pin<&mut Self>`; {WRITE}"),
        ),
    }
}

/// `self: Pin<&mut Self>` (or the type's own name for `Self`): the
/// mistakes in the `Pin<..>` a user writes, each at its token. Any other
/// type is left to rustc.
fn check_receiver_type(ty: &syn::Type, self_ty: &syn::Type, errors: &mut Errors) {
    let syn::Type::Path(path) = ty else {
        return;
    };
    let Some(last) = path.path.segments.last() else {
        return;
    };
    if ident::name(&last.ident) != "Pin" {
        return;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return;
    };
    let Some(syn::GenericArgument::Type(syn::Type::Reference(reference))) = args.args.first()
    else {
        return;
    };
    if reference.mutability.is_none() {
        errors.spanned(
            reference,
            "`PinnedDrop::drop` takes the value by `Pin<&mut Self>`; write `self: Pin<&mut Self>`",
        );
        return;
    }
    let referent = reference.elem.to_token_stream().to_string();
    if referent != "Self" && referent != self_ty.to_token_stream().to_string() {
        errors.spanned(
            &reference.elem,
            "`PinnedDrop::drop` takes the value it drops, `Pin<&mut Self>`; write `Self` here",
        );
    }
}
