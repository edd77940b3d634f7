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
//!
//! Here: the context [`Cx`] every generator reads, and what the builder
//! stores per member. Each generator is a module: [`start`] (the builder
//! struct and its start function), [`setters`], [`getter`], [`derives`]
//! (`Clone`, `Debug`); the conversion methods are in `convert.rs`, the
//! finishing method in `finish.rs`, the state module in `names.rs`.

mod derives;
mod getter;
mod setters;
mod start;

use crate::builder::model::{Member, MemberKind, Model};
use crate::builder::names::{self, Names};

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
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

    /// `impl<.., S: State> Builder<.., S> { methods }`: methods of the
    /// builder in any state (setters, getters, conversions), generated.
    pub(super) fn impl_in_any_state(
        &self,
        methods: impl IntoIterator<Item = TokenStream>,
    ) -> TokenStream {
        let header = self.impl_header(&self.slot_params());
        let self_ty = self.builder_ty(&self.generic_state());
        let where_clause = self.where_clause();
        let methods = methods.into_iter();
        let allows = crate::util::lint_allows();
        quote! {
            #[automatically_derived]
            #allows
            impl #header #self_ty #where_clause {
                #(#methods)*
            }
        }
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
