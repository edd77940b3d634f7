//! The builder's model: what parsing fills (`attr/`), checking reads and
//! refines (`check/`) and generation reads (`expand/`). A leaf: it
//! imports none of the builder's phases.
//!
//! The options keep the tokens they were read from ([`Spanned`] values,
//! keys as identifiers), so every error of the check phase points at the
//! option to change. Resolving them (defaults for names and visibilities,
//! the struct's `on(...)` rules, what `build()` does with each field) is
//! plain filling and reports nothing: contradictions are the check's.
//!
//! Here, the model itself; in `options.rs`, the options as read; in
//! `resolve.rs`, [`Model::new`], which fills the one from the other.
//!
//! [`Spanned`]: crate::util::attr::Spanned

mod options;
mod resolve;

pub(crate) use options::{
    Conversion, Field, FieldOptions, GenericSetters, Getter, GetterMode, Named, OnRule,
    StructOptions,
};
pub(crate) use resolve::option_inner;

use crate::util::CratePath;
use syn::{Attribute, Expr, Ident, Type, Visibility};

/// What `build()` does with a field.
pub(crate) enum MemberKind {
    /// Must be set; `build()` exists only once it is.
    Required,
    /// An `Option<T>` field: the setter takes `T`, `maybe_<name>` takes
    /// `Option<T>`; unset means `default` (or `None`).
    Optional {
        inner: Box<Type>,
        default: Option<Expr>,
    },
    /// `#[builder(default)]` (`Default::default()`, spanned at the key) or
    /// `#[builder(default = expr)]`.
    Default {
        key: proc_macro2::Span,
        expr: Option<Expr>,
    },
    /// `#[builder(skip)]` / `skip = expr`: no setter, always the default.
    Skip {
        key: proc_macro2::Span,
        expr: Option<Expr>,
    },
    /// `#[builder(start_fn)]`: an argument of the start function.
    Start,
    /// `#[builder(finish_fn)]`: an argument of the finishing method.
    Finish,
    /// `#[builder(field)]` / `field = expr`: a private field of the
    /// builder, made by the start function (`Default::default()`, spanned
    /// at the key, or `expr`).
    Field {
        key: proc_macro2::Span,
        expr: Option<Expr>,
    },
}

/// A field (or argument) as the builder sees it.
pub(crate) struct Member {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    pub(crate) docs: Vec<Attribute>,
    pub(crate) options: FieldOptions,
    pub(crate) kind: MemberKind,
    /// The setter's name (`None` for skipped fields).
    pub(crate) setter: Option<Ident>,
    /// The position of the field's slot in the state tuple.
    pub(crate) slot: Option<usize>,
    /// `with = ..`, as the check reads it: the setter's own parameters and
    /// how they make the value.
    pub(crate) with: Option<With>,
}

/// A setter that takes its own parameters.
pub(crate) enum With {
    /// `with = |a: A, b: B| expr`.
    Closure {
        /// The parameters, as the closure declares them.
        params: Vec<(Ident, Type)>,
        /// The expression that makes the value from them.
        body: proc_macro2::TokenStream,
        /// A fallible closure's return type, `Result<_, E>` (or an alias
        /// with `_`): the setter returns it with the builder for `_`.
        fallible: Option<Type>,
    },
    /// `with = Some` on a `required` `Option<T>`: the setter takes a `T`.
    Some { inner: Type },
    /// `with = FromIterator::from_iter`: the setter takes any iterator of
    /// the collection's items.
    FromIter { collection: Type },
}

impl Member {
    /// The field's name without `r#`, for messages and derived names.
    pub(crate) fn name(&self) -> String {
        crate::util::ident::name(&self.ident)
    }

    /// The setter converts with `Into`.
    pub(crate) fn into(&self) -> bool {
        self.options.into.is_some()
    }

    /// A second call of the setter replaces the value instead of failing.
    pub(crate) fn overwritable(&self) -> bool {
        self.options.overwritable.is_some()
    }

    /// The name of the setter that takes the value: `some_fn = ..`, else
    /// the setter's.
    pub(crate) fn plain_setter(&self) -> Option<Ident> {
        let named = self
            .options
            .some_fn
            .as_ref()
            .and_then(|named| named.value.name.clone());
        named.or_else(|| self.setter.clone())
    }

    /// The name of the `maybe_` setter: `option_fn = ..`, else
    /// `maybe_<setter>`.
    pub(crate) fn maybe_setter(&self) -> Option<Ident> {
        let named = self
            .options
            .option_fn
            .as_ref()
            .and_then(|named| named.value.name.clone());
        named.or_else(|| {
            let setter = self.setter.as_ref()?;
            Some(quote::format_ident!(
                "maybe_{}",
                crate::util::ident::name(setter),
                span = setter.span()
            ))
        })
    }

    /// The type the setter takes when the member also has a `maybe_`
    /// setter (taking an `Option` of it): an `Option<T>` field's `T`, a
    /// defaulted member's own type (`None` means its default), as bon's.
    pub(crate) fn maybe_of(&self) -> Option<&Type> {
        match &self.kind {
            MemberKind::Optional { inner, .. } => Some(inner),
            MemberKind::Default { .. } => Some(&self.ty),
            MemberKind::Required
            | MemberKind::Skip { .. }
            | MemberKind::Start
            | MemberKind::Finish
            | MemberKind::Field { .. } => None,
        }
    }

    /// The builder holds it in a named field from the start: a `start_fn`
    /// or `field` member.
    pub(crate) fn carried(&self) -> bool {
        matches!(self.kind, MemberKind::Start | MemberKind::Field { .. })
    }
}

/// What the builder builds.
pub(crate) enum Target {
    /// A struct (`derive(Builder)`): `Struct::builder()...build()`.
    Struct,
    /// A function (`#[vouch::builder] fn`) or a method (`#[builder]` in a
    /// `#[vouch::bon]` impl): `function()...call()` calls it.
    Function(Box<Function>),
}

impl Target {
    /// The function, for a function builder.
    pub(crate) fn function(&self) -> Option<&Function> {
        match self {
            Target::Struct => None,
            Target::Function(function) => Some(function),
        }
    }
}

/// A function builder's function, less its name, generics and arguments
/// (which are the model's `ident`, `generics` and members).
pub(crate) struct Function {
    /// The name the function keeps next to the builder, which the
    /// finishing method calls: its own (when `start_fn = ..` names the
    /// start function otherwise), else `__orig_<name>`, hidden, as bon's.
    pub(crate) orig: Ident,
    /// The type of the impl block of a method or associated function.
    pub(crate) self_ty: Option<Box<Type>>,
    /// The impl block's generics, its elided lifetimes named.
    pub(crate) impl_generics: Option<Box<syn::Generics>>,
    /// The function's own generics, with a parameter for each elided
    /// lifetime and each `impl Trait` of its arguments.
    pub(crate) own_generics: syn::Generics,
    /// The receiver of a method, as the builder stores it: `self` by value
    /// is the impl's type, `&self` is `&'receiver Type`, ...
    pub(crate) receiver: Option<Box<Type>>,
    /// The receiver's `self` token, where an error about it points.
    pub(crate) receiver_span: Option<proc_macro2::Span>,
    /// The return type, with `Self` spelled out and elided lifetimes named.
    pub(crate) output: Option<Box<Type>>,
    pub(crate) asyncness: Option<syn::Token![async]>,
    pub(crate) constness: Option<syn::Token![const]>,
    pub(crate) unsafety: Option<syn::Token![unsafe]>,
    /// Attributes of the function the start function carries too:
    /// its docs, `#[deprecated]`, `#[allow(..)]`, ...
    pub(crate) start_attrs: Vec<Attribute>,
    /// Attributes of the function the finishing method carries:
    /// `#[track_caller]`, `#[target_feature(..)]`, `#[must_use]`.
    pub(crate) finish_attrs: Vec<Attribute>,
    /// `::<T, N>`: the function's own type parameters, passed explicitly
    /// (a parameter only a projection like `T::Assoc` names is not
    /// inferred).
    pub(crate) turbofish: proc_macro2::TokenStream,
    /// `#[cfg]`/`#[cfg_attr]`: on every generated item.
    pub(crate) cfgs: Vec<Attribute>,
}

/// The whole builder: filled by parsing, refined by checking.
pub(crate) struct Model {
    /// The struct, or the function.
    pub(crate) ident: Ident,
    pub(crate) target: Target,
    pub(crate) generics: syn::Generics,
    pub(crate) members: Vec<Member>,
    /// The struct's options as written, for the check's spans.
    pub(crate) options: StructOptions,
    pub(crate) builder: Ident,
    pub(crate) builder_vis: Visibility,
    /// `doc { .. }` of `builder_type`, `start_fn`, `finish_fn`.
    pub(crate) builder_docs: Option<Vec<Attribute>>,
    pub(crate) start_docs: Option<Vec<Attribute>>,
    pub(crate) finish_docs: Option<Vec<Attribute>>,
    pub(crate) start_fn: Ident,
    pub(crate) start_vis: Visibility,
    pub(crate) finish_fn: Ident,
    pub(crate) finish_vis: Visibility,
    pub(crate) krate: CratePath,
    pub(crate) derive_clone: bool,
    pub(crate) derive_debug: bool,
    /// `generics(setters(..))`: one per type parameter, filled by the check.
    pub(crate) conversions: Vec<Conversion>,
}

impl Model {
    /// `derive(Into)`: `From<Builder<..>>` for what the finishing method
    /// returns.
    pub(crate) fn derive_into(&self) -> bool {
        self.options.derive_into.is_some()
    }

    /// `const`: every method of the builder a user calls is a `const fn`.
    pub(crate) fn is_const(&self) -> bool {
        self.options.konst.is_some()
    }

    /// `derive(IntoFuture(Box))`: `Some(send)`.
    pub(crate) fn derive_into_future(&self) -> Option<bool> {
        self.options
            .derive_into_future
            .as_ref()
            .map(|(_, send)| *send)
    }

    /// `true` when some user expression (`default = ...`, `skip = ...`)
    /// runs in `build()`: the earlier fields are then in scope by name.
    pub(crate) fn has_user_exprs(&self) -> bool {
        self.members.iter().any(|member| match &member.kind {
            MemberKind::Optional { default, .. } => default.is_some(),
            MemberKind::Default { expr, .. } | MemberKind::Skip { expr, .. } => expr.is_some(),
            MemberKind::Required
            | MemberKind::Start
            | MemberKind::Finish
            | MemberKind::Field { .. } => false,
        })
    }

    /// The builder's field that holds a method's receiver: `self_receiver`,
    /// with a `_` more for as long as a `start_fn` or `field` member has the
    /// name, as bon names it.
    pub(crate) fn receiver_field(&self) -> Ident {
        let mut name = String::from("self_receiver");
        while self
            .members
            .iter()
            .any(|member| member.carried() && member.name() == name)
        {
            name.push('_');
        }
        Ident::new(&name, proc_macro2::Span::call_site())
    }
}
