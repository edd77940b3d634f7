//! The options as parsing read them, before they are resolved: the
//! item's ([`StructOptions`] and the `name`/`vis`/`doc` of what it names),
//! a field's ([`FieldOptions`], its `getter`), and a [`Field`] with them.

use crate::util::CratePath;
use crate::util::attr::Spanned;
use syn::{Attribute, Expr, Ident, Type, Visibility};

/// `start_fn`, `finish_fn`, `builder_type` or `state_mod`: `key = name` or
/// `key(name = name, vis = "pub(crate)", doc { .. })`.
#[derive(Default)]
pub(crate) struct Named {
    pub(crate) name: Option<Ident>,
    pub(crate) vis: Option<Visibility>,
    /// `doc { /// text }`: replaces the generated doc comment.
    pub(crate) docs: Option<Vec<Attribute>>,
}

/// bon's `on(Type, options...)`: options applied to every field whose type
/// is spelled `Type` (`_` matches every type).
pub(crate) struct OnRule {
    pub(crate) ty: Type,
    pub(crate) into: Option<Ident>,
    pub(crate) required: Option<Ident>,
    pub(crate) overwritable: Option<Ident>,
    /// `default`: `Default::default()` for a matching member that must be
    /// set otherwise.
    pub(crate) default: Option<Ident>,
}

/// The struct's `#[builder(...)]` options, as written (each spanned at its
/// key).
#[derive(Default)]
pub(crate) struct StructOptions {
    pub(crate) builder_type: Option<Spanned<Named>>,
    pub(crate) start_fn: Option<Spanned<Named>>,
    pub(crate) finish_fn: Option<Spanned<Named>>,
    /// `state_mod = name` / `state_mod(name = .., vis = "..", doc { .. })`:
    /// the builder's state module.
    pub(crate) state_mod: Option<Spanned<Named>>,
    pub(crate) krate: Option<Spanned<CratePath>>,
    /// `derive(Clone)`: the key's token.
    pub(crate) derive_clone: Option<Ident>,
    /// `derive(Debug)`: the key's token.
    pub(crate) derive_debug: Option<Ident>,
    /// `derive(Into)`: the key's token.
    pub(crate) derive_into: Option<Ident>,
    /// `derive(IntoFuture(Box))`: the key's token, and whether the future
    /// is `Send` (not with `?Send`).
    pub(crate) derive_into_future: Option<(Ident, bool)>,
    /// `derive(Clone(bounds(..)))`: where-predicates of the `Clone` impl.
    pub(crate) clone_bounds: Vec<syn::WherePredicate>,
    /// `derive(Debug(bounds(..)))`: where-predicates of the `Debug` impl.
    pub(crate) debug_bounds: Vec<syn::WherePredicate>,
    /// `on(Type, into)` / `on(Type, required)` rules, in order.
    pub(crate) on: Vec<OnRule>,
    /// `generics(setters = "conv_{}")` / `generics(setters(name = "conv_{}",
    /// vis = "..", doc { .. }))`, spanned at `generics`: a conversion method
    /// per type parameter.
    pub(crate) generic_setters: Option<Spanned<GenericSetters>>,
    /// `const`: the builder's methods are `const fn` (the keyword's token).
    pub(crate) konst: Option<Ident>,
}

/// bon's `generics(setters(..))`: the builder gets a method per type
/// parameter that changes it to another type.
pub(crate) struct GenericSetters {
    /// The name pattern, in which each parameter's name in snake case
    /// replaces `{}` (checked to hold one).
    pub(crate) pattern: syn::LitStr,
    pub(crate) vis: Option<Visibility>,
    /// `doc { .. }`: the docs of every conversion method.
    pub(crate) docs: Option<Vec<Attribute>>,
}

/// The conversion method of one type parameter, as the check finds it.
pub(crate) struct Conversion {
    /// The parameter it changes.
    pub(crate) param: Ident,
    /// The method's name: the pattern with the parameter's name.
    pub(crate) method: Ident,
    /// The members (indices into [`Model::members`]) held in a slot whose
    /// type names the parameter: they must be unset, and the new builder
    /// gets them empty.
    ///
    /// [`Model::members`]: super::Model::members
    pub(crate) members: Vec<usize>,
}

/// A field's `#[builder(...)]` options, as written, then completed by the
/// struct's `on(...)` rules.
#[derive(Default)]
pub(crate) struct FieldOptions {
    /// `default` (`None`) or `default = expr`.
    pub(crate) default: Option<Spanned<Option<Expr>>>,
    /// `skip` (`None`) or `skip = expr`.
    pub(crate) skip: Option<Spanned<Option<Expr>>>,
    pub(crate) into: Option<Ident>,
    /// `name = x` or `setters(name = x)`, spanned at its key.
    pub(crate) name: Option<Spanned<Ident>>,
    pub(crate) required: Option<Ident>,
    pub(crate) overwritable: Option<Ident>,
    /// `setters(vis = "..")`.
    pub(crate) setter_vis: Option<Visibility>,
    /// `setters(doc { .. })`, replacing the field's doc comment.
    pub(crate) setter_docs: Option<Vec<Attribute>>,
    /// `setters(some_fn = x)` / `some_fn(name, vis, doc)`: the setter that
    /// takes the value of a member that may stay unset.
    pub(crate) some_fn: Option<Spanned<Named>>,
    /// `setters(option_fn = x)`: its `maybe_` setter, taking an `Option`.
    pub(crate) option_fn: Option<Spanned<Named>>,
    /// `getter` / `getter(name = .., vis = "..", doc { .. }, copy | clone |
    /// deref | deref(Target))`: a method of the builder that reads the
    /// member once it is set.
    pub(crate) getter: Option<Spanned<Getter>>,
    /// `start_fn`: an argument of the start function, not a setter.
    pub(crate) start_fn: Option<Ident>,
    /// `finish_fn`: an argument of the finishing method, not a setter.
    pub(crate) finish_fn: Option<Ident>,
    /// `field` (`None`) or `field = expr`: a private field of the builder,
    /// made by the start function, not a setter.
    pub(crate) field: Option<Spanned<Option<Expr>>>,
    /// The `setters` key, for the check's span.
    pub(crate) setters: Option<Ident>,
    /// `with = |a: A, b: B| expr`, `with = Some`,
    /// `with = FromIterator::from_iter`: what the setter takes and how it
    /// makes the value.
    pub(crate) with: Option<Spanned<Expr>>,
    /// `into` / `default` given by an `on(..)` rule, not by the field
    /// (the check reports what `const` refuses once, at the rule).
    pub(crate) into_by_rule: bool,
    pub(crate) default_by_rule: bool,
    /// The field's own `into` / `overwritable` keys that a matching
    /// `on(..)` rule gives it too (the check reports them as redundant).
    pub(crate) implied: Vec<Ident>,
    /// The `name` / `vis` / `doc` keys of `setters(..)` that both
    /// `some_fn(..)` and `option_fn(..)` give their own of.
    pub(crate) overridden: Vec<Ident>,
}

/// A member's getter, as bon spells it.
#[derive(Default)]
pub(crate) struct Getter {
    /// `name = ..`; else `get_<member>`.
    pub(crate) name: Option<Ident>,
    pub(crate) vis: Option<Visibility>,
    pub(crate) docs: Option<Vec<Attribute>>,
    /// How the value is handed out.
    pub(crate) mode: GetterMode,
    /// The `copy` / `clone` / `deref` key that chose `mode`.
    pub(crate) mode_key: Option<proc_macro2::Span>,
}

/// What a getter returns of a member of type `T`.
#[derive(Default)]
pub(crate) enum GetterMode {
    /// `&T`.
    #[default]
    Ref,
    /// `T`, copied.
    Copy,
    /// `T`, cloned.
    Clone,
    /// `&T::Target`, or `&Target` as given.
    Deref(Option<Box<Type>>),
}

/// A named field (or a function's argument) and its options, as parsing
/// reads it.
pub(crate) struct Field {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    /// The field's `#[doc]` attributes, carried onto its setter.
    pub(crate) docs: Vec<Attribute>,
    pub(crate) options: FieldOptions,
}
