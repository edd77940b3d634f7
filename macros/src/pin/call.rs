//! The call of the runtime's `project!` (`vouch::__private::pin::project`),
//! which emits every `unsafe` piece of the projection together with the
//! guards that justify it: the `Drop` guard or `PinnedDrop` glue, the
//! `repr(packed)` and field-type guard, and the `Unpin` impl.
//!
//! This file only describes the item in the plain tokens `project!` reads.
//! The description is not trusted: `project!` is sound for any tokens (see
//! its documentation), so a later attribute that rewrites this call, or a
//! `crate = ...` path that points at another macro, cannot forge a proof.
//!
//! // SAFETY (of the call): nothing here is `unsafe`. `project!` is reached
//! // through the crate path, which safe code can redirect; a redirected
//! // path must then supply its own `project!`, and to emit an `unsafe`
//! // projection that macro must contain `unsafe` in its author's source.

use super::attr::{Body, Data, Field, cfgs};
use super::expand::{Cx, binding, flatten, member, phantom_member};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::GenericParam;

/// `<crate>::__private::pin::project! { ... }` for the item.
pub(crate) fn project(cx: &Cx<'_>, methods: &[Option<TokenStream>; 3]) -> TokenStream {
    let private = &cx.private;
    let pin = &cx.pin;
    let ident = &cx.input.ident;
    let generics = cx.generics(false);
    // The parameters go bare (`'a`, `T`, `const N: usize`) and their bounds
    // into the `where` clause: `project!` reads the parameters' names from
    // them, to name its `Unpin` witness exactly as it declares it.
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
    let unpin = unpin(cx);
    let drop = if cx.args.pinned_drop.is_some() {
        quote!(PinnedDrop)
    } else {
        let guard = cx.fresh_name("", "MustNotImplDropUsePinnedDropInstead");
        quote!(NoDrop #guard)
    };
    let data = data(cx);
    // A method the item does not get is still described, with a `cfg`
    // that removes it (`any()`), since `project!` writes all three.
    let [project, project_ref, project_replace] = methods
        .clone()
        .map(|method| method.map_or_else(|| quote!(any #ident []), |method| quote!(all #method)));
    quote! {
        #private::pin::project! {
            lifetime: #pin,
            type: #ident [#args],
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

/// `Auto Witness [uses]`, `UnsafeUnpin` or `NotUnpin`. The witness is
/// named for rustc's message when a pinned field is not `Unpin`.
fn unpin(cx: &Cx<'_>) -> TokenStream {
    if cx.args.unsafe_unpin.is_some() {
        return quote!(UnsafeUnpin);
    }
    if cx.args.not_unpin.is_some() {
        return quote!(NotUnpin);
    }
    let core = &cx.core;
    let witness = cx.fresh_name("__", "PinnedFieldsMustBeUnpin");
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
    quote!(Auto #witness [#(#uses)*])
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
