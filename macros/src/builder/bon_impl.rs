//! `#[vouch::bon] impl`: builders for the associated functions of an impl
//! block marked `#[builder]` (bon's syntax).
//!
//! Each one becomes a function builder (`function.rs`) whose items sit next
//! to the impl block, with bon's names: `fn new` is started by
//! `Type::builder()` and finished by `build()` (`TypeBuilder`), any other
//! `fn make` by `Type::make()` and `call()` (`TypeMakeBuilder`). In the
//! block, the function gives way to its start function and stays, hidden
//! from the docs, as `make_without_builder`, which `call()` calls: its body
//! runs where it was written, so `Self` keeps its meaning. A method's
//! builder holds its receiver (`point.sum().extra(1).call()`): `&self`
//! becomes `&'receiver self`, whose lifetime the builder carries and an
//! elided lifetime of the return type takes.

use crate::builder::function::{self, Names, pascal_case};
use crate::builder::model::{Host, Receiver, Target};
use crate::builder::{check, expand};
use crate::util::Errors;
use crate::util::ident::{fresh, name};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident};
use syn::{FnArg, ImplItem, Type};

/// Expands `#[vouch::bon] impl ...`. On an error, the errors come with the
/// block: a function that cannot have a builder stays as written (less its
/// `#[builder]` attribute), the others get theirs.
pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let Ok(mut block) = syn::parse2::<syn::ItemImpl>(item.clone()) else {
        errors.at(
            item.clone()
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |tree| tree.span()),
            "`#[vouch::bon]` goes on an `impl` block whose functions have `#[builder]`; \
             on a free function, write `#[vouch::builder]`",
        );
        return finish(errors, item);
    };
    if let Some(arg) = args.into_iter().next() {
        errors.at(
            arg.span(),
            "`#[vouch::bon]` takes no arguments; put the builder's options on each \
             function's `#[builder(...)]`",
        );
    }
    if let Some((path, _)) = &block.trait_ {
        errors.spanned(
            path,
            "`#[vouch::bon]` builds the associated functions of an inherent impl \
             (`impl Type`), not of a trait impl",
        );
        return finish(errors, strip(block).to_token_stream());
    }
    name_self_type_lifetimes(&mut block);
    let taken = block.to_token_stream();
    let mut outside = TokenStream::new();
    let mut items = Vec::new();
    for item in std::mem::take(&mut block.items) {
        let ImplItem::Fn(method) = item else {
            items.push(item);
            continue;
        };
        let Some(position) = method
            .attrs
            .iter()
            .position(|attr| attr.path().is_ident("builder"))
        else {
            items.push(ImplItem::Fn(method));
            continue;
        };
        match builder_of(&block, method, position, &taken, &mut errors) {
            Ok((start, kept, generated)) => {
                items.extend([start, kept]);
                outside.extend(generated);
            }
            Err(mut method) => {
                strip_arguments(&mut method);
                items.push(ImplItem::Fn(*method));
            }
        }
    }
    block.items = items;
    // The functions that have a builder keep it next to any error of
    // another: fewer follow-up errors where they are used.
    let mut out = block.to_token_stream();
    out.extend(outside);
    finish(errors, out)
}

/// The builder of one `#[builder]` function of `block`: its start
/// function, the function kept under another name, and the items outside
/// the block. `Err` gives the function back (without its `#[builder]`)
/// when it cannot have one; the errors are recorded.
fn builder_of(
    block: &syn::ItemImpl,
    mut method: syn::ImplItemFn,
    position: usize,
    taken: &TokenStream,
    errors: &mut Errors,
) -> Result<(ImplItem, ImplItem, TokenStream), Box<syn::ImplItemFn>> {
    let attr = method.attrs.remove(position);
    let args = match &attr.meta {
        syn::Meta::Path(_) => TokenStream::new(),
        syn::Meta::List(list) => list.tokens.clone(),
        syn::Meta::NameValue(_) => {
            errors.spanned(
                &attr,
                "`builder` takes options in parentheses; write `#[builder]` or \
                 `#[builder(finish_fn = run)]`",
            );
            return Err(Box::new(method));
        }
    };
    let body_fn = fresh(taken, "", &method.sig.ident, "_without_builder");
    let (signature, turbofish, receiver) = match outside_signature(block, &method.sig) {
        Ok(outside) => outside,
        Err(error) => {
            errors.push(error);
            return Err(Box::new(method));
        }
    };
    // This function's errors apart, to know whether it got any.
    let mut local = Errors::new();
    let options = function::options(args, &mut local);
    let names = bon_names(&block.self_ty, &method.sig.ident);
    let function = syn::ItemFn {
        attrs: method.attrs.clone(),
        vis: method.vis.clone(),
        modifiers: syn::FnModifiers::default(),
        sig: signature,
        block: Box::new(method.block.clone()),
    };
    let mut model = function::parse_fn(function, options, names, &mut local);
    if let Target::Function(function) = &mut model.target {
        function.host = Some(Host {
            self_ty: block.self_ty.clone(),
            impl_params: crate::util::ident::param_names(&block.generics),
            body_fn: body_fn.clone(),
            turbofish,
            receiver,
        });
    }
    check::check(&mut model, &mut local);
    if let Err(error) = local.finish() {
        errors.push(error);
        return Err(Box::new(method));
    }
    let start: ImplItem = match syn::parse2(expand::start_in_impl(&model)) {
        Ok(start) => start,
        Err(error) => {
            errors.push(error);
            return Err(Box::new(method));
        }
    };
    let generated = expand::expand(&model);
    Ok((start, ImplItem::Fn(kept(method, body_fn)), generated))
}

/// The function itself, kept for `call()`: private, out of the docs, its
/// argument attributes (`#[builder(..)]`, docs) read already.
fn kept(mut method: syn::ImplItemFn, body_fn: syn::Ident) -> syn::ImplItemFn {
    method.attrs.retain(|attr| !attr.path().is_ident("doc"));
    method.attrs.push(syn::parse_quote!(#[doc(hidden)]));
    // Unused with its builder, it would be reported under this name, which
    // the user never wrote: the builder's start function speaks for it.
    method.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
    method.vis = syn::Visibility::Inherited;
    method.sig.ident = body_fn;
    strip_arguments(&mut method);
    method
}

/// bon's names: `new` is started by `builder()` and finished by `build()`
/// (`TypeBuilder`); another `make` by `make()` and `call()`
/// (`TypeMakeBuilder`).
fn bon_names(self_ty: &Type, ident: &syn::Ident) -> Names {
    let type_name = type_name(self_ty);
    if name(ident) == "new" {
        Names {
            builder: format_ident!("{type_name}Builder"),
            start: format_ident!("builder"),
            finish: format_ident!("build"),
        }
    } else {
        Names {
            builder: format_ident!("{type_name}{}Builder", pascal_case(&name(ident))),
            start: ident.clone(),
            finish: format_ident!("call"),
        }
    }
}

/// The function's signature as the builder's items outside the block see
/// it: `Self` spelled as the block's type, generic over the block's
/// parameters and then the function's, without its receiver. With the
/// function's own type and const parameters, for `call()` to name them,
/// and the receiver, its lifetime named (`&'receiver self`).
fn outside_signature(
    block: &syn::ItemImpl,
    sig: &syn::Signature,
) -> syn::Result<(syn::Signature, Vec<syn::Ident>, Option<Receiver>)> {
    let self_tokens = block.self_ty.to_token_stream();
    let mut sig = sig.clone();
    let receiver = match sig.inputs.first() {
        Some(FnArg::Receiver(_)) => {
            let mut inputs = std::mem::take(&mut sig.inputs).into_iter();
            let first = inputs.next();
            sig.inputs = inputs.collect();
            match first {
                Some(FnArg::Receiver(receiver)) => Some(receiver),
                _ => None,
            }
        }
        _ => None,
    };
    let receiver = receiver.map(|receiver| named_receiver(receiver, &mut sig, &self_tokens));
    let mut signature: syn::Signature = syn::parse2(crate::util::replace_self(
        sig.to_token_stream(),
        &self_tokens,
    ))?;
    // An `impl Trait` argument forbids naming the parameters in a call.
    let apit = signature
        .inputs
        .iter()
        .any(|input| matches!(input, FnArg::Typed(arg) if mentions_impl_trait(&arg.ty)));
    let turbofish = if apit {
        Vec::new()
    } else {
        signature
            .generics
            .params
            .iter()
            .filter_map(|param| match param {
                syn::GenericParam::Type(ty) => Some(ty.ident.clone()),
                syn::GenericParam::Const(konst) => Some(konst.ident.clone()),
                syn::GenericParam::Lifetime(_) => None,
            })
            .collect()
    };
    // Lifetimes first, as Rust wants them.
    let mut generics = block.generics.clone();
    let (lifetimes, others): (Vec<_>, Vec<_>) = block
        .generics
        .params
        .iter()
        .chain(&signature.generics.params)
        .cloned()
        .partition(|param| matches!(param, syn::GenericParam::Lifetime(_)));
    generics.params = lifetimes.into_iter().chain(others).collect();
    if let Some(own) = &signature.generics.where_clause {
        generics
            .make_where_clause()
            .predicates
            .extend(own.predicates.clone());
    }
    signature.generics = generics;
    Ok((signature, turbofish, receiver))
}

/// The receiver with its elided lifetime named (`&self` is
/// `&'receiver self`, declared on `sig`, and the lifetime of the elided
/// ones of the return type, as Rust's elision rule says), and without a
/// binding's `mut`, which only the function's body uses.
fn named_receiver(
    mut receiver: syn::Receiver,
    sig: &mut syn::Signature,
    self_tokens: &TokenStream,
) -> Receiver {
    receiver.mutability = None;
    let ty = match &mut receiver.kind {
        syn::ReceiverKind::Reference(_, lifetime, mutability) => {
            let named = match lifetime {
                Some(named) if named.ident != "_" => named.clone(),
                _ => {
                    let taken = function::lifetime_names(&sig.to_token_stream());
                    let ident = fresh(&taken, "", &format_ident!("receiver"), "");
                    let named = syn::Lifetime::new(&format!("'{ident}"), Span::call_site());
                    sig.generics.params.insert(
                        0,
                        syn::GenericParam::Lifetime(syn::LifetimeParam::new(named.clone())),
                    );
                    named
                }
            };
            *lifetime = Some(named.clone());
            if let syn::ReturnType::Type(_, output) = &mut sig.output {
                function::elide_to(output, &named);
            }
            quote::quote!(&#named #mutability #self_tokens)
        }
        syn::ReceiverKind::Typed(_, ty) => {
            crate::util::replace_self(ty.to_token_stream(), self_tokens)
        }
        _ => self_tokens.clone(),
    };
    Receiver {
        ty: syn::parse2(ty).unwrap_or_else(|_| Type::Verbatim(self_tokens.clone())),
        param: receiver,
    }
}

/// Names the elided lifetimes of the block's type (`impl<T> Sut<&'_ T>`
/// is `impl<'a, T> Sut<&'a T>`): the builders' items, outside the block,
/// spell the type and need them named.
fn name_self_type_lifetimes(block: &mut syn::ItemImpl) {
    fn walk(ty: &mut Type, next: &mut dyn FnMut() -> syn::Lifetime) {
        match ty {
            Type::Reference(reference) => {
                if reference
                    .lifetime
                    .as_ref()
                    .is_none_or(|lifetime| lifetime.ident == "_")
                {
                    reference.lifetime = Some(next());
                }
                walk(&mut reference.elem, next);
            }
            Type::Path(path) => {
                for segment in &mut path.path.segments {
                    if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments {
                        for arg in &mut args.args {
                            match arg {
                                syn::GenericArgument::Lifetime(lifetime)
                                    if lifetime.ident == "_" =>
                                {
                                    *lifetime = next();
                                }
                                syn::GenericArgument::Type(ty) => walk(ty, next),
                                _ => {}
                            }
                        }
                    }
                }
            }
            Type::Tuple(tuple) => tuple.elems.iter_mut().for_each(|elem| walk(elem, next)),
            Type::Slice(slice) => walk(&mut slice.elem, next),
            Type::Array(array) => walk(&mut array.elem, next),
            Type::Paren(paren) => walk(&mut paren.elem, next),
            Type::Group(group) => walk(&mut group.elem, next),
            _ => {}
        }
    }
    let mut taken = function::lifetime_names(&block.to_token_stream());
    let mut added = Vec::new();
    walk(&mut block.self_ty, &mut || {
        let ident = fresh(&taken, "", &format_ident!("a"), "");
        taken.extend(ident.to_token_stream());
        let lifetime = syn::Lifetime::new(&format!("'{ident}"), Span::call_site());
        added.push(lifetime.clone());
        lifetime
    });
    for lifetime in added.into_iter().rev() {
        block.generics.params.insert(
            0,
            syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime)),
        );
    }
}

/// The last segment of the block's type, for the builder's name
/// (`Counter<T>` gives `Counter`).
fn type_name(ty: &Type) -> String {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .map_or_else(|| "Type".to_owned(), |segment| name(&segment.ident)),
        Type::Group(group) => type_name(&group.elem),
        Type::Paren(paren) => type_name(&paren.elem),
        _ => "Type".to_owned(),
    }
}

fn mentions_impl_trait(ty: &Type) -> bool {
    let mut found = false;
    let tokens = ty.to_token_stream();
    for tree in tokens {
        if let proc_macro2::TokenTree::Ident(ident) = &tree
            && ident == "impl"
        {
            found = true;
        }
        if let proc_macro2::TokenTree::Group(group) = &tree
            && group.stream().into_iter().any(
                |tree| matches!(&tree, proc_macro2::TokenTree::Ident(ident) if ident == "impl"),
            )
        {
            found = true;
        }
    }
    found
}

/// The block less its functions' `#[builder]` attributes (and the
/// `#[builder(..)]` attributes and docs of their arguments).
fn strip(mut block: syn::ItemImpl) -> syn::ItemImpl {
    for item in &mut block.items {
        if let ImplItem::Fn(method) = item {
            let had = method.attrs.len();
            method.attrs.retain(|attr| !attr.path().is_ident("builder"));
            if method.attrs.len() != had {
                strip_arguments(method);
            }
        }
    }
    block
}

/// The function less the `#[builder(..)]` attributes and docs of its
/// arguments, which only its builder reads.
fn strip_arguments(method: &mut syn::ImplItemFn) {
    for input in &mut method.sig.inputs {
        if let FnArg::Typed(arg) = input {
            arg.attrs
                .retain(|attr| !attr.path().is_ident("builder") && !attr.path().is_ident("doc"));
        }
    }
}

/// The errors, then `item`.
fn finish(errors: Errors, item: TokenStream) -> TokenStream {
    let mut out = errors
        .finish()
        .err()
        .map(syn::Error::into_compile_error)
        .unwrap_or_default();
    out.extend(item);
    out
}
