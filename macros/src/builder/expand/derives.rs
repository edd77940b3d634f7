//! The builder's derives: `Clone` and `Debug` (`derive(Clone, Debug)`),
//! and the per-member bound checks they share.

use super::{Cx, member_bound, slot_storage};
use crate::builder::model::MemberKind;
use crate::util::ident::name;
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

impl Cx<'_> {
    /// For `derive(Clone)` / `derive(Debug)`, a where-clause per member
    /// type that names no parameter (see [`member_bound`]), each on a
    /// function of its own: rustc checks an item's where-clause once per
    /// distinct bound, so two members of one type that lacks the trait
    /// would otherwise get one error between them. The impls' own bound on
    /// a carried member is spanned as its check here, so rustc prints
    /// their one error once.
    pub(super) fn member_checks(&self) -> TokenStream {
        let model = self.model;
        let core = &self.core;
        let mut traits = Vec::new();
        if model.derive_clone {
            traits.push(quote!(#core::clone::Clone));
        }
        if model.derive_debug {
            traits.push(quote!(#core::fmt::Debug));
        }
        if traits.is_empty() {
            return TokenStream::new();
        }
        let generics = crate::util::ident::param_names(&model.generics);
        let carried = self.carried().into_iter().enumerate();
        let carried: Vec<TokenStream> = traits
            .iter()
            .flat_map(|bound| {
                carried
                    .clone()
                    .filter_map(|(i, (_, ty))| self.carried_bound(i, &ty, bound, &generics))
            })
            .collect();
        let stored = model
            .members
            .iter()
            .filter(|member| member.slot.is_some() && !matches!(member.kind, MemberKind::Start))
            .map(|member| {
                let ty = member.maybe_of().unwrap_or(&member.ty);
                quote!(#ty)
            });
        let stored: Vec<TokenStream> = stored.collect();
        let stored = traits.iter().flat_map(|bound| {
            stored
                .iter()
                .filter_map(|ty| member_bound(ty, bound, &generics))
        });
        let checks = carried
            .into_iter()
            .chain(stored)
            .enumerate()
            .map(|(i, pred)| {
                let check = format_ident!("check{}", i);
                quote!(fn #check() where #pred {})
            })
            .collect::<TokenStream>();
        if checks.is_empty() {
            return checks;
        }
        crate::util::const_scope(&checks)
    }

    /// `bound` on the `i`th carried type (see [`Cx::carried`]) as
    /// [`member_bound`] spans it; a method's receiver at the impl's type,
    /// since the `Self` it stands for has no token of its own.
    fn carried_bound(
        &self,
        i: usize,
        ty: &TokenStream,
        bound: &TokenStream,
        generics: &[String],
    ) -> Option<TokenStream> {
        let self_ty = self
            .model
            .target
            .function()
            .and_then(|function| function.self_ty.as_deref())
            .filter(|_| i == 0 && self.receiver().is_some());
        match self_ty {
            Some(self_ty) => {
                let span = syn::spanned::Spanned::span(self_ty);
                member_bound(&crate::util::respan(ty.clone(), span), bound, generics)
            }
            None => member_bound(ty, bound, generics),
        }
    }

    pub(super) fn clone_impl(&self) -> TokenStream {
        let model = self.model;
        if !model.derive_clone {
            return TokenStream::new();
        }
        let (rt, core) = (&self.rt, &self.core);
        let generics = crate::util::ident::param_names(&model.generics);
        let builder = &model.builder;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let mut preds = self.preds.clone();
        // Per slot, `CloneSlot`: only a set member's type must be `Clone`.
        let values = self.stored.iter().enumerate().map(|(i, storage)| {
            let stored = &storage.value;
            let (slot, index) = (self.slot_ty(i), syn::Index::from(i));
            preds.push(quote!(#slot: #rt::CloneSlot<#stored>));
            quote!(<#slot as #rt::CloneSlot<#stored>>::clone_slot(&self.__vouch_state.#index))
        });
        let values: Vec<TokenStream> = values.collect();
        let clone = quote!(#core::clone::Clone);
        preds.extend(
            model
                .options
                .clone_bounds
                .iter()
                .map(|bound| quote!(#bound)),
        );
        let receiver = self
            .carried()
            .into_iter()
            .enumerate()
            .map(|(i, (name, ty))| {
                preds.push(
                    self.carried_bound(i, &ty, &clone, &generics)
                        .unwrap_or_else(|| quote!(#ty: #clone)),
                );
                quote!(#name: #core::clone::Clone::clone(&self.#name),)
            })
            .collect::<TokenStream>();
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #core::clone::Clone for #self_ty where #(#preds,)* {
                #[inline]
                fn clone(&self) -> Self {
                    #builder {
                        __vouch_state: (#(#values,)*),
                        #receiver
                        __vouch_type: #core::marker::PhantomData,
                    }
                }
            }
        }
    }

    /// `Debug` as bon prints it: the set members by their setter's name (an
    /// `Option` or defaulted member by the value it was set to), unset ones
    /// left out; a method's receiver as `self_receiver`, `start_fn` members
    /// by name.
    pub(super) fn debug_impl(&self) -> TokenStream {
        let model = self.model;
        if !model.derive_debug {
            return TokenStream::new();
        }
        let (rt, core) = (&self.rt, &self.core);
        let out = Ident::new("out", Span::mixed_site());
        let mut fields = Vec::new();
        let mut preds = self.preds.clone();
        preds.extend(
            model
                .options
                .debug_bounds
                .iter()
                .map(|bound| quote!(#bound)),
        );
        let debug = quote!(#core::fmt::Debug);
        let generics = crate::util::ident::param_names(&model.generics);
        for (i, (name, ty)) in self.carried().into_iter().enumerate() {
            let label = crate::util::ident::name(&name);
            preds.push(
                self.carried_bound(i, &ty, &debug, &generics)
                    .unwrap_or_else(|| quote!(#ty: #debug)),
            );
            fields.push(quote! {
                #core::fmt::DebugStruct::field(&mut #out, #label, &self.#name);
            });
        }
        for member in &model.members {
            if matches!(member.kind, MemberKind::Start) {
                continue;
            }
            let (Some(slot), Some(setter)) = (member.slot, &member.setter) else {
                continue;
            };
            let param = self.slot_ty(slot);
            let shown = if let MemberKind::Optional {
                inner,
                default: Some(_),
            } = &member.kind
            {
                quote!(#rt::DebugOptionSlot<#inner>)
            } else {
                let value = slot_storage(member, rt, core).value;
                quote!(#rt::DebugSlot<#value>)
            };
            preds.push(quote!(#param: #shown));
            let (index, name) = (syn::Index::from(slot), name(setter));
            fields.push(quote! {
                <#param as #shown>::debug_slot(&self.__vouch_state.#index, #name, &mut #out);
            });
        }
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let name = crate::util::ident::name(&model.builder);
        let formatter = Ident::new("f", Span::mixed_site());
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #core::fmt::Debug for #self_ty where #(#preds,)* {
                fn fmt(&self, #formatter: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                    let mut #out = #core::fmt::Formatter::debug_struct(#formatter, #name);
                    #(#fields)*
                    #core::fmt::DebugStruct::finish(&mut #out)
                }
            }
        }
    }
}
