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
//! one after what it is (`State`); `names.rs` makes these names. The
//! finishing method (`build()`, `call()`) is generated in `finish.rs`.

use crate::builder::model::{Host, Member, MemberKind, Model, Target};
use crate::builder::names::{self, Names};
use crate::util::lint_allows;
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
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
    /// One type parameter per slot, named after its field (`Port`).
    pub(super) slots: Vec<Ident>,
    /// The builder's state parameter (`State`).
    pub(super) state: Ident,
    /// The module of field and setter names (`config_builder`).
    pub(super) names: Ident,
}

pub(crate) fn expand(model: &Model) -> TokenStream {
    let ctx = Cx::new(model);
    let builder = ctx.builder_struct();
    // An associated function's start function goes into its impl block
    // (see `start_in_impl`).
    let start = if host(model).is_some() {
        TokenStream::new()
    } else {
        ctx.start_fn()
    };
    let traits = names::module(model, &ctx.names, &ctx.slots);
    let setters = ctx.setters();
    let finish = ctx.finish_fn();
    let clone = ctx.clone_impl();
    let debug = ctx.debug_impl();
    // A function's `#[cfg]`s go on every item made for it.
    let cfgs = match &model.target {
        Target::Function(function) => function.cfgs.as_slice(),
        Target::Struct => &[],
    };
    // No `const _` scope: the only names generated are the builder and its
    // module of names, both meant to be seen; the impls add no name.
    [builder, traits, start, setters, finish, clone, debug]
        .into_iter()
        .filter(|item| !item.is_empty())
        .map(|item| quote!(#(#cfgs)* #item))
        .collect()
}

/// The start function of an associated function's builder, for its impl
/// block.
pub(crate) fn start_in_impl(model: &Model) -> TokenStream {
    Cx::new(model).start_fn()
}

pub(super) fn host(model: &Model) -> Option<&Host> {
    match &model.target {
        Target::Function(function) => function.host.as_ref(),
        Target::Struct => None,
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
        let names = Names::new(model);
        Cx {
            model,
            rt: quote!(#private::builder),
            core: model.krate.core(),
            impl_params,
            args,
            preds,
            slots: names.slots,
            state: names.state,
            names: names.module,
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

    /// The receiver a method's builder holds: its field in the builder
    /// (`None` without one).
    fn receiver(&self) -> Option<&crate::builder::model::Receiver> {
        host(self.model).and_then(|host| host.receiver.as_ref())
    }

    /// `__vouch_receiver: value,` in a builder literal, when it holds one.
    fn receiver_field(&self, value: &TokenStream) -> TokenStream {
        if self.receiver().is_some() {
            quote!(__vouch_receiver: #value,)
        } else {
            TokenStream::new()
        }
    }

    /// What the messages of the state traits name as the built thing: the
    /// struct, or the type named like the function in the module of names.
    pub(super) fn target_ty(&self) -> TokenStream {
        match &self.model.target {
            Target::Struct => self.struct_ty(),
            Target::Function(_) => {
                let (names, ident) = (&self.names, &self.model.ident);
                quote!(#names::#ident)
            }
        }
    }

    /// The builder's `PhantomData` type: `fn() -> Struct<..>` ties the
    /// struct's parameters (and brings its inferred bounds, `T: 'a` for a
    /// field `&'a T`); a function's arguments do the same for a function,
    /// and its parameters are tied one by one too (`&'a ()`, `*const T`),
    /// since some may appear in no argument.
    fn phantom(&self) -> TokenStream {
        let Target::Function(_) = &self.model.target else {
            let struct_ty = self.struct_ty();
            return quote!(fn() -> #struct_ty);
        };
        let tied = self
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
                    Some(quote!(*const #ident))
                }
                GenericParam::Const(_) => None,
            });
        let arguments = self.model.members.iter().map(|member| &member.ty);
        quote!(fn() -> (#(#arguments,)* #(#tied,)*))
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

    /// The state with every slot unset.
    fn initial_state(&self) -> TokenStream {
        let rt = &self.rt;
        let unset = self.slots.iter().map(|_| quote!(#rt::Unset));
        quote!((#(#unset,)*))
    }

    /// The state with every slot generic.
    pub(super) fn generic_state(&self) -> TokenStream {
        let slots = &self.slots;
        quote!((#(#slots,)*))
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

    pub(super) fn slot_params(&self) -> Vec<TokenStream> {
        self.slots.iter().map(|slot| quote!(#slot)).collect()
    }

    fn builder_struct(&self) -> TokenStream {
        let model = self.model;
        let (builder, vis, core) = (&model.builder, &model.builder_vis, &self.core);
        let params = model.generics.params.iter();
        let initial = self.initial_state();
        let phantom = self.phantom();
        let receiver = self.receiver().map_or_else(TokenStream::new, |receiver| {
            let ty = &receiver.ty;
            quote!(__vouch_receiver: #ty,)
        });
        let where_clause = self.where_clause();
        let state = &self.state;
        let doc = match &model.target {
            Target::Struct => format!(
                " Builds a `{name}`: start with `{name}::{start}()`, call a setter per field, \
                 finish with `.{finish}()`.\n\n `{state}` is the builder's state: a tuple \
                 with one slot per field that has a setter, `Unset` until the setter is \
                 called, then `Set<T>` holding the value.",
                name = model.ident,
                start = model.start_fn,
                finish = model.finish_fn,
            ),
            Target::Function(function) => {
                // An associated function is started through its type.
                let owner = function.host.as_ref().map_or_else(String::new, |host| {
                    let self_ty = &host.self_ty;
                    format!("{}::", quote!(#self_ty).to_string().replace(' ', ""))
                });
                format!(
                    " Calls `{owner}{name}` with named arguments: start with \
                     `{owner}{start}()`, call a setter per argument, finish with \
                     `.{finish}()`.\n\n `{state}` is the builder's state: a tuple with one \
                     slot per argument that has a setter, `Unset` until the setter is called, \
                     then `Set<T>` holding the value.",
                    name = model.ident,
                    start = model.start_fn,
                    finish = model.finish_fn,
                )
            }
        };
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
            #[allow(missing_debug_implementations, missing_copy_implementations, deprecated)]
            #vis struct #builder<#(#params,)* #state = #initial> #where_clause {
                __vouch_state: #state,
                #receiver
                __vouch_type: #core::marker::PhantomData<#phantom>,
            }
        }
    }

    fn start_fn(&self) -> TokenStream {
        let model = self.model;
        let (builder, vis, start, core) = (
            &model.builder,
            &model.start_vis,
            &model.start_fn,
            &self.core,
        );
        let header = self.impl_header(&[]);
        let struct_ty = self.struct_ty();
        let where_clause = self.where_clause();
        let initial = self.initial_state();
        let ty = self.initial_builder_ty();
        let allows = lint_allows();
        let doc = format!(
            " Starts a builder of `{}`: call a setter per field, then `.{}()`.",
            model.ident, model.finish_fn
        );
        let doc = doc_or(model.start_docs.as_ref(), &doc);
        if let Target::Function(function) = &model.target {
            // In an impl block, the block's own parameters are declared
            // already.
            let own = self
                .impl_params
                .iter()
                .zip(&model.generics.params)
                .filter(|(_, param)| {
                    function.host.as_ref().is_none_or(|host| {
                        !host
                            .impl_params
                            .contains(&crate::util::ident::name(param_ident(param)))
                    })
                });
            let own = own.map(|(param, _)| param);
            let header = quote!(<#(#own),*>);
            let (param, held) = self.receiver().map_or_else(
                || (TokenStream::new(), TokenStream::new()),
                |receiver| {
                    let param = &receiver.param;
                    let this = &param.self_token;
                    (quote!(#param), self.receiver_field(&quote!(#this)))
                },
            );
            return quote! {
                #doc
                #[inline(always)]
                #allows
                #vis fn #start #header(#param) -> #ty #where_clause {
                    #builder {
                        __vouch_state: #initial,
                        #held
                        __vouch_type: #core::marker::PhantomData,
                    }
                }
            };
        }
        quote! {
            #[automatically_derived]
            #allows
            impl #header #struct_ty #where_clause {
                #doc
                #[inline(always)]
                #vis fn #start() -> #ty {
                    #builder {
                        __vouch_state: #initial,
                        __vouch_type: #core::marker::PhantomData,
                    }
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
            .map(|(member, slot, setter)| self.setter(member, slot, setter));
        let allows = lint_allows();
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
            let set = quote!(#rt::set(#converted));
            return self.setter_method(member, slot, setter, &docs, (&value, &param), &set);
        };
        let (param, converted) = convert(inner);
        let set = quote!(#rt::set(#core::option::Option::Some(#converted)));
        let plain = self.setter_method(member, slot, setter, &docs, (&value, &param), &set);
        let maybe = format_ident!(
            "maybe_{}",
            crate::util::ident::name(setter),
            span = setter.span()
        );
        let maybe_value = if member.into() {
            quote!(#core::option::Option::map(#value, #core::convert::Into::into))
        } else {
            quote!(#value)
        };
        let doc = if let MemberKind::Optional { .. } = &member.kind {
            format!(
                " Sets `{name}` to `Some(value)` or `None`, as given: `.{setter}(value)` with an \
                 `Option`."
            )
        } else {
            format!(" Sets `{name}` to the value given, or leaves its default for `None`.")
        };
        let maybe = self.setter_method(
            member,
            slot,
            &maybe,
            &quote!(#[doc = #doc]),
            (&value, &quote!(#core::option::Option<#param>)),
            &quote!(#rt::set(#maybe_value)),
        );
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
        (value, param): (&Ident, &TokenStream),
        set: &TokenStream,
    ) -> TokenStream {
        let (rt, core) = (&self.rt, &self.core);
        let builder = &self.model.builder;
        let vis = member
            .options
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
        let target_ty = self.target_ty();
        let (field, setter, names) = (&member.ident, &member.setter, &self.names);
        let optional = member.maybe_of().is_some();
        let not_set = match (&self.model.target, optional) {
            (Target::Struct, true) => quote!(OptionNotSet),
            (Target::Struct, false) => quote!(NotSet),
            (Target::Function(_), true) => quote!(OptionArgNotSet),
            (Target::Function(_), false) => quote!(ArgNotSet),
        };
        // An `overwritable` field's setter accepts either state: a second
        // call drops the first value and stores the new one.
        let bound = if member.overwritable() {
            TokenStream::new()
        } else {
            quote! {
                where
                    #this: #rt::#not_set<#names::#field, #names::#setter, #target_ty>,
            }
        };
        let held = self.receiver_field(&quote!(self.__vouch_receiver));
        quote! {
            #docs
            #[inline(always)]
            #vis fn #method(self, #value: #param) -> #next_ty
            #bound
            {
                let (#(#pattern,)*) = self.__vouch_state;
                #builder {
                    __vouch_state: (#(#fields,)*),
                    #held
                    __vouch_type: #core::marker::PhantomData,
                }
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
        let mut where_clause = self.where_clause();
        let held = self.receiver_field(&quote!(#core::clone::Clone::clone(&self.__vouch_receiver)));
        if let Some(receiver) = self.receiver() {
            // A `&mut self` builder is not `Clone`.
            let ty = &receiver.ty;
            where_clause.extend(quote!(#ty: #core::clone::Clone,));
        }
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #core::clone::Clone for #self_ty #where_clause {
                #[inline]
                fn clone(&self) -> Self {
                    #builder {
                        __vouch_state: #core::clone::Clone::clone(&self.__vouch_state),
                        #held
                        __vouch_type: #core::marker::PhantomData,
                    }
                }
            }
        }
    }

    fn debug_impl(&self) -> TokenStream {
        let model = self.model;
        if !model.derive_debug {
            return TokenStream::new();
        }
        let (rt, core) = (&self.rt, &self.core);
        // A defaulted member's slot shows its value, not the `Option` it
        // holds.
        let debug_trait = |member: &Member| {
            if let MemberKind::Default { .. } = member.kind {
                quote!(DebugDefaultSlot)
            } else {
                quote!(DebugSlot)
            }
        };
        let params: Vec<TokenStream> = model
            .members
            .iter()
            .filter_map(|member| {
                let slot = self.slots.get(member.slot?)?;
                let debug = debug_trait(member);
                Some(quote!(#slot: #rt::#debug))
            })
            .collect();
        let header = self.impl_header(&params);
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let name = model.builder.to_string();
        let formatter = Ident::new("f", Span::mixed_site());
        let out = Ident::new("out", Span::mixed_site());
        let fields = model.members.iter().filter_map(|member| {
            let slot = member.slot?;
            let param = self.slots.get(slot)?;
            let index = syn::Index::from(slot);
            let name = member.name();
            let debug = debug_trait(member);
            Some(quote! {
                <#param as #rt::#debug>::debug_slot(&self.__vouch_state.#index, #name, &mut #out);
            })
        });
        let allows = lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #core::fmt::Debug for #self_ty #where_clause {
                fn fmt(&self, #formatter: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                    let mut #out = #core::fmt::Formatter::debug_struct(#formatter, #name);
                    #(#fields)*
                    #core::fmt::DebugStruct::finish(&mut #out)
                }
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

/// The user's `doc { .. }` when given, else the generated line.
pub(super) fn doc_or(custom: Option<&Vec<syn::Attribute>>, generated: &str) -> TokenStream {
    custom.map_or_else(|| quote!(#[doc = #generated]), |docs| quote!(#(#docs)*))
}

/// The identifier of a generic parameter (a lifetime's without `'`).
fn param_ident(param: &GenericParam) -> &Ident {
    match param {
        GenericParam::Lifetime(lt) => &lt.lifetime.ident,
        GenericParam::Type(ty) => &ty.ident,
        GenericParam::Const(konst) => &konst.ident,
    }
}
