//! Generation of the finishing method (`build()`, `call()`): each member
//! taken from its slot, defaulted, carried from the start function or given
//! to it as an argument; then the struct literal, or the call of the
//! function; and what `derive(Into)` / `derive(IntoFuture(..))` add on top.

use super::expand::{Cx, doc_or};
use crate::builder::model::{Function, Member, MemberKind};
use crate::builder::names::user_tokens;
use crate::util::ident::fresh;
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{GenericParam, Ident};

impl Cx<'_> {
    /// What the finishing method of a function builder returns, its body's
    /// last expression (the call), and its qualifiers (`async`, `unsafe`).
    pub(super) fn call(
        function: &Function,
        this: &Ident,
        receiver_field: &Ident,
        args: &[Ident],
    ) -> (TokenStream, TokenStream, TokenStream) {
        let orig = &function.orig;
        let receiver = function
            .receiver
            .as_ref()
            .map(|_| quote!(#this.#receiver_field,));
        let callee = function
            .self_ty
            .as_ref()
            .map_or_else(|| quote!(#orig), |self_ty| quote!(<#self_ty>::#orig));
        let turbofish = &function.turbofish;
        let mut call = quote!(#callee #turbofish (#receiver #(#args),*));
        if function.asyncness.is_some() {
            call = quote!(#call.await);
        }
        if let Some(unsafety) = &function.unsafety {
            // The finishing method is `unsafe` too: its caller takes on the
            // function's safety contract, as a direct call would.
            call = quote!(#unsafety { #call });
        }
        let output = function
            .output
            .as_ref()
            .map_or_else(|| quote!(()), |ty| quote!(#ty));
        let (asyncness, unsafety) = (&function.asyncness, &function.unsafety);
        (output, call, quote!(#asyncness #unsafety))
    }

    pub(super) fn finish_fn(&self) -> TokenStream {
        let core = &self.core;
        let model = self.model;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let (finish, vis, konst) = (&model.finish_fn, &model.finish_vis, &self.konst);
        let named = model.has_user_exprs();
        // The receiver is hygienic: a `self` in a user's `default = ...`
        // expression does not name the builder (whose private state it
        // could otherwise reach); rustc reports it as a `self` outside a
        // method.
        let this = Ident::new("self", Span::mixed_site());
        let mut out = Finished {
            bounds: Vec::new(),
            params: Vec::new(),
        };
        let mut lets = Vec::new();
        let mut fields = Vec::new();
        let mut args = Vec::new();
        for (i, member) in model.members.iter().enumerate() {
            let (field, ty) = (&member.ident, &member.ty);
            // With a user expression in play, the fields before it are in
            // scope under their own names; otherwise the locals are hygienic.
            let local = if named {
                field.clone()
            } else {
                format_ident!("__vouch_field{}", i, span = Span::mixed_site())
            };
            let slot = member.slot.map(|s| {
                let index = syn::Index::from(s);
                (self.slot_ty(s), quote!(#this.__vouch_state.#index))
            });
            let Some(value) = self.member_value(member, slot, &this, &mut out) else {
                continue;
            };
            lets.push(quote!(let #local: #ty = #value;));
            fields.push(quote!(#field: #local));
            args.push(local);
        }
        let (output, result, qualifiers, must_use, doc) = self.finish_parts(&this, &fields, &args);
        let doc = doc_or(model.finish_docs.as_ref(), &doc);
        let allows = lint_allows();
        let Finished {
            bounds,
            params: finish_params,
            ..
        } = out;
        // A function without a return type: none on `call()` either.
        let returns_unit = model
            .target
            .function()
            .is_some_and(|function| function.output.is_none());
        let arrow = (!returns_unit).then(|| quote!(-> #output));
        let finish_attrs = model
            .target
            .function()
            .map(|function| function.finish_attrs.as_slice())
            .unwrap_or_default();
        // `inline(always)` and `target_feature` do not go together.
        let inline = if finish_attrs
            .iter()
            .any(|attr| attr.path().is_ident("target_feature"))
        {
            quote!(#[inline])
        } else {
            quote!(#[inline(always)])
        };
        let into_future = model.derive_into_future().map(|send| {
            let body = self.future_of_call(&this, &lets, &args);
            self.awaitable_impl(send, &output, &bounds, &this, body)
        });
        let into = model.derive_into().then(|| {
            let builder = Ident::new("builder", Span::mixed_site());
            quote! {
                #[automatically_derived]
                #allows
                impl #header #core::convert::From<#self_ty> for #output #where_clause #(#bounds,)* {
                    #[inline(always)]
                    fn from(#builder: #self_ty) -> Self {
                        #builder.#finish()
                    }
                }
            }
        });
        quote! {
            #into
            #into_future
            #[automatically_derived]
            #allows
            impl #header #self_ty #where_clause {
                #doc
                #inline
                #must_use
                #(#finish_attrs)*
                #vis #konst #qualifiers fn #finish(#this, #(#finish_params),*) #arrow where #(#bounds,)* {
                    #(#lets)*
                    #result
                }
            }
        }
    }

    /// The value of one member in the finishing method: taken from its
    /// slot (its bound recorded in `out`), defaulted, carried from the start
    /// function, or an argument of the finishing method (recorded in `out`).
    fn member_value(
        &self,
        member: &Member,
        slot: Option<(TokenStream, TokenStream)>,
        this: &Ident,
        out: &mut Finished,
    ) -> Option<TokenStream> {
        let (rt, core) = (&self.rt, &self.core);
        let (field, ty) = (&member.ident, &member.ty);
        let struct_ty = self.owner();
        let required = if self.model.target.function().is_some() {
            quote!(RequiredArg)
        } else {
            quote!(Required)
        };
        let found = Ident::new("__vouch_value", Span::mixed_site());
        let value = match (&member.kind, slot) {
            (MemberKind::Required, Some((param, slot))) => {
                let (setter, module) = (&member.setter, &self.names);
                let required =
                    quote!(#rt::#required<#module::#field, #module::#setter, #struct_ty>);
                out.bounds.push(quote!(#param: #required));
                // Set by that bound; the runtime's `take` says why an
                // empty slot here (a builder made by hand) can only panic.
                if self.konst.is_empty() {
                    quote!(#rt::take(#slot))
                } else {
                    // `take` cannot be a `const fn` (it would drop a
                    // `Stored<T>` of any `T`); here `T` is the member's.
                    quote! {
                        match #slot {
                            #rt::Stored::Value(#found) => #found,
                            #rt::Stored::Empty => #rt::unset(),
                        }
                    }
                }
            }
            (MemberKind::Optional { inner, default }, Some((_, slot))) => {
                // Through `CoreOption`, spanned at the type: a user's
                // own `Option` is reported there, saying what to write,
                // and the value still has the field's type (no second
                // error for the mismatch).
                let span = syn::spanned::Spanned::span(ty);
                let from_core = quote_spanned!(span=> <#ty as #rt::CoreOption<#inner>>::from_core);
                // Without a default the slot holds the field's value
                // (`None` when unset); with one, what it was set to.
                let value = match default {
                    None => slot,
                    Some(fallback) => quote! {
                        match #slot {
                            #rt::Stored::Value(#found) => #found,
                            #rt::Stored::Empty => #fallback,
                        }
                    },
                };
                // A `const fn` calls no trait method: there the value is
                // `core`'s `Option` as it is (a user's own `Option` is then
                // a type mismatch).
                if self.konst.is_empty() {
                    quote!(#from_core(#value))
                } else {
                    value
                }
            }
            (MemberKind::Default { key, expr }, Some((_, slot))) => {
                // With `into`, the default converts as a set value does.
                let fallback = match expr {
                    Some(expr) if member.into() => {
                        quote!(#core::convert::Into::<#ty>::into(#expr))
                    }
                    _ => default_value(ty, *key, expr.as_ref(), core),
                };
                quote! {
                    match #slot {
                        #core::option::Option::Some(#found) => #found,
                        #core::option::Option::None => #fallback,
                    }
                }
            }
            (MemberKind::Skip { key, expr }, _) => default_value(ty, *key, expr.as_ref(), core),
            (MemberKind::Start | MemberKind::Field { .. }, _) => {
                let field = &member.ident;
                quote!(#this.#field)
            }
            (MemberKind::Finish, _) => {
                let param = &member.ident;
                if member.into() {
                    out.params
                        .push(quote!(#param: impl #core::convert::Into<#ty>));
                    quote!(#core::convert::Into::into(#param))
                } else {
                    out.params.push(quote!(#param: #ty));
                    quote!(#param)
                }
            }
            // A settable field always has a slot (`Model::new` numbers them).
            (_, None) => return None,
        };
        Some(value)
    }

    /// What `into_future` boxes: the function's own future, not `call()`'s.
    /// No value stored by state is held in it, so it is `Send` by the
    /// members' types alone (`Send` of `call()`'s future would be asked of
    /// the builder for every lifetime, which a where-clause cannot say).
    fn future_of_call(
        &self,
        this: &Ident,
        lets: &[TokenStream],
        args: &[Ident],
    ) -> Option<TokenStream> {
        let function = self.model.target.function()?;
        let call = strip_await(Self::call(function, this, &self.model.receiver_field(), args).1);
        Some(quote! {
            #(#lets)*
            #call
        })
    }

    /// `derive(IntoFuture(Box))`: awaiting the builder calls the function.
    /// A `dyn Future` has one lifetime bound, so (as bon does) every
    /// lifetime of the builder is taken as one, `'builder`; without any, the
    /// future is `'static`. Type and state parameters outlive it, and with
    /// `Send`, are `Send`.
    fn awaitable_impl(
        &self,
        send: bool,
        output: &TokenStream,
        bounds: &[TokenStream],
        this: &Ident,
        body: Option<TokenStream>,
    ) -> TokenStream {
        let (core, model) = (&self.core, self.model);
        let krate = &model.krate;
        let alloc = quote!(#krate::__private::alloc);
        let lifetimes: Vec<String> = model
            .generics
            .lifetimes()
            .map(|param| param.lifetime.ident.to_string())
            .collect();
        let one = if lifetimes.is_empty() {
            quote!('static)
        } else {
            let name = fresh(&user_tokens(model), "", &format_ident!("builder"), "");
            let lifetime = syn::Lifetime::new(&format!("'{name}"), Span::call_site());
            quote!(#lifetime)
        };
        let collapse = |tokens: TokenStream| replace_lifetimes(tokens, &lifetimes, &one);
        let mut params: Vec<TokenStream> = Vec::new();
        if !lifetimes.is_empty() {
            params.push(one.clone());
        }
        let mut preds: Vec<TokenStream> = Vec::new();
        let send_bound = send.then(|| quote!(+ #core::marker::Send));
        for param in &model.generics.params {
            match param {
                GenericParam::Lifetime(_) => {}
                GenericParam::Type(ty) => {
                    let mut ty = ty.clone();
                    ty.default = None;
                    let ident = &ty.ident;
                    preds.push(quote!(#ident: #one #send_bound));
                    params.push(collapse(quote!(#ty)));
                }
                GenericParam::Const(konst) => {
                    let mut konst = konst.clone();
                    konst.default = None;
                    params.push(quote!(#konst));
                }
            }
        }
        params.extend(self.slot_params());
        let self_ty = collapse(self.builder_ty(&self.generic_state()));
        preds.extend(self.preds.iter().cloned().map(&collapse));
        preds.extend(bounds.iter().cloned().map(&collapse));
        let output = collapse(output.clone());
        let finish = &model.finish_fn;
        let body = body.unwrap_or_else(|| quote!(#this.#finish()));
        let body = collapse(quote!({ #body }));
        let send = send.then(|| quote!(+ #core::marker::Send));
        quote! {
            #[automatically_derived]
            #[allow(clippy::pedantic, clippy::nursery, clippy::restriction)]
            impl<#(#params),*> #core::future::IntoFuture for #self_ty where #(#preds,)* {
                type Output = #output;
                type IntoFuture = #core::pin::Pin<
                    #alloc::boxed::Box<dyn #core::future::Future<Output = #output> #send + #one>,
                >;
                fn into_future(#this) -> Self::IntoFuture {
                    #alloc::boxed::Box::pin(#body)
                }
            }
        }
    }

    /// What the finishing method returns and its last expression: the
    /// struct literal, or the call of the function (then also `async` /
    /// `unsafe` as the function has them); its `#[must_use]` and its doc.
    fn finish_parts(
        &self,
        this: &Ident,
        fields: &[TokenStream],
        args: &[Ident],
    ) -> (TokenStream, TokenStream, TokenStream, TokenStream, String) {
        let ident = &self.model.ident;
        match self.model.target.function() {
            None => (
                self.struct_ty(),
                quote!(#ident { #(#fields),* }),
                TokenStream::new(),
                quote!(#[must_use]),
                format!(" Builds the `{ident}`. Exists once every required field is set."),
            ),
            Some(function) => {
                let (output, result, qualifiers) =
                    Self::call(function, this, &self.model.receiver_field(), args);
                let doc = format!(
                    " Calls `{}` with the arguments set. Exists once every required argument \
                     is set.",
                    self.model.ident
                );
                (output, result, qualifiers, TokenStream::new(), doc)
            }
        }
    }
}

/// What the members add to the finishing method besides its body.
struct Finished {
    /// The bounds on the slots that make it callable.
    bounds: Vec<TokenStream>,
    /// Its parameters after `self`: the `finish_fn` members.
    params: Vec<TokenStream>,
}

/// A call `f(..).await` without its `.await`.
fn strip_await(call: TokenStream) -> TokenStream {
    use proc_macro2::TokenTree;
    let mut trees: Vec<TokenTree> = call.into_iter().collect();
    if let [.., TokenTree::Punct(dot), TokenTree::Ident(word)] = trees.as_slice()
        && dot.as_char() == '.'
        && word == "await"
    {
        trees.truncate(trees.len() - 2);
    }
    trees.into_iter().collect()
}

/// `tokens` with every lifetime named in `names` replaced by `with`.
fn replace_lifetimes(tokens: TokenStream, names: &[String], with: &TokenStream) -> TokenStream {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while let Some(tree) = trees.get(i) {
        i += 1;
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                if let Some(TokenTree::Ident(name)) = trees.get(i)
                    && names.contains(&name.to_string())
                {
                    i += 1;
                    out.extend(with.clone());
                    continue;
                }
                out.extend([tree.clone()]);
            }
            TokenTree::Group(group) => {
                let mut new = proc_macro2::Group::new(
                    group.delimiter(),
                    replace_lifetimes(group.stream(), names, with),
                );
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
            }
            other => out.extend([other.clone()]),
        }
    }
    out
}

/// `expr`, or `Default::default()` spanned at the `default`/`skip` key so a
/// type without `Default` is reported there.
fn default_value(
    ty: &syn::Type,
    key: Span,
    expr: Option<&syn::Expr>,
    core: &TokenStream,
) -> TokenStream {
    expr.map_or_else(
        || quote_spanned!(key=> <#ty as #core::default::Default>::default()),
        |expr| quote!(#expr),
    )
}
