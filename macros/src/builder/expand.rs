//! Generation: the builder type, its start function, setters, finishing
//! method and optional `Clone`/`Debug`, from a checked [`Model`].
//!
//! The design, in one paragraph: the builder has the struct's generics plus
//! ONE state parameter `S`, bounded by the `State` trait of its state
//! module, as bon's (`config_builder::State`): an associated type per
//! settable member, `Unset` or `Set` (runtime markers that hold no value).
//! The builder stores its values in one field whose type depends only on
//! the struct's generics, never on the state, as bon's does: a tuple with,
//! per member, its own `Option` (a member that may stay unset) or the
//! runtime's `Stored<T>` (see [`slot_storage`]), empty while unset. A
//! setter moves the tuple, stores one value and rewraps it in the next
//! state, so type checking and borrow checking a setter costs the same
//! whatever the number of fields (a field type projected through the
//! state, as `<S::Port as Slot>::Of<T>` was, made each setter re-derive
//! the type of every field it carried over). `build()` takes a required
//! member's value out with the runtime's `take`, whose empty arm the
//! where-clause on the state makes unreachable (the optimizer removes it)
//! and which panics, never worse, if a builder made by hand reaches it;
//! and since the state never names a member's type, a user's method may
//! change a generic member's type across a setter
//! (`Builder<T2, SetValue<S>>`). The rules
//! "a setter runs once" and "`build()` needs every required field" are
//! where-clauses on those methods, over the runtime's public traits
//! (`vouch::builder::Required`, `NotSet`, blanket-implemented over `IsSet`
//! and `IsUnset`), whose `#[diagnostic::on_unimplemented]` messages name
//! the field and the struct; every unsatisfied where-clause is its own
//! error, so a user sees every missing field at once.
//!
//! Everything rustc or rustdoc may print is named for a reader, in the
//! defining crate and downstream: the fields and setters are uninhabited
//! types named exactly like them, in a module next to the builder named
//! after it (`config_builder::port`: reachable, so rustc prints the bare
//! name when it is unique); the impls sit beside the builder, not in an
//! anonymous `const _` (whose methods rustc prints as `_::<impl ..>`); the
//! state's associated types are named after their members (`S::Port`).

use crate::builder::model::{Function, GetterMode, Member, MemberKind, Model, With};
use crate::builder::names::{self, Names};
use crate::util::ident::name;
use crate::util::lint_allows;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{GenericParam, Ident};

/// Names and paths shared by every generator below.
pub(super) struct Cx<'a> {
    pub(super) model: &'a Model,
    /// `<crate>::__private::builder`.
    pub(super) rt: TokenStream,
    /// `<crate>::__private::core`.
    pub(super) core: TokenStream,
    /// The struct's generic parameters without defaults, for impls.
    pub(super) impl_params: Vec<TokenStream>,
    /// The struct's generic arguments, e.g. `'a, T, N`.
    pub(super) args: Vec<TokenStream>,
    /// The struct's where-clause predicates.
    pub(super) preds: Vec<TokenStream>,
    /// One associated type of the state trait per slot, named after its
    /// member (`Port`).
    pub(super) slots: Vec<Ident>,
    /// What the builder stores for each slot, and its empty value (see
    /// [`slot_storage`]): the builder's values are a tuple of them.
    pub(super) stored: Vec<Storage>,
    /// The builder's state parameter (`S`).
    pub(super) state: Ident,
    /// The module of field and setter names (`config_builder`).
    pub(super) names: Ident,
    /// `const` with `#[builder(const)]`, before every `fn` a user calls;
    /// else nothing.
    pub(super) konst: TokenStream,
}

pub(crate) fn expand(model: &Model) -> TokenStream {
    let ctx = Cx::new(model);
    let builder = ctx.builder_struct();
    let start = ctx.start_fn();
    let traits = names::module(model, &ctx.names, &ctx.slots);
    let setters = ctx.setters();
    let conversions = ctx.conversions();
    let finish = ctx.finish_fn();
    let checks = ctx.member_checks();
    let clone = ctx.clone_impl();
    let debug = ctx.debug_impl();
    // A function's `#[cfg]`s go on every item made for it.
    let cfgs = model
        .target
        .function()
        .map(|function| function.cfgs.as_slice())
        .unwrap_or_default();
    // No `const _` scope: the only names generated are the builder and its
    // module of names, both meant to be seen; the impls add no name.
    [
        builder,
        traits,
        start,
        setters,
        conversions,
        finish,
        checks,
        clone,
        debug,
    ]
    .into_iter()
    .filter(|item| !item.is_empty())
    .map(|item| quote!(#(#cfgs)* #item))
    .collect()
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
        let names = Names::new(model);
        let core = model.krate.core();
        let rt = quote!(#private::builder);
        let stored = model
            .members
            .iter()
            .filter(|member| member.slot.is_some())
            .map(|member| slot_storage(member, &rt, &core))
            .collect();
        Cx {
            model,
            rt,
            core: model.krate.core(),
            impl_params,
            args,
            preds,
            slots: names.slots,
            stored,
            state: names.state,
            names: names.module,
            konst: if model.is_const() {
                quote!(const)
            } else {
                TokenStream::new()
            },
        }
    }

    /// `Struct<'a, T, N>`.
    pub(super) fn struct_ty(&self) -> TokenStream {
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
    pub(super) fn owner(&self) -> TokenStream {
        if self.model.target.function().is_none() {
            return self.struct_ty();
        }
        let (names, name) = (&self.names, &self.model.ident);
        quote!(#names::#name)
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

    /// The builder value with state `state` and the values `carried` of
    /// the fields it carries (see [`Cx::carried`]), in their order; `None`
    /// carries each over from `self`.
    pub(super) fn rebuild(
        &self,
        state: &TokenStream,
        carried: Option<&[TokenStream]>,
    ) -> TokenStream {
        let (builder, core) = (&self.model.builder, &self.core);
        let fields = self
            .carried()
            .into_iter()
            .enumerate()
            .map(|(i, (name, _))| {
                let value = carried
                    .and_then(|values| values.get(i).cloned())
                    .unwrap_or_else(|| quote!(self.#name));
                quote!(#name: #value,)
            });
        quote! {
            #builder {
                __vouch_state: #state,
                #(#fields)*
                __vouch_type: #core::marker::PhantomData,
            }
        }
    }

    /// The fields the builder carries from its start to its end, as bon's
    /// builders have them: a method's receiver (`self_receiver`, see
    /// [`Model::receiver_field`]), then each `start_fn` and `field` member
    /// under its own name, in the order declared.
    ///
    /// [`Model::receiver_field`]: crate::builder::model::Model::receiver_field
    pub(super) fn carried(&self) -> Vec<(Ident, TokenStream)> {
        let receiver = self
            .receiver()
            .map(|ty| (self.model.receiver_field(), quote!(#ty)));
        let starts = self
            .model
            .members
            .iter()
            .filter(|member| member.carried())
            .map(|member| {
                let ty = &member.ty;
                (member.ident.clone(), quote!(#ty))
            });
        receiver.into_iter().chain(starts).collect()
    }

    /// The start function's parameters after the receiver (its `start_fn`
    /// members, `impl Into<T>` for `into` ones), the statements that make
    /// the `field` members (after the `start_fn` members, each in the order
    /// declared, so an expression reads those and the earlier fields by
    /// name, as bon's), and the values of what the builder carries, made
    /// from them and `receiver`.
    fn start_args(
        &self,
        receiver: Option<&Ident>,
    ) -> (Vec<TokenStream>, TokenStream, Vec<TokenStream>) {
        let core = &self.core;
        let mut params = Vec::new();
        let mut lets = TokenStream::new();
        let mut fields = TokenStream::new();
        let mut values: Vec<TokenStream> = receiver.map(|this| quote!(#this)).into_iter().collect();
        let has_fields = self
            .model
            .members
            .iter()
            .any(|member| matches!(member.kind, MemberKind::Field { .. }));
        for member in &self.model.members {
            let (ident, ty) = (&member.ident, &member.ty);
            match &member.kind {
                MemberKind::Start if member.into() => {
                    params.push(quote!(#ident: impl #core::convert::Into<#ty>));
                    if has_fields {
                        // Converted first: a field's expression reads it.
                        lets.extend(quote!(let #ident: #ty = #core::convert::Into::into(#ident);));
                        values.push(quote!(#ident));
                    } else {
                        values.push(quote!(#core::convert::Into::into(#ident)));
                    }
                }
                MemberKind::Start => {
                    params.push(quote!(#ident: #ty));
                    values.push(quote!(#ident));
                }
                MemberKind::Field { key, expr } => {
                    let value = expr.as_ref().map_or_else(
                        || quote_spanned!(*key=> <#ty as #core::default::Default>::default()),
                        |expr| quote!(#expr),
                    );
                    fields.extend(quote!(let #ident: #ty = #value;));
                    values.push(quote!(#ident));
                }
                _ => {}
            }
        }
        lets.extend(fields);
        (params, lets, values)
    }

    /// The type of the receiver a method builder stores.
    pub(super) fn receiver(&self) -> Option<&syn::Type> {
        self.model
            .target
            .function()
            .and_then(|function| function.receiver.as_deref())
    }

    /// `Builder<'a, T, N, state>`.
    pub(super) fn builder_ty(&self, state: &TokenStream) -> TokenStream {
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

    /// The values of a new builder: nothing in each slot.
    fn initial_state(&self) -> TokenStream {
        let empty = self.stored.iter().map(|storage| &storage.empty);
        quote!((#(#empty,)*))
    }

    /// The builder's state parameter, for impls generic over it.
    pub(super) fn generic_state(&self) -> TokenStream {
        let state = &self.state;
        quote!(#state)
    }

    /// The state of slot `slot`: `S::Port`.
    pub(super) fn slot_ty(&self, slot: usize) -> TokenStream {
        let (state, name) = (&self.state, self.slots.get(slot));
        quote!(#state::#name)
    }

    /// The impl header's parameters: the struct's, then `extra`.
    pub(super) fn impl_header(&self, extra: &[TokenStream]) -> TokenStream {
        let params = self.impl_params.iter().chain(extra);
        quote!(<#(#params),*>)
    }

    pub(super) fn where_clause(&self) -> TokenStream {
        let preds = &self.preds;
        quote!(where #(#preds,)*)
    }

    /// The impl parameter of the state: `S: config_builder::State`.
    pub(super) fn slot_params(&self) -> Vec<TokenStream> {
        let (state, names) = (&self.state, &self.names);
        vec![quote!(#state: #names::State)]
    }

    fn builder_struct(&self) -> TokenStream {
        let model = self.model;
        let (builder, vis, core) = (&model.builder, &model.builder_vis, &self.core);
        let params = model.generics.params.iter();
        let names = &self.names;
        let phantom = self.phantom();
        let where_clause = self.where_clause();
        let state = &self.state;
        let doc = match model.target.function() {
            None => format!(
                " Builds a `{name}`: start with `{name}::{start}()`, call a setter per field, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state, which fields are \
                 set: see `{names}::State`.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
            Some(_) => format!(
                " Calls `{name}`: start with `{start}()`, call a setter per argument, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state, which arguments \
                 are set: see `{names}::State`.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
        };
        let receiver = self
            .carried()
            .into_iter()
            .map(|(name, ty)| quote!(#name: #ty,))
            .collect::<TokenStream>();
        // The values' type depends on the struct's generics only, never on
        // the state: a setter moves the tuple and stores one value, so
        // type checking it costs the same whatever the number of fields.
        let values = self.stored.iter().map(|storage| &storage.ty);
        let values = quote!((#(#values,)*));
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
        let allows = lint_allows();
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
            #vis struct #builder<#(#params,)* #state: #names::State = #names::Empty> #where_clause {
                __vouch_state: #values,
                #receiver
                __vouch_type: #core::marker::PhantomData<(fn() -> #phantom, fn() -> #state)>,
            }
        }
    }

    /// The start function of a function builder: a free function in the
    /// function's place, or for a method an associated function of the
    /// impl's type that takes the receiver.
    fn start_of_function(&self, function: &Function) -> TokenStream {
        let model = self.model;
        let (vis, start, konst) = (&model.start_vis, &model.start_fn, &self.konst);
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
                model.ident, model.finish_fn
            );
            quote!(#[doc = #doc])
        };
        let attrs = attrs
            .iter()
            .filter(|attr| !(model.start_docs.is_some() && attr.path().is_ident("doc")));
        let this = Ident::new("self", Span::call_site());
        let receiver = self.receiver().map(|ty| quote!(#this: #ty,));
        let (params, lets, args) = self.start_args(receiver.as_ref().map(|_| &this));
        let value = self.rebuild(&self.initial_state(), Some(&args));
        let value = quote!(#lets #value);
        let Some(self_ty) = &function.self_ty else {
            let generics = &model.generics.params;
            let where_clause = self.where_clause();
            let allows = lint_allows();
            return quote! {
                #(#attrs)*
                #doc
                #[inline(always)]
                #allows
                #vis #konst fn #start<#generics>(#(#params),*) -> #ty #where_clause {
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
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl <#header> #self_ty #preds {
                #(#attrs)*
                #doc
                #[inline(always)]
                #vis #konst fn #start <#own> (#receiver #(#params),*) -> #ty #own_preds {
                    #value
                }
            }
        }
    }

    fn start_fn(&self) -> TokenStream {
        if let Some(function) = self.model.target.function() {
            return self.start_of_function(function);
        }
        let model = self.model;
        let (vis, start, konst) = (&model.start_vis, &model.start_fn, &self.konst);
        let header = self.impl_header(&[]);
        let struct_ty = self.struct_ty();
        let where_clause = self.where_clause();
        let (params, lets, args) = self.start_args(None);
        let value = self.rebuild(&self.initial_state(), Some(&args));
        let value = quote!(#lets #value);
        let ty = self.initial_builder_ty();
        let allows = lint_allows();
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
                #vis #konst fn #start(#(#params),*) -> #ty {
                    #value
                }
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
            .map(|(member, slot, setter)| {
                let setter_methods = self.setter(member, slot, setter);
                let getter = self.getter(member, slot, setter);
                quote!(#setter_methods #getter)
            });
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #self_ty #where_clause {
                #(#methods)*
            }
        }
    }

    /// The getter of a member with `#[builder(getter)]`: reads its slot once
    /// it is set (`Option<..>` for a member that may stay unset).
    fn getter(&self, member: &Member, slot: usize, setter: &Ident) -> TokenStream {
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

    /// For `derive(Clone)` / `derive(Debug)`, a where-clause per member
    /// type that names no parameter (see [`member_bound`]), each on a
    /// function of its own: rustc checks an item's where-clause once per
    /// distinct bound, so two members of one type that lacks the trait
    /// would otherwise get one error between them. The impls' own bound on
    /// a carried member is spanned as its check here, so rustc prints
    /// their one error once.
    fn member_checks(&self) -> TokenStream {
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

    fn clone_impl(&self) -> TokenStream {
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
    fn debug_impl(&self) -> TokenStream {
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

/// `ty: bound` spanned at `ty`, when `ty` names no generic parameter and
/// no lifetime: such a bound rustc checks where the impl or method is
/// defined, so a member type that lacks the trait is reported at that
/// member's type, once per member (as bon reports it), where it would
/// otherwise only show at a use. A type that names a parameter gets none:
/// there the bound would only narrow the impl, which its other bounds
/// already shape; and when `ty` does have the trait, the bound is true and
/// changes nothing.
fn member_bound(ty: &TokenStream, bound: &TokenStream, generics: &[String]) -> Option<TokenStream> {
    fn concrete(tokens: &TokenStream) -> bool {
        use proc_macro2::TokenTree;
        tokens.clone().into_iter().all(|tree| match tree {
            TokenTree::Group(group) => concrete(&group.stream()),
            TokenTree::Ident(ident) => !(ident == "impl" || ident == "Self" || ident == "_"),
            TokenTree::Punct(punct) => punct.as_char() != '\'',
            TokenTree::Literal(_) => true,
        })
    }
    if !concrete(ty) || crate::util::ident::mentions(ty, generics) {
        return None;
    }
    let span = syn::spanned::Spanned::span(ty);
    let bound = crate::util::respan(bound.clone(), span);
    Some(quote_spanned!(span=> #ty: #bound))
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

/// What the builder stores for one member, and the value it starts with.
pub(super) struct Storage {
    /// `Option<T>` or `Stored<T>`.
    pub(super) ty: TokenStream,
    /// `T`: the value it holds when set.
    pub(super) value: TokenStream,
    /// `None` or `Stored::Empty`.
    pub(super) empty: TokenStream,
}

/// What the builder stores for a member: for one whose setters store its
/// own `Option` ([`unset_is_none`]), that `Option`; for any other (a
/// required member, an `Option` member with a default, whose `None` is
/// "set to `None`", not "use the default"), the runtime's `Stored<T>`,
/// which its state says is set, and whose tag, unlike an `Option`'s niche,
/// the optimizer follows from the setter to `build()`.
pub(super) fn slot_storage(member: &Member, rt: &TokenStream, core: &TokenStream) -> Storage {
    let held = match &member.kind {
        MemberKind::Optional { inner, default } => {
            if default.is_none() {
                return Storage {
                    ty: quote!(#core::option::Option<#inner>),
                    value: quote!(#inner),
                    empty: quote!(#core::option::Option::None),
                };
            }
            quote!(#core::option::Option<#inner>)
        }
        MemberKind::Default { .. } => {
            let ty = &member.ty;
            return Storage {
                ty: quote!(#core::option::Option<#ty>),
                value: quote!(#ty),
                empty: quote!(#core::option::Option::None),
            };
        }
        _ => {
            let ty = &member.ty;
            quote!(#ty)
        }
    };
    Storage {
        ty: quote!(#rt::Stored<#held>),
        value: held,
        empty: quote!(#rt::Stored::Empty),
    }
}

/// Whether a member's setters store its own `Option` as they make it
/// (`maybe_port(None)` stores `None`, which means the same as unset): an
/// `Option` member without a default, or a member with a default. Any
/// other member's setters store `Stored::Value(value)`.
pub(super) fn unset_is_none(member: &Member) -> bool {
    matches!(
        member.kind,
        MemberKind::Optional { default: None, .. } | MemberKind::Default { .. }
    )
}

/// The user's `doc { .. }` when given, else the generated line.
pub(super) fn doc_or(custom: Option<&Vec<syn::Attribute>>, generated: &str) -> TokenStream {
    custom.map_or_else(|| quote!(#[doc = #generated]), |docs| quote!(#(#docs)*))
}
