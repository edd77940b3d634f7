//! The setters: one method per settable member, its `maybe_` twin for an
//! `Option`, and the setters of a `with = ..` member (in a `const fn`,
//! with the closure's body written in).

use super::{Cx, unset_is_none};
use crate::builder::model::{Member, With};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

impl Cx<'_> {
    pub(super) fn setters(&self) -> TokenStream {
        let model = self.model;
        let methods = model
            .members
            .iter()
            .filter_map(|member| Some((member, member.slot?, member.setter.as_ref()?)))
            .map(|(member, slot, setter)| {
                let setter_methods = self.setter(member, slot, setter);
                let getter = self.getter(member, slot, setter);
                quote!(#setter_methods #getter)
            });
        self.impl_in_any_state(methods)
    }

    /// The setter of one field, and its `maybe_` twin for an `Option`.
    fn setter(&self, member: &Member, slot: usize, setter: &Ident) -> TokenStream {
        let core = &self.core;
        let value = Ident::new("value", Span::mixed_site());
        let name = member.name();
        let docs = match (&member.options.setter_docs, member.docs.is_empty()) {
            (Some(docs), _) => quote!(#(#docs)*),
            (None, true) => {
                let doc = format!(" Sets `{name}`.");
                quote!(#[doc = #doc])
            }
            (None, false) => {
                let docs = &member.docs;
                quote!(#(#docs)*)
            }
        };
        if let Some(with) = &member.with {
            return self.with_setters(member, slot, setter, &docs, with);
        }
        let convert = |inner: &syn::Type| {
            if member.into() {
                (
                    quote!(impl #core::convert::Into<#inner>),
                    quote!(#core::convert::Into::into(#value)),
                )
            } else {
                (quote!(#inner), quote!(#value))
            }
        };
        let Some(inner) = member.maybe_of() else {
            let (param, converted) = convert(&member.ty);
            let set = converted;
            let sig = SetterSig::plain(quote!(#value: #param), set);
            return self.setter_method(member, slot, setter, &docs, &sig);
        };
        let (param, converted) = convert(inner);
        let set = quote!(#core::option::Option::Some(#converted));
        let mut sig = SetterSig::plain(quote!(#value: #param), set);
        let some_fn = member.options.some_fn.as_ref().map(|named| &named.value);
        sig.vis = some_fn.and_then(|named| named.vis.clone());
        let docs = some_fn
            .and_then(|named| named.docs.as_ref())
            .map_or(docs, |docs| quote!(#(#docs)*));
        let plain_name = member.plain_setter().unwrap_or_else(|| setter.clone());
        let plain = self.setter_method(member, slot, &plain_name, &docs, &sig);
        let maybe = member.maybe_setter().unwrap_or_else(|| setter.clone());
        let maybe_value = if member.into() {
            quote!(#core::option::Option::map(#value, #core::convert::Into::into))
        } else {
            quote!(#value)
        };
        let doc = format!(
            " Sets `{name}` to `Some(value)` or `None`, as given: `.{setter}(value)` with an `Option`."
        );
        let mut sig = SetterSig::plain(quote!(#value: #core::option::Option<#param>), maybe_value);
        let option_fn = member.options.option_fn.as_ref().map(|named| &named.value);
        sig.vis = option_fn.and_then(|named| named.vis.clone());
        let docs = option_fn
            .and_then(|named| named.docs.as_ref())
            .map_or_else(|| quote!(#[doc = #doc]), |docs| quote!(#(#docs)*));
        let maybe = self.setter_method(member, slot, &maybe, &docs, &sig);
        quote!(#plain #maybe)
    }

    /// The setters of a `with = ..` member: they take the closure's
    /// parameters and store what it makes (its `Ok` value, for a fallible
    /// one, whose error the setter returns); the `maybe_` twin of one that
    /// may stay unset takes them in an `Option`.
    fn with_setters(
        &self,
        member: &Member,
        slot: usize,
        setter: &Ident,
        docs: &TokenStream,
        with: &With,
    ) -> TokenStream {
        let core = &self.core;
        let (params, body, fallible) = match with {
            With::Closure {
                params,
                body,
                fallible,
            } => (params.clone(), body.clone(), fallible.as_ref()),
            With::Some { inner } => {
                let value = Ident::new("value", Span::call_site());
                let body = quote!(#core::option::Option::Some(#value));
                (vec![(value, inner.clone())], body, None)
            }
            With::FromIter { collection } => {
                let iter = Ident::new("iter", Span::call_site());
                let item = quote!(<#collection as #core::iter::IntoIterator>::Item);
                let ty: syn::Type = syn::parse_quote!(impl #core::iter::IntoIterator<Item = #item>);
                let body = quote!(#core::iter::FromIterator::from_iter(#iter));
                (vec![(iter, ty)], body, None)
            }
        };
        let made = Ident::new("made", Span::mixed_site());
        let target = member.maybe_of().unwrap_or(&member.ty);
        // The closure's `Result<_, E>` with the member's type for `_`, so a
        // body that makes another type is reported in the body.
        let ret = fallible.map(|ty| {
            let ty = replace_infer(quote!(#ty), &quote!(#target));
            quote!(-> #ty)
        });
        let question = fallible.map(|_| quote!(?));
        // A closure of no parameters around the body, so a `return` in it
        // returns from it, not from the setter. (With a return type, Rust
        // has required the body to be a block already.) Spanned at the
        // body: a value of the wrong type is reported there.
        let at = syn::spanned::Spanned::span(&body);
        let compute = if self.konst.is_empty() {
            quote_spanned!(at=> (move || #ret #body)() #question)
        } else {
            const_compute(&body, fallible, target, core)
        };
        let (names, types): (Vec<&Ident>, Vec<&syn::Type>) =
            params.iter().map(|(name, ty)| (name, ty)).unzip();
        let wrap = if member.maybe_of().is_some() {
            quote!(#core::option::Option::Some(#made))
        } else {
            quote!(#made)
        };
        let plain = SetterSig {
            params: quote!(#(#names: #types),*),
            prelude: quote!(let #made: #target = #compute;),
            set: wrap,
            fallible: fallible.cloned(),
            vis: None,
        };
        let plain_name = member.plain_setter().unwrap_or_else(|| setter.clone());
        let plain = self.setter_method(member, slot, &plain_name, docs, &plain);
        if member.maybe_of().is_none() {
            return plain;
        }
        let maybe = member.maybe_setter().unwrap_or_else(|| setter.clone());
        let value = Ident::new("value", Span::mixed_site());
        let (pattern, ty) = if let [(name, ty)] = params.as_slice() {
            (quote!(#name), quote!(#ty))
        } else {
            (quote!((#(#names),*)), quote!((#(#types),*)))
        };
        let doc = format!(
            " Sets `{}` from the arguments of `.{setter}(..)` when given, or to nothing.",
            member.name()
        );
        let sig = SetterSig {
            params: quote!(#value: #core::option::Option<#ty>),
            prelude: quote! {
                let #made: #core::option::Option<#target> = match #value {
                    #core::option::Option::Some(#pattern) => #core::option::Option::Some(#compute),
                    #core::option::Option::None => #core::option::Option::None,
                };
            },
            set: quote!(#made),
            fallible: fallible.cloned(),
            vis: None,
        };
        let maybe = self.setter_method(member, slot, &maybe, &quote!(#[doc = #doc]), &sig);
        quote!(#plain #maybe)
    }

    /// One setter method: takes `param`, stores `set` in the field's slot,
    /// and requires that slot to be unset (the error names the field).
    fn setter_method(
        &self,
        member: &Member,
        slot: usize,
        method: &Ident,
        docs: &TokenStream,
        sig: &SetterSig,
    ) -> TokenStream {
        let set = &sig.set;
        let (rt, core) = (&self.rt, &self.core);
        let vis = sig
            .vis
            .as_ref()
            .or(member.options.setter_vis.as_ref())
            .unwrap_or(&self.model.builder_vis);
        let (names, state) = (&self.names, &self.state);
        let alias = self
            .slots
            .get(slot)
            .map(|name| format_ident!("Set{}", name));
        let next_ty = self.builder_ty(&quote!(#names::#alias<#state>));
        // O(1) tokens whatever the number of fields: store this value in
        // place, then move the values into the builder of the next state.
        let index = syn::Index::from(slot);
        let set = if unset_is_none(member) {
            set.clone()
        } else {
            quote!(#rt::Stored::Value(#set))
        };
        let this = self.slot_ty(slot);
        let struct_ty = self.owner();
        let rebuilt = self.rebuild(&quote!(self.__vouch_state), None);
        let (field, setter) = (&member.ident, &member.setter);
        let function = self.model.target.function().is_some();
        let not_set = match (function, member.maybe_of().is_some()) {
            (false, true) => quote!(OptionNotSet),
            (false, false) => quote!(NotSet),
            (true, true) => quote!(OptionArgNotSet),
            (true, false) => quote!(ArgNotSet),
        };
        // An `overwritable` field's setter accepts either state: a second
        // call drops the first value and stores the new one.
        let bound = if member.overwritable() {
            TokenStream::new()
        } else {
            quote! {
                where
                    #this: #rt::#not_set<#names::#field, #names::#setter, #struct_ty>,
            }
        };
        let (params, prelude, konst) = (&sig.params, &sig.prelude, &self.konst);
        // A `const fn` may not drop the value an assignment replaces (for a
        // member type with a destructor); the runtime's `put` forgets it,
        // which the bound says is nothing. An `overwritable` setter
        // replaces a value, which it must drop.
        let store = if konst.is_empty() || member.overwritable() {
            quote!(self.__vouch_state.#index = #set;)
        } else {
            quote!(#rt::put(&mut self.__vouch_state.#index, #set);)
        };
        let (returns, rebuilt) = match &sig.fallible {
            None => (next_ty, rebuilt),
            Some(fallible) => (
                replace_infer(quote!(#fallible), &next_ty),
                quote!(#core::result::Result::Ok(#rebuilt)),
            ),
        };
        quote! {
            #docs
            #[inline(always)]
            #vis #konst fn #method(mut self, #params) -> #returns
            #bound
            {
                #prelude
                #store
                #rebuilt
            }
        }
    }
}

/// A setter's signature and how it makes the value it stores.
struct SetterSig {
    /// Its parameters after `self`.
    params: TokenStream,
    /// Statements before the value is stored.
    prelude: TokenStream,
    /// What the slot stores once set.
    set: TokenStream,
    /// The return type of a fallible `with` closure (`Result<_, E>`); the
    /// setter returns it, the next builder in place of `_`.
    fallible: Option<syn::Type>,
    /// `some_fn(vis = ..)` / `option_fn(vis = ..)`: its own visibility.
    vis: Option<syn::Visibility>,
}

impl SetterSig {
    fn plain(params: TokenStream, set: TokenStream) -> Self {
        SetterSig {
            params,
            prelude: TokenStream::new(),
            set,
            fallible: None,
            vis: None,
        }
    }
}

/// What a `with` closure's body makes, in a `const fn` setter: a closure
/// cannot be called there, so the body is written in as it is (the check
/// refuses one that would leave the setter, see `const_fn.rs`), and a
/// fallible one's error is returned by a `match`, as `?` is no `const`
/// operator.
fn const_compute(
    body: &TokenStream,
    fallible: Option<&syn::Type>,
    target: &syn::Type,
    core: &TokenStream,
) -> TokenStream {
    let Some(fallible) = fallible else {
        return body.clone();
    };
    let ty = replace_infer(quote!(#fallible), &quote!(#target));
    let (result, made, error) = (
        Ident::new("result", Span::mixed_site()),
        Ident::new("made", Span::mixed_site()),
        Ident::new("error", Span::mixed_site()),
    );
    quote! {{
        let #result: #ty = #body;
        match #result {
            #core::result::Result::Ok(#made) => #made,
            #core::result::Result::Err(#error) => return #core::result::Result::Err(#error),
        }
    }}
}

/// `tokens` with every `_` replaced by `with`.
fn replace_infer(tokens: TokenStream, with: &TokenStream) -> TokenStream {
    use proc_macro2::TokenTree;
    tokens
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Ident(ident) if ident == "_" => with.clone(),
            TokenTree::Group(group) => {
                let mut new =
                    proc_macro2::Group::new(group.delimiter(), replace_infer(group.stream(), with));
                new.set_span(group.span());
                TokenTree::Group(new).into()
            }
            other => other.into(),
        })
        .collect()
}
