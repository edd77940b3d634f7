//! Checking: what the parsed model must satisfy before anything is generated.
//!
//! Two kinds of results: errors of the item itself (recorded in `Errors`,
//! the item is then emitted unchanged), and obstacles to delegation, which
//! only matter if an enum later closes the hierarchy with `derive(Sealed)`,
//! so they become `compile_error!`s inside the delegation macro instead.

use super::attr::{ClosedEnum, SealArgs};
use crate::util::Errors;
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::spanned::Spanned;

/// How `derive(Sealed)` implements one item of a sealed trait for an enum.
pub(crate) enum Delegation<'a> {
    /// A method with a `self`, `&self` or `&mut self` receiver, forwarded
    /// to the variant's value.
    Method(&'a syn::TraitItemFn),
    /// An associated const, or a method the enum cannot forward, with a
    /// default: the enum keeps the default.
    Skip,
    /// Something an enum cannot forward, with where and why.
    Obstacle(Span, String),
}

/// `#[vouch::sealed]` on a trait. `false` when the trait cannot be sealed
/// at all; other mistakes are recorded and the trait is sealed anyway.
pub(crate) fn check_trait(item: &syn::ItemTrait, errors: &mut Errors) -> bool {
    for trait_item in &item.items {
        if let syn::TraitItem::Fn(method) = trait_item {
            refuse_seal_attrs(&method.attrs, errors);
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

/// `#[vouch::sealed]` on an impl: the trait path must be one the seal path
/// can be derived from, and the trait-only arguments are refused.
pub(crate) fn check_impl(item: &syn::ItemImpl, args: &SealArgs, errors: &mut Errors) {
    for impl_item in &item.items {
        if let syn::ImplItem::Fn(method) = impl_item {
            refuse_seal_attrs(&method.attrs, errors);
        }
    }
    if let Some(vis) = &args.vis {
        errors.spanned(
            vis,
            "a visibility applies to the seal module of a trait, not to an impl; \
             move it to the trait's `#[vouch::sealed(..)]`",
        );
    }
    if let Some((path, _)) = &item.trait_
        && let Some(last) = path.segments.last()
        && let syn::PathArguments::Parenthesized(arguments) = &last.arguments
    {
        errors.spanned(
            arguments,
            "a sealed trait takes its arguments in angle brackets; write `Trait<A, B>`",
        );
    }
}

/// `true` when the seal path can be derived from the impl's trait path.
pub(crate) fn impl_is_sealable(item: &syn::ItemImpl) -> bool {
    item.trait_.as_ref().is_some_and(|(path, _)| {
        path.segments
            .last()
            .is_some_and(|last| !matches!(last.arguments, syn::PathArguments::Parenthesized(_)))
    })
}

/// `derive(Sealed)`: each implementor appears in one variant only, so that
/// `From` and `TryFrom` are unambiguous.
pub(crate) fn check_closed(model: &ClosedEnum, errors: &mut Errors) {
    let mut seen: Vec<String> = Vec::new();
    for (variant, ty) in &model.variants {
        let key = ty.to_token_stream().to_string();
        if seen.contains(&key) {
            errors.spanned(
                ty,
                format_args!(
                    "`{key}` already wraps another variant; each implementor appears once \
                     in a closed hierarchy, remove variant `{variant}` or wrap another type"
                ),
            );
        } else {
            seen.push(key);
        }
    }
}

/// How each item of `item` is delegated by `derive(Sealed)`.
pub(crate) fn delegation(item: &syn::ItemTrait) -> Vec<Delegation<'_>> {
    let name = &item.ident;
    let mut plan = Vec::new();
    if !item.generics.params.is_empty() {
        plan.push(Delegation::Obstacle(
            item.generics.span(),
            format!(
                "`derive(Sealed)` cannot delegate the generic trait `{name}`; \
                 implement it for the enum by hand"
            ),
        ));
    }
    for trait_item in &item.items {
        plan.push(match trait_item {
            // A method the enum cannot forward keeps its default body.
            syn::TraitItem::Fn(method) => match method_delegation(name, method) {
                Delegation::Obstacle(..) if method.default.is_some() => Delegation::Skip,
                delegation => delegation,
            },
            syn::TraitItem::Const(konst) if konst.default.is_some() => Delegation::Skip,
            syn::TraitItem::Const(konst) => Delegation::Obstacle(
                konst.ident.span(),
                format!(
                    "`derive(Sealed)` cannot delegate the associated const `{}` of `{name}`: \
                     each variant may give it another value; give it a default or implement \
                     `{name}` by hand",
                    konst.ident
                ),
            ),
            syn::TraitItem::Type(ty) => Delegation::Obstacle(
                ty.ident.span(),
                format!(
                    "`derive(Sealed)` cannot delegate the associated type `{}` of `{name}`: \
                     each variant may choose another type; implement `{name}` by hand",
                    ty.ident
                ),
            ),
            other => Delegation::Obstacle(
                other.span(),
                format!(
                    "`derive(Sealed)` cannot delegate this item of `{name}`; \
                     implement `{name}` by hand"
                ),
            ),
        });
    }
    plan
}

fn method_delegation<'a>(name: &syn::Ident, method: &'a syn::TraitItemFn) -> Delegation<'a> {
    let sig = &method.sig;
    let obstacle = |span: Span, why: &str| {
        Delegation::Obstacle(
            span,
            format!(
                "`derive(Sealed)` cannot delegate `{}` of `{name}`: {why}",
                sig.ident
            ),
        )
    };
    if let syn::Safety::Unsafe(token) = sig.safety {
        return obstacle(
            token.span,
            "it is an `unsafe fn`; implement the trait for the enum by hand",
        );
    }
    let Some(receiver) = sig.receiver() else {
        return obstacle(
            sig.ident.span(),
            "it has no `self` receiver, so there is no variant to forward to; \
             give it a default body or implement the trait by hand",
        );
    };
    if let syn::ReceiverKind::Typed(_, ty) = &receiver.kind {
        return obstacle(
            ty.span(),
            "only `self`, `&self` and `&mut self` receivers can be forwarded",
        );
    }
    for input in sig.inputs.iter().skip(1) {
        if let syn::FnArg::Typed(arg) = input
            && mentions_self(&arg.ty.to_token_stream())
        {
            return obstacle(
                arg.ty.span(),
                "an argument mentions `Self`, which is another type in each variant",
            );
        }
    }
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        if mentions_self(&ty.to_token_stream()) {
            return obstacle(
                ty.span(),
                "its return type mentions `Self`, which is another type in each variant",
            );
        }
        if matches!(**ty, syn::Type::ImplTrait(_)) {
            return obstacle(
                ty.span(),
                "it returns `impl Trait`, which is another type in each variant",
            );
        }
    }
    if sig.variadic.is_some() {
        return obstacle(sig.span(), "it is variadic");
    }
    Delegation::Method(method)
}

/// `true` when `tokens` contain the `Self` type anywhere.
fn mentions_self(tokens: &TokenStream) -> bool {
    crate::util::ident::mentions(tokens, &["Self".to_owned()])
}

/// `true` when the item under `derive(Sealed)` has generic parameters whose
/// bounds the delegated impls must repeat.
pub(crate) fn is_generic(model: &ClosedEnum) -> bool {
    !model.input.generics.params.is_empty()
}
