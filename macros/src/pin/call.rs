//! The call of the runtime's `pin_projection!` (`vouch::pin_projection`,
//! hidden from the docs), which emits every `unsafe` piece of the
//! projection together with the guards that justify it: the `Drop` guard
//! or `PinnedDrop` glue, the `repr(packed)` and field-type guard, and the
//! `Unpin` impl.
//!
//! This file only describes the item in the plain tokens `pin_projection!`
//! reads. The description is not trusted: `pin_projection!` is sound for
//! any tokens (see its documentation), so a later attribute that rewrites
//! this call, or a `crate = ...` path that points at another macro, cannot
//! forge a proof.
//!
//! // SAFETY (of the call): nothing here is `unsafe`. `pin_projection!` is
//! // reached through the crate path (`<crate>::pin_projection!`, a path
//! // with no `__` name, so that rustc's "this error originates in the
//! // macro .." notes read one the user can place), which safe code can
//! // redirect (`crate = ..`, `extern crate self as vouch`), as it can any
//! // path under the crate's: a redirected path must then supply its own
//! // `pin_projection!`, and to emit an `unsafe` projection that macro
//! // must contain `unsafe` in its author's source. The real macro names
//! // every check it emits through `$crate`, never through the caller's
//! // path, so no path swaps a check.

use super::attr::{Body, Data, Field, cfgs};
use super::expand::{Cx, binding, member, phantom_member};
use crate::util::flatten;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::GenericParam;

/// `<crate>::pin_projection! { ... }` for the item.
pub(crate) fn project(cx: &Cx<'_>, methods: &[Option<TokenStream>; 3]) -> TokenStream {
    let krate = cx.args.krate();
    let pin = &cx.pin;
    let ident = &cx.input.ident;
    let generics = cx.generics(false);
    // The parameters go bare (`'a`, `T`, `const N: usize`) and their bounds
    // into the `where` clause: `pin_projection!` reads the parameters'
    // names from them, to name its `Unpin` witness exactly as it declares
    // it.
    let mut bounds = Vec::new();
    let bare = generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(param) => {
            let lifetime = &param.lifetime;
            if !param.bounds.is_empty() {
                let outlives = &param.bounds;
                bounds.push(quote!(#lifetime: #outlives));
            }
            lifetime.to_token_stream()
        }
        GenericParam::Type(param) => {
            let ident = &param.ident;
            if !param.bounds.is_empty() {
                let traits = &param.bounds;
                bounds.push(quote!(#ident: #traits));
            }
            ident.to_token_stream()
        }
        GenericParam::Const(param) => {
            let (ident, ty) = (&param.ident, &param.ty);
            quote!(const #ident: #ty)
        }
    });
    let params = flatten(quote!(#(#bare),*));
    let args = args(cx);
    let predicates = bounds
        .into_iter()
        .chain(cx.where_predicates())
        .map(flatten)
        .map(|predicate| quote!(#predicate,));
    // The type's name, with the attribute's context: rustc's notes about
    // the generated impls (their self type) then stay at the user's tokens.
    let mut name = ident.clone();
    name.set_span(at_site(ident.span()));
    let unpin = unpin(cx);
    let drop = if let Some(at) = cx.args.pinned_drop {
        // A `Drop` impl conflicts with the glue's, reported at the argument;
        // so is a missing `PinnedDrop` impl, through the name the glue
        // calls the trait by. Its span differs from the keyword's in
        // context: rustc, which maps each span handed to `pin_projection!`
        // to where `pin_projection!` wrote it, must not mistake one for the
        // other.
        let keyword = Ident::new("impl", at_site(at));
        let name = Ident::new("PinnedDrop", Span::mixed_site().located_at(at));
        // The name the glue's `unsafe impl` gives `PinnedDropArgument`,
        // in a scope with the item's tokens: one none of them is spelled
        // like, so that a type of the user's of that name keeps its meaning.
        let argument = cx.fresh_alias("PinnedDropArgument");
        quote!(PinnedDrop [#keyword #name #argument])
    } else {
        // A `Drop` impl conflicts with this trait's impls, named so that
        // rustc's message says what to do.
        let guard = cx.fresh_name("", "MustNotImplDropUsePinnedDropInstead");
        let keyword = impl_at(Span::call_site());
        quote!(NoDrop #guard #keyword)
    };
    let data = data(cx);
    // A method the item does not get is still described, with a `cfg`
    // that removes it (`any()`), since `pin_projection!` writes all three.
    let [project, project_ref, project_replace] = methods.clone().map(|method| {
        method.map_or_else(|| quote!(any [] #ident []), |method| quote!(all #method))
    });
    quote! {
        #krate::pin_projection! {
            lifetime: #pin,
            type: #name [#args],
            generics: [#params],
            where: [#(#predicates)*],
            unpin: #unpin,
            drop: #drop,
            data: #data,
            project: #project,
            project_ref: #project_ref,
            project_replace: #project_replace,
        }
    }
}

/// The generic arguments naming the item's own parameters: `'a, T, N`.
fn args(cx: &Cx<'_>) -> TokenStream {
    let args = cx.input.generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(param) => param.lifetime.to_token_stream(),
        GenericParam::Type(param) => param.ident.to_token_stream(),
        GenericParam::Const(param) => param.ident.to_token_stream(),
    });
    quote!(#(#args),*)
}

/// A span at `at` that resolves like the attribute's own tokens: rustc
/// reports an error about a generated item at its first token, which it
/// keeps only when that token's context is the attribute's (a span with the
/// context of the user's source would give way to the generated tokens
/// after it).
fn at_site(at: Span) -> Span {
    Span::call_site().located_at(at)
}

/// The `[impl]` of a section of the call: the keyword that begins the
/// section's impls, at the token rustc's errors about them should point at.
fn impl_at(at: Span) -> TokenStream {
    let keyword = Ident::new("impl", at_site(at));
    quote!([#keyword])
}

/// `[impl Bound]` for the `Unpin` impl: the `impl` as in [`impl_at`], and
/// the name `pin_projection!` gives the trait of the impl's bounds
/// (`Unpin`, or `UnsafeUnpin`), at the same token: rustc's notes about an
/// unsatisfied bound point at the bound, and so at the attribute.
fn unpin_impl_at(cx: &Cx<'_>, at: Span, bound: &str) -> TokenStream {
    let keyword = Ident::new("impl", at_site(at));
    let mut bound = cx.fresh_alias(bound);
    bound.set_span(at_site(at));
    quote!([#keyword #bound])
}

/// `Auto Witness [uses] [impl Unpin]`, `UnsafeUnpin [impl UnsafeUnpin]` or
/// `NotUnpin [impl Unpin]`, at the argument that decides (the attribute for
/// `Auto`). The witness, which holds the pinned fields under `cfg`, is
/// named for rustc's message when one of them is not `Unpin` ("within
/// `PinnedFieldsOfStruct`, ... not implemented for `PhantomPinned`").
fn unpin(cx: &Cx<'_>) -> TokenStream {
    if let Some(at) = cx.args.unsafe_unpin {
        let keyword = unpin_impl_at(cx, at, "UnsafeUnpin");
        return quote!(UnsafeUnpin #keyword);
    }
    if let Some(not_unpin) = &cx.args.not_unpin {
        let at = not_unpin
            .bang
            .span
            .join(not_unpin.unpin.span())
            .unwrap_or_else(|| not_unpin.unpin.span());
        let keyword = unpin_impl_at(cx, at, "Unpin");
        return quote!(NotUnpin #keyword);
    }
    let core = &cx.core;
    let witness = cx.fresh_name("PinnedFieldsOf", "");
    // Every parameter, so the witness uses them all; inside an
    // always-`Unpin` wrapper, so they do not count.
    let uses = cx
        .input
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Lifetime(param) => {
                let lifetime = &param.lifetime;
                Some(quote!(&#lifetime (),))
            }
            GenericParam::Type(param) => {
                let ident = &param.ident;
                Some(quote!(#core::marker::PhantomData<#ident>,))
            }
            // An unused const parameter is allowed.
            GenericParam::Const(_) => None,
        });
    let keyword = unpin_impl_at(cx, Span::call_site(), "Unpin");
    quote!(Auto #witness [#(#uses)*] #keyword)
}

/// `{ #[cfg(..)] [Variant] { #[cfg(..)] field name: binding [Type], .. }, .. }`:
/// the fields of the struct (one entry with `[]`) or of each variant. A
/// field of a variant carries the variant's `cfg`s too, so that a pinned
/// type of a variant that is `cfg`'d out is not named anywhere.
fn data(cx: &Cx<'_>) -> TokenStream {
    let entries: Vec<TokenStream> = match &cx.input.data {
        Data::Struct { body } => vec![entry(cx, &[], None, body)],
        Data::Enum { variants, .. } => variants
            .iter()
            .map(|variant| {
                let cfgs: Vec<TokenStream> =
                    cfgs(&variant.attrs).into_iter().map(flatten).collect();
                entry(cx, &cfgs, Some(&variant.ident), &variant.body)
            })
            .collect(),
    };
    quote!({ #(#entries,)* })
}

fn entry(
    cx: &Cx<'_>,
    variant_cfgs: &[TokenStream],
    variant: Option<&syn::Ident>,
    body: &Body,
) -> TokenStream {
    let fields = body
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| field_entry(cx, variant_cfgs, index, field));
    // The hidden field of a struct whose fields are all `cfg`'d out.
    let phantom = variant
        .is_none()
        .then(|| phantom_member(body))
        .flatten()
        .map(|(cfg, member)| {
            let member = member.map_or_else(|| quote!(0), |field| quote!(#field));
            quote!(+ #cfg field #member)
        });
    quote! {
        #(#variant_cfgs)* [#variant] { #(#fields,)* } #phantom
    }
}

fn field_entry(
    cx: &Cx<'_>,
    variant_cfgs: &[TokenStream],
    index: usize,
    field: &Field,
) -> TokenStream {
    let cfgs = variant_cfgs
        .iter()
        .cloned()
        .chain(field.cfg_attrs().into_iter().map(flatten));
    let member = member(field, index);
    let binding = binding(index, field);
    let ty = field.pin.map(|_| {
        let ty = flatten(cx.replace_self(field.ty.to_token_stream()));
        quote!([#ty])
    });
    quote!(#(#cfgs)* field #member: #binding #ty)
}
