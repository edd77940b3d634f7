//! Generation: the builder type, its start function, setters, finishing
//! method and optional `Clone`/`Debug`, from a checked [`Model`].
//!
//! The design, in one paragraph: the builder has the struct's generics plus
//! ONE state parameter, a tuple with a slot per settable field. A slot is
//! `Unset` or `Set<T>` (runtime types) and holds the value itself, so the
//! builder stores exactly what was set and `build()` moves it out with no
//! check left at run time. The rules "a setter runs once" and "`build()`
//! needs every required field" are where-clauses on those methods, over the
//! runtime's public traits (`vouch::builder::Required`, `NotSet`), whose
//! `#[diagnostic::on_unimplemented]` messages name the field and the struct;
//! every unsatisfied where-clause is its own error, so a user sees every
//! missing field at once.
//!
//! Everything rustc or rustdoc may print is named for a reader, in the
//! defining crate and downstream: the fields and setters are uninhabited
//! types named exactly like them, in a module next to the builder named
//! after it (`config_builder::port`: reachable, so rustc prints the bare
//! name when it is unique); the impls sit beside the builder, not in an
//! anonymous `const _` (whose methods rustc prints as `_::<impl ..>`); the
//! state parameters are named after their fields (`Port`), the builder's
//! one after what it is (`State`).

use crate::builder::check::{Member, MemberKind, Model, With};
use crate::builder::target::Function;
use crate::util::ident::{fresh, name};
use crate::util::lint_allows;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{GenericParam, Ident};

/// Names and paths shared by every generator below.
struct Cx<'a> {
    model: &'a Model,
    /// `<crate>::__private::builder`.
    rt: TokenStream,
    /// `<crate>::__private::core`.
    core: TokenStream,
    /// The struct's generic parameters without defaults, for impls.
    impl_params: Vec<TokenStream>,
    /// The struct's generic arguments, e.g. `'a, T, N`.
    args: Vec<TokenStream>,
    /// The struct's where-clause predicates.
    preds: Vec<TokenStream>,
    /// One type parameter per slot, named after its field (`Port`).
    slots: Vec<Ident>,
    /// The builder's state parameter (`State`).
    state: Ident,
    /// The module of field and setter names (`config_builder`).
    names: Ident,
}

pub(crate) fn expand(model: &Model) -> TokenStream {
    let ctx = Cx::new(model);
    let builder = ctx.builder_struct();
    let start = ctx.start_fn();
    let traits = ctx.markers();
    let setters = ctx.setters();
    let finish = ctx.finish_fn();
    let clone = ctx.clone_impl();
    let debug = ctx.debug_impl();
    // No `const _` scope: the only names generated are the builder and its
    // module of names, both meant to be seen; the impls add no name.
    quote! {
        #builder
        #traits
        #start
        #setters
        #finish
        #clone
        #debug
    }
}

impl<'a> Cx<'a> {
    fn new(model: &'a Model) -> Self {
        let private = model.krate.private();
        let impl_params = model
            .generics
            .params
            .iter()
            .map(|param| {
                let mut param = param.clone();
                match &mut param {
                    GenericParam::Type(ty) => {
                        ty.default = None;
                    }
                    GenericParam::Const(konst) => {
                        konst.default = None;
                    }
                    GenericParam::Lifetime(_) => {}
                }
                quote!(#param)
            })
            .collect();
        let args = model
            .generics
            .params
            .iter()
            .map(|param| match param {
                GenericParam::Lifetime(lt) => {
                    let lifetime = &lt.lifetime;
                    quote!(#lifetime)
                }
                GenericParam::Type(ty) => {
                    let ident = &ty.ident;
                    quote!(#ident)
                }
                GenericParam::Const(konst) => {
                    let ident = &konst.ident;
                    quote!(#ident)
                }
            })
            .collect();
        let preds = model
            .generics
            .where_clause
            .iter()
            .flat_map(|clause| clause.predicates.iter())
            .map(|pred| quote!(#pred))
            .collect();
        // Every name the user wrote that generated parameters could shadow
        // inside the impls: generics, field types, default expressions,
        // the struct and the builder.
        let mut taken = user_tokens(model);
        let mut slots: Vec<Ident> = Vec::new();
        for member in model.members.iter().filter(|member| member.slot.is_some()) {
            let base = Ident::new(&camel_case(&member.name()), Span::call_site());
            let slot = fresh(&taken, "", &base, "");
            taken.extend(quote!(#slot));
            slots.push(slot);
        }
        let state = fresh(&taken, "", &format_ident!("State"), "");
        Cx {
            model,
            rt: quote!(#private::builder),
            core: model.krate.core(),
            impl_params,
            args,
            preds,
            slots,
            state,
            names: names_module(&model.builder),
        }
    }

    /// `Struct<'a, T, N>`.
    fn struct_ty(&self) -> TokenStream {
        let ident = &self.model.ident;
        let args = &self.args;
        if args.is_empty() {
            quote!(#ident)
        } else {
            quote!(#ident<#(#args),*>)
        }
    }

    /// What the messages of the state traits name as the builder's owner:
    /// the struct, or for a function builder the function's name in the
    /// module of names.
    fn owner(&self) -> TokenStream {
        match self.model.target.function() {
            None => self.struct_ty(),
            Some(function) => {
                let (names, name) = (&self.names, &function.name);
                quote!(#names::#name)
            }
        }
    }

    /// The type `PhantomData` holds, so the builder uses every parameter:
    /// the struct, or a tuple of the function's parameters.
    fn phantom(&self) -> TokenStream {
        if self.model.target.function().is_none() {
            return self.struct_ty();
        }
        let uses = self
            .model
            .generics
            .params
            .iter()
            .filter_map(|param| match param {
                GenericParam::Lifetime(lt) => {
                    let lifetime = &lt.lifetime;
                    Some(quote!(&#lifetime ()))
                }
                GenericParam::Type(ty) => {
                    let ident = &ty.ident;
                    Some(quote!(#ident))
                }
                GenericParam::Const(_) => None,
            });
        quote!((#(#uses,)*))
    }

    /// The builder value with state `state` and the arguments it carries
    /// (see [`Cx::carried`]) `args`.
    fn rebuild(&self, state: &TokenStream, args: &TokenStream) -> TokenStream {
        let (builder, core) = (&self.model.builder, &self.core);
        let args = (!self.carried().is_empty()).then(|| quote!(__vouch_args: #args,));
        quote! {
            #builder {
                __vouch_state: #state,
                #args
                __vouch_type: #core::marker::PhantomData,
            }
        }
    }

    /// The types of what the builder carries from its start to its end, in
    /// one tuple: a method's receiver, then each `start_fn` member.
    fn carried(&self) -> Vec<TokenStream> {
        let receiver = self.receiver().map(|ty| quote!(#ty));
        let starts = self
            .model
            .members
            .iter()
            .filter(|member| matches!(member.kind, MemberKind::Start))
            .map(|member| {
                let ty = &member.ty;
                quote!(#ty)
            });
        receiver.into_iter().chain(starts).collect()
    }

    /// The start function's parameters after the receiver (its `start_fn`
    /// members, `impl Into<T>` for `into` ones), and the tuple of what the
    /// builder carries, built from them and `receiver`.
    fn start_args(&self, receiver: Option<&Ident>) -> (Vec<TokenStream>, TokenStream) {
        let core = &self.core;
        let mut params = Vec::new();
        let mut values: Vec<TokenStream> = receiver.map(|this| quote!(#this)).into_iter().collect();
        for member in &self.model.members {
            if !matches!(member.kind, MemberKind::Start) {
                continue;
            }
            let (ident, ty) = (&member.ident, &member.ty);
            if member.into {
                params.push(quote!(#ident: impl #core::convert::Into<#ty>));
                values.push(quote!(#core::convert::Into::into(#ident)));
            } else {
                params.push(quote!(#ident: #ty));
                values.push(quote!(#ident));
            }
        }
        (params, quote!((#(#values,)*)))
    }

    /// The type of the receiver a method builder stores.
    fn receiver(&self) -> Option<&syn::Type> {
        self.model
            .target
            .function()
            .and_then(|function| function.receiver.as_deref())
    }

    /// `Builder<'a, T, N, state>`.
    fn builder_ty(&self, state: &TokenStream) -> TokenStream {
        let builder = &self.model.builder;
        let args = &self.args;
        quote!(#builder<#(#args,)* #state>)
    }

    /// `Builder<'a, T, N>`: the builder in its initial state, by the
    /// state parameter's default.
    fn initial_builder_ty(&self) -> TokenStream {
        let builder = &self.model.builder;
        let args = &self.args;
        if args.is_empty() {
            quote!(#builder)
        } else {
            quote!(#builder<#(#args),*>)
        }
    }

    /// The state with every slot unset.
    fn initial_state(&self) -> TokenStream {
        let rt = &self.rt;
        let unset = self.slots.iter().map(|_| quote!(#rt::Unset));
        quote!((#(#unset,)*))
    }

    /// The state with every slot generic.
    fn generic_state(&self) -> TokenStream {
        let slots = &self.slots;
        quote!((#(#slots,)*))
    }

    /// The impl header's parameters: the struct's, then `extra`.
    fn impl_header(&self, extra: &[TokenStream]) -> TokenStream {
        let params = self.impl_params.iter().chain(extra);
        quote!(<#(#params),*>)
    }

    fn where_clause(&self) -> TokenStream {
        let preds = &self.preds;
        quote!(where #(#preds,)*)
    }

    fn slot_params(&self) -> Vec<TokenStream> {
        self.slots.iter().map(|slot| quote!(#slot)).collect()
    }

    fn builder_struct(&self) -> TokenStream {
        let model = self.model;
        let (builder, vis, core) = (&model.builder, &model.builder_vis, &self.core);
        let params = model.generics.params.iter();
        let initial = self.initial_state();
        let phantom = self.phantom();
        let where_clause = self.where_clause();
        let state = &self.state;
        let doc = match model.target.function() {
            None => format!(
                " Builds a `{name}`: start with `{name}::{start}()`, call a setter per field, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state: a tuple with \
                 one slot per field that has a setter, `Unset` until the setter is called, \
                 then `Set<T>` holding the value.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
            Some(function) => format!(
                " Calls `{name}`: start with `{start}()`, call a setter per argument, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state: a tuple with \
                 one slot per argument that has a setter, `Unset` until the setter is called, \
                 then `Set<T>` holding the value.",
                name = function.name,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
        };
        let carried = self.carried();
        let receiver = (!carried.is_empty()).then(|| quote!(__vouch_args: (#(#carried,)*),));
        // `#[must_use]` on the type covers the start function and every
        // setter (they return it); the same attribute on each of them too
        // would report every dropped builder twice.
        let must_use = format!(
            "a builder does nothing until `.{}()` is called",
            model.finish_fn
        );
        let doc = doc_or(model.builder_docs.as_ref(), &doc);
        // The builder is the one generated item outside the hidden scope:
        // the user's lints on it (pedantic, restriction, missing `Debug`
        // or `Copy`) are about code they did not write.
        let allows = allows();
        quote! {
            #doc
            #[must_use = #must_use]
            #allows
            #[allow(
                missing_debug_implementations,
                missing_copy_implementations,
                deprecated,
                explicit_outlives_requirements,
            )]
            #vis struct #builder<#(#params,)* #state = #initial> #where_clause {
                __vouch_state: #state,
                #receiver
                __vouch_type: #core::marker::PhantomData<fn() -> #phantom>,
            }
        }
    }

    /// The start function of a function builder: a free function in the
    /// function's place, or for a method an associated function of the
    /// impl's type that takes the receiver.
    fn start_of_function(&self, function: &Function) -> TokenStream {
        let model = self.model;
        let (vis, start) = (&model.start_vis, &model.start_fn);
        let ty = self.initial_builder_ty();
        let attrs = &function.start_attrs;
        let has_docs = attrs.iter().any(|attr| attr.path().is_ident("doc"));
        let doc = if has_docs || model.start_docs.is_some() {
            model
                .start_docs
                .as_ref()
                .map(|docs| quote!(#(#docs)*))
                .unwrap_or_default()
        } else {
            let doc = format!(
                " Starts a call of `{}`: call a setter per argument, then `.{}()`.",
                function.name, model.finish_fn
            );
            quote!(#[doc = #doc])
        };
        let attrs = attrs
            .iter()
            .filter(|attr| !(model.start_docs.is_some() && attr.path().is_ident("doc")));
        let this = Ident::new("self", Span::call_site());
        let receiver = self.receiver().map(|ty| quote!(#this: #ty,));
        let (params, args) = self.start_args(receiver.as_ref().map(|_| &this));
        let value = self.rebuild(&self.initial_state(), &args);
        let Some(self_ty) = &function.self_ty else {
            let generics = &model.generics.params;
            let where_clause = self.where_clause();
            let allows = allows();
            return quote! {
                #(#attrs)*
                #doc
                #[inline(always)]
                #allows
                #vis fn #start<#generics>(#(#params),*) -> #ty #where_clause {
                    #value
                }
            };
        };
        let impl_generics = function
            .impl_generics
            .as_deref()
            .cloned()
            .unwrap_or_default();
        let header = &impl_generics.params;
        let preds = &impl_generics.where_clause;
        let own = &function.own_generics.params;
        let own_preds = &function.own_generics.where_clause;
        let allows = allows();
        quote! {
            #[automatically_derived]
            #allows
            impl <#header> #self_ty #preds {
                #(#attrs)*
                #doc
                #[inline(always)]
                #vis fn #start <#own> (#receiver #(#params),*) -> #ty #own_preds {
                    #value
                }
            }
        }
    }

    /// What the finishing method of a function builder returns, its body's
    /// last expression (the call), and its qualifiers (`async`, `unsafe`).
    fn call(
        function: &Function,
        this: &Ident,
        args: &[Ident],
    ) -> (TokenStream, TokenStream, TokenStream) {
        let orig = &function.orig;
        let receiver = function
            .receiver
            .as_ref()
            .map(|_| quote!(#this.__vouch_args.0,));
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

    fn start_fn(&self) -> TokenStream {
        if let Some(function) = self.model.target.function() {
            return self.start_of_function(function);
        }
        let model = self.model;
        let (vis, start) = (&model.start_vis, &model.start_fn);
        let header = self.impl_header(&[]);
        let struct_ty = self.struct_ty();
        let where_clause = self.where_clause();
        let (params, args) = self.start_args(None);
        let value = self.rebuild(&self.initial_state(), &args);
        let ty = self.initial_builder_ty();
        let allows = allows();
        let doc = format!(
            " Starts a builder of `{}`: call a setter per field, then `.{}()`.",
            model.ident, model.finish_fn
        );
        let doc = doc_or(model.start_docs.as_ref(), &doc);
        quote! {
            #[automatically_derived]
            #allows
            impl #header #struct_ty #where_clause {
                #doc
                #[inline(always)]
                #vis fn #start(#(#params),*) -> #ty {
                    #value
                }
            }
        }
    }

    /// The module of names: one uninhabited type per field and per setter,
    /// named exactly like it. The runtime's state traits take them as
    /// parameters and print them in their messages; being reachable (the
    /// module has the builder's visibility), they print as their bare name
    /// when it is unique, else as their path. A module of their own, so a
    /// name like a field cannot shadow a type that a field's type or a
    /// `default = ...` expression names.
    fn markers(&self) -> TokenStream {
        let model = self.model;
        let (names, vis) = (&self.names, &model.builder_vis);
        let (ident, builder) = (&model.ident, &model.builder);
        let mut seen = Vec::new();
        let mut out = TokenStream::new();
        if let Some(function) = model.target.function() {
            let marker = &function.name;
            let doc = format!(" The function `{marker}`, which `{builder}` calls.");
            seen.push(name(marker));
            out.extend(quote! {
                #[doc = #doc]
                pub enum #marker {}
            });
        }
        for member in &model.members {
            let Some(setter) = &member.setter else {
                continue;
            };
            let field = member.name();
            let setter_name = name(setter);
            let mut entries = vec![(
                &member.ident,
                format!(" The field `{field}` of `{ident}`, set by `{builder}::{setter_name}()`."),
            )];
            if setter_name != field {
                entries.push((
                    setter,
                    format!(" The setter `{builder}::{setter_name}()`, of the field `{field}`."),
                ));
            }
            for (marker, doc) in entries {
                if seen.contains(&name(marker)) {
                    continue;
                }
                seen.push(name(marker));
                out.extend(quote! {
                    #[doc = #doc]
                    pub enum #marker {}
                });
            }
        }
        if out.is_empty() {
            return out;
        }
        let example = model
            .members
            .iter()
            .find(|member| member.slot.is_some())
            .zip(self.slots.first())
            .map(|(member, slot)| {
                let field = member.name();
                format!(
                    ": `{slot}: Required<{field}, ..>` reads \"the slot `{slot}` holds the \
                     field `{field}`\""
                )
            })
            .unwrap_or_default();
        let doc = format!(
            " The names of the fields and setters of `{builder}`, as the bounds of its \
             methods and its compile errors name them{example}. They are names, never values."
        );
        let allows = allows();
        quote! {
            #[doc = #doc]
            #allows
            #[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
            #vis mod #names {
                #out
            }
        }
    }

    fn setters(&self) -> TokenStream {
        let model = self.model;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let methods = model
            .members
            .iter()
            .filter_map(|member| Some((member, member.slot?, member.setter.as_ref()?)))
            .map(|(member, slot, setter)| self.setter(member, slot, setter));
        let allows = allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #self_ty #where_clause {
                #(#methods)*
            }
        }
    }

    /// The setter of one field, and its `maybe_` twin for an `Option`.
    fn setter(&self, member: &Member, slot: usize, setter: &Ident) -> TokenStream {
        let (rt, core) = (&self.rt, &self.core);
        let value = Ident::new("value", Span::mixed_site());
        let name = member.name();
        let docs = match (&member.setter_docs, member.docs.is_empty()) {
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
            if member.into {
                (
                    quote!(impl #core::convert::Into<#inner>),
                    quote!(#core::convert::Into::into(#value)),
                )
            } else {
                (quote!(#inner), quote!(#value))
            }
        };
        let Some(inner) = maybe_inner(member) else {
            let (param, converted) = convert(&member.ty);
            let set = quote!(#rt::set(#converted));
            let sig = SetterSig::plain(quote!(#value: #param), set);
            return self.setter_method(member, slot, setter, &docs, &sig);
        };
        let (param, converted) = convert(inner);
        let set = quote!(#rt::set(#core::option::Option::Some(#converted)));
        let sig = SetterSig::plain(quote!(#value: #param), set);
        let plain = self.setter_method(member, slot, setter, &docs, &sig);
        let maybe = format_ident!(
            "maybe_{}",
            crate::util::ident::name(setter),
            span = setter.span()
        );
        let maybe_value = if member.into {
            quote!(#core::option::Option::map(#value, #core::convert::Into::into))
        } else {
            quote!(#value)
        };
        let doc = format!(
            " Sets `{name}` to `Some(value)` or `None`, as given: `.{setter}(value)` with an `Option`."
        );
        let sig = SetterSig::plain(
            quote!(#value: #core::option::Option<#param>),
            quote!(#rt::set(#maybe_value)),
        );
        let maybe = self.setter_method(member, slot, &maybe, &quote!(#[doc = #doc]), &sig);
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
        let (rt, core) = (&self.rt, &self.core);
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
        let target = maybe_inner(member).unwrap_or(&member.ty);
        let ret = fallible.map(|ty| quote!(-> #ty));
        let question = fallible.map(|_| quote!(?));
        // A closure of no parameters around the body, so a `return` in it
        // returns from it, not from the setter. (With a return type, Rust
        // has required the body to be a block already.)
        let compute = quote!((move || #ret #body)() #question);
        let (names, types): (Vec<&Ident>, Vec<&syn::Type>) =
            params.iter().map(|(name, ty)| (name, ty)).unzip();
        let wrap = if maybe_inner(member).is_some() {
            quote!(#core::option::Option::Some(#made))
        } else {
            quote!(#made)
        };
        let plain = SetterSig {
            params: quote!(#(#names: #types),*),
            prelude: quote!(let #made: #target = #compute;),
            set: quote!(#rt::set(#wrap)),
            fallible: fallible.cloned(),
        };
        let plain = self.setter_method(member, slot, setter, docs, &plain);
        if maybe_inner(member).is_none() {
            return plain;
        }
        let maybe = format_ident!("maybe_{}", name(setter), span = setter.span());
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
            set: quote!(#rt::set(#made)),
            fallible: fallible.cloned(),
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
        let vis = member
            .setter_vis
            .as_ref()
            .unwrap_or(&self.model.builder_vis);
        let stored = stored_ty(member, core);
        let next = self.slots.iter().enumerate().map(|(i, s)| {
            if i == slot {
                quote!(#rt::Set<#stored>)
            } else {
                quote!(#s)
            }
        });
        let next_ty = self.builder_ty(&quote!((#(#next,)*)));
        let locals: Vec<Ident> = (0..self.slots.len())
            .map(|i| format_ident!("__vouch_slot{}", i, span = Span::mixed_site()))
            .collect();
        let pattern =
            locals.iter().enumerate().map(
                |(i, local)| {
                    if i == slot { quote!(_) } else { quote!(#local) }
                },
            );
        let fields = locals.iter().enumerate().map(|(i, local)| {
            if i == slot {
                set.clone()
            } else {
                quote!(#local)
            }
        });
        let this = self.slots.get(slot);
        let struct_ty = self.owner();
        let rebuilt = self.rebuild(&quote!((#(#fields,)*)), &quote!(self.__vouch_args));
        let (field, setter, names) = (&member.ident, &member.setter, &self.names);
        let not_set = if maybe_inner(member).is_some() {
            quote!(OptionNotSet)
        } else {
            quote!(NotSet)
        };
        // An `overwritable` field's setter accepts either state: a second
        // call drops the first value and stores the new one.
        let bound = if member.overwritable {
            TokenStream::new()
        } else {
            quote! {
                where
                    #this: #rt::#not_set<#names::#field, #names::#setter, #struct_ty>,
            }
        };
        let (params, prelude) = (&sig.params, &sig.prelude);
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
            #vis fn #method(self, #params) -> #returns
            #bound
            {
                #prelude
                let (#(#pattern,)*) = self.__vouch_state;
                #rebuilt
            }
        }
    }

    fn finish_fn(&self) -> TokenStream {
        let core = &self.core;
        let model = self.model;
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let (finish, vis) = (&model.finish_fn, &model.finish_vis);
        let named = model.has_user_exprs();
        let slot_locals: Vec<Ident> = (0..self.slots.len())
            .map(|i| format_ident!("__vouch_slot{}", i, span = Span::mixed_site()))
            .collect();
        // The receiver is hygienic: a `self` in a user's `default = ...`
        // expression does not name the builder (whose private state it
        // could otherwise reach); rustc reports it as a `self` outside a
        // method.
        let this = Ident::new("self", Span::mixed_site());
        let mut out = Finished {
            bounds: Vec::new(),
            params: Vec::new(),
            // The receiver comes first in what the builder carries.
            carried: usize::from(self.receiver().is_some()),
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
            let slot = member
                .slot
                .and_then(|s| Some((self.slots.get(s)?, slot_locals.get(s)?)));
            let Some(value) = self.member_value(member, slot, &this, &mut out) else {
                continue;
            };
            lets.push(quote!(let #local: #ty = #value;));
            fields.push(quote!(#field: #local));
            args.push(local);
        }
        let (output, result, qualifiers, must_use, doc) = self.finish_parts(&this, &fields, &args);
        let doc = doc_or(model.finish_docs.as_ref(), &doc);
        let allows = allows();
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
        let into_future = model
            .derive_into_future
            .map(|send| self.awaitable_impl(send, &output, &bounds));
        let into = model.derive_into.then(|| {
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
                #vis #qualifiers fn #finish(#this, #(#finish_params),*) #arrow where #(#bounds,)* {
                    let (#(#slot_locals,)*) = #this.__vouch_state;
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
        slot: Option<(&Ident, &Ident)>,
        this: &Ident,
        out: &mut Finished,
    ) -> Option<TokenStream> {
        let (rt, core) = (&self.rt, &self.core);
        let (field, ty) = (&member.ident, &member.ty);
        let struct_ty = self.owner();
        let found = Ident::new("__vouch_value", Span::mixed_site());
        let value = match (&member.kind, slot) {
            (MemberKind::Required, Some((param, slot))) => {
                let (setter, module) = (&member.setter, &self.names);
                let required =
                    quote!(#rt::Required<#module::#field, #module::#setter, #struct_ty, #ty>);
                out.bounds.push(quote!(#param: #required));
                quote!(<#param as #required>::take(#slot))
            }
            (MemberKind::Optional { inner, default }, Some((param, slot))) => {
                let stored = quote!(#core::option::Option<#inner>);
                out.bounds.push(quote!(#param: #rt::Optional<#stored>));
                let fallback = default
                    .as_ref()
                    .map_or_else(|| quote!(#core::option::Option::None), |expr| quote!(#expr));
                // Through `CoreOption`, spanned at the type: a user's
                // own `Option` is reported there, saying what to write,
                // and the value still has the field's type (no second
                // error for the mismatch).
                let span = syn::spanned::Spanned::span(ty);
                let from_core = quote_spanned!(span=> <#ty as #rt::CoreOption<#inner>>::from_core);
                quote! {
                    #from_core(match <#param as #rt::Optional<#stored>>::into_option(#slot) {
                        #core::option::Option::Some(#found) => #found,
                        #core::option::Option::None => #fallback,
                    })
                }
            }
            (MemberKind::Default { key, expr }, Some((param, slot))) => {
                let stored = quote!(#core::option::Option<#ty>);
                out.bounds.push(quote!(#param: #rt::Optional<#stored>));
                // With `into`, the default converts as a set value does.
                let fallback = match expr {
                    Some(expr) if member.into => {
                        quote!(#core::convert::Into::<#ty>::into(#expr))
                    }
                    _ => default_value(ty, key, expr.as_ref(), core),
                };
                let value = quote!(<#param as #rt::Optional<#stored>>::into_option(#slot));
                quote! {
                    match #core::option::Option::flatten(#value) {
                        #core::option::Option::Some(#found) => #found,
                        #core::option::Option::None => #fallback,
                    }
                }
            }
            (MemberKind::Skip { key, expr }, _) => default_value(ty, key, expr.as_ref(), core),
            (MemberKind::Start, _) => {
                let index = syn::Index::from(out.carried);
                out.carried += 1;
                quote!(#this.__vouch_args.#index)
            }
            (MemberKind::Finish, _) => {
                let param = &member.ident;
                if member.into {
                    out.params
                        .push(quote!(#param: impl #core::convert::Into<#ty>));
                    quote!(#core::convert::Into::into(#param))
                } else {
                    out.params.push(quote!(#param: #ty));
                    quote!(#param)
                }
            }
            // A settable field always has a slot (check.rs numbers them).
            (_, None) => return None,
        };
        Some(value)
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
        for slot in &self.slots {
            params.push(quote!(#slot));
            preds.push(quote!(#slot: #one #send_bound));
        }
        preds.extend(self.preds.iter().cloned().map(&collapse));
        preds.extend(bounds.iter().cloned().map(&collapse));
        let self_ty = collapse(self.builder_ty(&self.generic_state()));
        let output = collapse(output.clone());
        let finish = &model.finish_fn;
        let send = send.then(|| quote!(+ #core::marker::Send));
        quote! {
            #[automatically_derived]
            #[allow(clippy::pedantic, clippy::nursery, clippy::restriction)]
            impl<#(#params),*> #core::future::IntoFuture for #self_ty where #(#preds,)* {
                type Output = #output;
                type IntoFuture = #core::pin::Pin<
                    #alloc::boxed::Box<dyn #core::future::Future<Output = #output> #send + #one>,
                >;
                fn into_future(self) -> Self::IntoFuture {
                    #alloc::boxed::Box::pin(self.#finish())
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
                let (output, result, qualifiers) = Self::call(function, this, args);
                let doc = format!(
                    " Calls `{}` with the arguments set. Exists once every required argument \
                     is set.",
                    function.name
                );
                (output, result, qualifiers, TokenStream::new(), doc)
            }
        }
    }

    fn clone_impl(&self) -> TokenStream {
        let model = self.model;
        if !model.derive_clone {
            return TokenStream::new();
        }
        let core = &self.core;
        let builder = &model.builder;
        let state = &self.state;
        let header = self.impl_header(&[quote!(#state: #core::clone::Clone)]);
        let self_ty = self.builder_ty(&quote!(#state));
        let mut preds = self.preds.clone();
        preds.extend(model.clone_bounds.iter().map(|bound| quote!(#bound)));
        let carried = self.carried();
        let receiver = (!carried.is_empty()).then(|| {
            preds.push(quote!((#(#carried,)*): #core::clone::Clone));
            quote!(__vouch_args: #core::clone::Clone::clone(&self.__vouch_args),)
        });
        let allows = allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #core::clone::Clone for #self_ty where #(#preds,)* {
                #[inline]
                fn clone(&self) -> Self {
                    #builder {
                        __vouch_state: #core::clone::Clone::clone(&self.__vouch_state),
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
    fn debug_impl(&self) -> TokenStream {
        let model = self.model;
        if !model.derive_debug {
            return TokenStream::new();
        }
        let (rt, core) = (&self.rt, &self.core);
        let out = Ident::new("out", Span::mixed_site());
        let mut params = Vec::new();
        let mut fields = Vec::new();
        let mut preds = self.preds.clone();
        preds.extend(model.debug_bounds.iter().map(|bound| quote!(#bound)));
        let mut carried = 0usize;
        if let Some(ty) = self.receiver() {
            preds.push(quote!(#ty: #core::fmt::Debug));
            fields.push(quote! {
                #core::fmt::DebugStruct::field(&mut #out, "self_receiver", &self.__vouch_args.0);
            });
            carried += 1;
        }
        for member in &model.members {
            if matches!(member.kind, MemberKind::Start) {
                let (ty, name, index) = (&member.ty, member.name(), syn::Index::from(carried));
                carried += 1;
                preds.push(quote!(#ty: #core::fmt::Debug));
                fields.push(quote! {
                    #core::fmt::DebugStruct::field(&mut #out, #name, &self.__vouch_args.#index);
                });
                continue;
            }
            let (Some(slot), Some(setter)) = (member.slot, &member.setter) else {
                continue;
            };
            let Some(param) = self.slots.get(slot) else {
                continue;
            };
            let shown = if maybe_inner(member).is_some() {
                quote!(#rt::DebugOptionSlot)
            } else {
                quote!(#rt::DebugSlot)
            };
            params.push(quote!(#param: #shown));
            let (index, name) = (syn::Index::from(slot), name(setter));
            fields.push(quote! {
                <#param as #shown>::debug_slot(&self.__vouch_state.#index, #name, &mut #out);
            });
        }
        let header = self.impl_header(&params);
        let self_ty = self.builder_ty(&self.generic_state());
        let name = model.builder.to_string();
        let formatter = Ident::new("f", Span::mixed_site());
        let allows = allows();
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

/// A setter's signature and how it makes the value it stores.
struct SetterSig {
    /// Its parameters after `self`.
    params: TokenStream,
    /// Statements before the value is stored.
    prelude: TokenStream,
    /// What the slot stores: `set(value)`.
    set: TokenStream,
    /// The return type of a fallible `with` closure (`Result<_, E>`); the
    /// setter returns it, the next builder in place of `_`.
    fallible: Option<syn::Type>,
}

impl SetterSig {
    fn plain(params: TokenStream, set: TokenStream) -> Self {
        SetterSig {
            params,
            prelude: TokenStream::new(),
            set,
            fallible: None,
        }
    }
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

/// What the members add to the finishing method besides its body.
struct Finished {
    /// The bounds on the slots that make it callable.
    bounds: Vec<TokenStream>,
    /// Its parameters after `self`: the `finish_fn` members.
    params: Vec<TokenStream>,
    /// How many values of the carried tuple are read so far.
    carried: usize,
}

/// What a slot stores: the field type, or `Option<T>` for optional fields
/// (spelled absolutely, so a user's `Option` cannot capture it).
fn stored_ty(member: &Member, core: &TokenStream) -> TokenStream {
    if let Some(inner) = maybe_inner(member) {
        quote!(#core::option::Option<#inner>)
    } else {
        let ty = &member.ty;
        quote!(#ty)
    }
}

/// What the setter of a member that may stay unset takes (its `maybe_`
/// twin takes an `Option` of it): `T` of an `Option<T>` field, or the type
/// of a field with a default. Its slot stores an `Option` of it.
fn maybe_inner(member: &Member) -> Option<&syn::Type> {
    match &member.kind {
        MemberKind::Optional { inner, .. } => Some(inner),
        MemberKind::Default { .. } => Some(&member.ty),
        MemberKind::Required | MemberKind::Skip { .. } | MemberKind::Start | MemberKind::Finish => {
            None
        }
    }
}

/// The lints the builder's items never trigger for the user: the shared
/// set, and `clippy::suspicious`, for a function's bound (`T: 'a` of a
/// `&'a T` parameter) that the builder restates in a where clause.
fn allows() -> TokenStream {
    let shared = lint_allows();
    quote!(#shared #[allow(clippy::suspicious)])
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
    key: &Ident,
    expr: Option<&syn::Expr>,
    core: &TokenStream,
) -> TokenStream {
    expr.map_or_else(
        || quote_spanned!(key.span()=> <#ty as #core::default::Default>::default()),
        |expr| quote!(#expr),
    )
}

/// The user's `doc { .. }` when given, else the generated line.
fn doc_or(custom: Option<&Vec<syn::Attribute>>, generated: &str) -> TokenStream {
    custom.map_or_else(|| quote!(#[doc = #generated]), |docs| quote!(#(#docs)*))
}

/// The tokens of every name the user wrote that the impls mention: the
/// generics, the field types, the default expressions, the struct and the
/// builder. Generated parameters avoid them so they shadow none.
fn user_tokens(model: &Model) -> TokenStream {
    let (generics, ident, builder) = (&model.generics, &model.ident, &model.builder);
    let mut tokens = quote!(#ident #builder #generics);
    let where_clause = &generics.where_clause;
    tokens.extend(quote!(#where_clause));
    if let Some(function) = model.target.function() {
        let (name, self_ty) = (&function.name, &function.self_ty);
        let (receiver, output) = (&function.receiver, &function.output);
        tokens.extend(quote!(#name #self_ty #receiver #output));
    }
    for member in &model.members {
        let ty = &member.ty;
        tokens.extend(quote!(#ty));
        let expr = match &member.kind {
            MemberKind::Optional { default, .. } => default.as_ref(),
            MemberKind::Default { expr, .. } | MemberKind::Skip { expr, .. } => expr.as_ref(),
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => None,
        };
        tokens.extend(quote!(#expr));
    }
    tokens
}

/// `ConfigBuilder` -> `config_builder`: the module of names, as bon names
/// its state module (`HTTPBuilder` -> `http_builder`). An identifier that
/// is a keyword in snake case gets a trailing `_`.
fn names_module(builder: &Ident) -> Ident {
    let chars: Vec<char> = name(builder).chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let previous = i.checked_sub(1).and_then(|p| chars.get(p));
            let next = chars.get(i + 1);
            let boundary = previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                || (previous.is_some_and(|p| p.is_uppercase())
                    && next.is_some_and(|n| n.is_lowercase()));
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    ident_or_underscored(out, builder.span())
}

/// `max_conn` -> `MaxConn`, `r#type` -> `Type`: a slot's parameter.
fn camel_case(field: &str) -> String {
    let mut out = String::new();
    for part in field.split('_').filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars);
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'S');
    }
    if syn::parse_str::<Ident>(&out).is_err() {
        out.push('_');
    }
    if syn::parse_str::<Ident>(&out).is_err() {
        // Some leading character no identifier may start with.
        return "Slot".to_owned();
    }
    out
}

/// `text` as an identifier, with `_` appended if it is a keyword.
fn ident_or_underscored(mut text: String, span: Span) -> Ident {
    if syn::parse_str::<Ident>(&text).is_err() {
        text.push('_');
    }
    if syn::parse_str::<Ident>(&text).is_err() {
        return Ident::new("builder_names", span);
    }
    Ident::new(&text, span)
}
