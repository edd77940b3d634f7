//! The delegation `derive(Sealed)` needs: a derive cannot see the trait's
//! definition, so `#[vouch::sealed]` on the trait plans how each item is
//! forwarded to an enum's variants and leaves a `macro_rules!` with that
//! plan in the key module; the derive calls it.
//!
//! Obstacles (an associated type, a method without receiver) only matter if
//! an enum later closes the hierarchy, so they become `compile_error!`s
//! inside the macro instead of errors on the trait.

use crate::util::{CratePath, lint_allows, respan};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
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

/// The `macro_rules!` that `derive(Sealed)` calls to implement the trait
/// for an enum: a derive cannot see the trait's definition, so the trait
/// leaves its method list here. Invoked as
/// `__vouch_delegate!([Trait] [seal impl] [impl generics] [Enum<..>] [where ..] [V(T), ..])`.
/// It emits the seal impl the derive wrote (see `names::SealImpl`) only
/// when it emits the trait's impl: when the trait is not sealed, the one
/// error is then that the macro is missing, and when an item cannot be
/// delegated, its `compile_error!` is the one error. The seal impl keeps
/// the derive's spans, so rustc's notes name the derive, not this macro.
///
/// Its names resolve where the enum is, as `macro_rules!` names do: the
/// types of the methods' signatures must be nameable there.
pub(crate) fn delegation_macro(krate: &CratePath, plan: &[Delegation<'_>]) -> TokenStream {
    let core = krate.core();
    let obstacles: Vec<TokenStream> = plan
        .iter()
        .filter_map(|step| match step {
            // Every token at the obstacle, `core` path included: rustc
            // reports a `compile_error!` at the span of its whole call.
            Delegation::Obstacle(span, message) => {
                Some(respan(quote!(#core::compile_error! { #message }), *span))
            }
            _ => None,
        })
        .collect();
    let body = if obstacles.is_empty() {
        let methods = plan.iter().filter_map(|step| match step {
            Delegation::Method(method) => Some(delegated_method(method)),
            _ => None,
        });
        let allows = lint_allows();
        // `deprecated`: a deprecated trait, method or variant is the user's
        // choice; the delegating impl that names them is not their code.
        quote! {
            $($seal)*

            #[automatically_derived]
            #allows
            #[allow(deprecated)]
            impl<$($generics)*> $sealed_trait for $($ty)* where $($bounds)* {
                #(#methods)*
            }
        }
    } else {
        quote!(#(#obstacles)*)
    };
    quote! {
        macro_rules! __vouch_delegate {
            (
                [$sealed_trait:path] [$($seal:tt)*]
                [$($generics:tt)*] [$($ty:tt)*] [$($bounds:tt)*]
                [$($variant:ident($variant_ty:ty)),*]
            ) => {
                #body
            };
        }
    }
}

/// One method of the trait, forwarded to the value of whichever variant
/// `self` holds.
fn delegated_method(method: &syn::TraitItemFn) -> TokenStream {
    let mut sig = method.sig.clone();
    let mut call_args = Vec::new();
    for (index, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            // `mut self` needs no `mut` here: the value is only moved.
            syn::FnArg::Receiver(receiver) => receiver.mutability = None,
            syn::FnArg::Typed(arg) => {
                let ident = format_ident!("__vouch_arg{}", index, span = Span::mixed_site());
                arg.attrs.clear();
                *arg.pat = syn::parse_quote!(#ident);
                call_args.push(ident);
            }
        }
    }
    let cfgs = method
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"));
    let name = &sig.ident;
    let awaited = sig.asyncness.map(|_| quote!(.await));
    let inner = format_ident!("__vouch_inner", span = Span::mixed_site());
    quote! {
        #(#cfgs)*
        #[inline]
        #sig {
            match self {
                $(
                    Self::$variant(#inner) =>
                        <$variant_ty as $sealed_trait>::#name(#inner #(, #call_args)*) #awaited,
                )*
            }
        }
    }
}
