//! The getters of members with `#[builder(getter)]`.

use super::{Cx, member_bound, unset_is_none};
use crate::builder::model::{GetterMode, Member};
use crate::util::ident::name;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

impl Cx<'_> {
    /// The getter of a member with `#[builder(getter)]`: reads its slot once
    /// it is set (`Option<..>` for a member that may stay unset).
    pub(super) fn getter(&self, member: &Member, slot: usize, setter: &Ident) -> TokenStream {
        let Some(getter) = member.options.getter.as_ref().map(|getter| &getter.value) else {
            return TokenStream::new();
        };
        let (rt, core) = (&self.rt, &self.core);
        let name = getter
            .name
            .clone()
            .unwrap_or_else(|| format_ident!("get_{}", name(setter), span = setter.span()));
        let vis = getter
            .vis
            .as_ref()
            .or(member.options.setter_vis.as_ref())
            .unwrap_or(&self.model.builder_vis);
        let docs = getter.docs.as_ref().map_or_else(
            || {
                let doc = format!(" Reads `{}`, once it is set.", member.name());
                quote!(#[doc = #doc])
            },
            |docs| quote!(#(#docs)*),
        );
        let stored = stored_ty(member, core);
        let konst = &self.konst;
        let index = syn::Index::from(slot);
        let (field, names, owner) = (&member.ident, &self.names, self.owner());
        let bound = quote!(#rt::Get<#names::#field, #owner>);
        let param = self.slot_ty(slot);
        let value = Ident::new("value", Span::mixed_site());
        let deref = quote!(#core::ops::Deref);
        // A slot that stores its member's own `Option` is read as it is;
        // another one holds a value once its state is `Set`, as the bound
        // requires (the runtime's `get` panics otherwise, see `take`).
        let read = if unset_is_none(member) {
            quote!(&self.__vouch_state.#index)
        } else {
            quote!(#rt::get(&self.__vouch_state.#index))
        };
        // What the mode needs of a member type that names no parameter, so
        // a type without it is reported at the member's type (or, for an
        // inferred `deref` target, at `deref`), and once, since the body
        // then type-checks under it.
        let inner = member.maybe_of().unwrap_or(&member.ty);
        let generics = crate::util::ident::param_names(&self.model.generics);
        let needs = match (&getter.mode, getter.mode_key) {
            (GetterMode::Copy, _) => {
                member_bound(&quote!(#inner), &quote!(#core::marker::Copy), &generics)
            }
            (GetterMode::Clone, _) => {
                member_bound(&quote!(#inner), &quote!(#core::clone::Clone), &generics)
            }
            (GetterMode::Deref(None), Some(key)) => {
                member_bound(&crate::util::respan(quote!(#inner), key), &deref, &generics)
            }
            _ => None,
        };
        // An explicit `deref(T)` that the member's type does not deref to:
        // the mismatch is reported at `T`.
        let value = match &getter.mode {
            GetterMode::Deref(Some(target)) => Ident::new(
                "value",
                Span::mixed_site().located_at(syn::spanned::Spanned::span(target)),
            ),
            _ => value,
        };
        let (ret, body) = match (member.maybe_of(), &getter.mode) {
            (_, GetterMode::Copy) => (quote!(#stored), quote!(*#value)),
            (_, GetterMode::Clone) => (quote!(#stored), quote!(#core::clone::Clone::clone(#value))),
            (None, GetterMode::Ref) => (quote!(&#stored), quote!(#value)),
            (None, GetterMode::Deref(None)) => (
                quote!(&<#stored as #deref>::Target),
                quote!(#deref::deref(#value)),
            ),
            (None, GetterMode::Deref(Some(target))) => (quote!(&#target), quote!(#value)),
            (Some(inner), GetterMode::Ref) => (
                quote!(#core::option::Option<&#inner>),
                quote!(#core::option::Option::as_ref(#value)),
            ),
            (Some(inner), GetterMode::Deref(target)) => {
                let target = target.as_deref().map_or_else(
                    || quote!(<#inner as #deref>::Target),
                    |target| quote!(#target),
                );
                (
                    quote!(#core::option::Option<&#target>),
                    quote! {
                        match #value {
                            #core::option::Option::Some(#value) => #core::option::Option::Some(#value),
                            #core::option::Option::None => #core::option::Option::None,
                        }
                    },
                )
            }
        };
        // A getter only reads: a call whose value is dropped is a mistake.
        quote! {
            #docs
            #[inline(always)]
            #[must_use = "a getter does nothing but return the value; use it or remove the call"]
            #vis #konst fn #name(&self) -> #ret where #param: #bound, #needs {
                let #value: &#stored = #read;
                #body
            }
        }
    }
}

/// What a slot stores: the field type, or `Option<T>` for optional fields
/// (spelled absolutely, so a user's `Option` cannot capture it).
fn stored_ty(member: &Member, core: &TokenStream) -> TokenStream {
    if let Some(inner) = member.maybe_of() {
        quote!(#core::option::Option<#inner>)
    } else {
        let ty = &member.ty;
        quote!(#ty)
    }
}
