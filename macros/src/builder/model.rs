//! The builder's model: what parsing fills (`attr.rs`), checking reads and
//! refines (`check.rs`) and generation reads (`expand.rs`). A leaf: it
//! imports none of the builder's phases.
//!
//! The options keep the tokens they were read from ([`Spanned`] values,
//! keys as identifiers), so every error of the check phase points at the
//! option to change. Resolving them (defaults for names and visibilities,
//! the struct's `on(...)` rules, what `build()` does with each field) is
//! plain filling and reports nothing: contradictions are the check's.

use crate::util::CratePath;
use crate::util::attr::Spanned;
use quote::ToTokens;
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

    /// Fills the model from what parsing read: names and visibilities
    /// default as bon's do, the `on(...)` rules complete each field's
    /// options, and each field gets its kind, setter and slot.
    pub(crate) fn new(
        ident: Ident,
        vis: &Visibility,
        generics: syn::Generics,
        fields: Vec<Field>,
        mut options: StructOptions,
    ) -> Model {
        let builder = named(options.builder_type.as_ref())
            .and_then(|named| named.name.clone())
            .unwrap_or_else(|| quote::format_ident!("{}Builder", crate::util::ident::name(&ident)));
        let vis_of = |named: Option<&Named>, default: &Visibility| {
            named
                .and_then(|named| named.vis.clone())
                .unwrap_or_else(|| default.clone())
        };
        let builder_vis = vis_of(named(options.builder_type.as_ref()), vis);
        let docs_of = |named: Option<&Named>| named.and_then(|named| named.docs.clone());
        let rules = std::mem::take(&mut options.on);
        let mut slots = 0..;
        let members = fields
            .into_iter()
            .map(|mut field| {
                apply_rules(&mut field, &rules);
                let kind = kind_of(&field);
                let setter = match kind {
                    MemberKind::Skip { .. } | MemberKind::Start | MemberKind::Finish => None,
                    _ => Some(
                        field
                            .options
                            .name
                            .as_ref()
                            .map_or_else(|| setter_name(&field.ident), |name| name.value.clone()),
                    ),
                };
                // A `field` member has none either: the start function makes it.
                let setter = setter.filter(|_| !matches!(kind, MemberKind::Field { .. }));
                Member {
                    slot: setter.as_ref().and_then(|_| slots.next()),
                    ident: field.ident,
                    ty: field.ty,
                    docs: field.docs,
                    options: field.options,
                    kind,
                    setter,
                    with: None,
                }
            })
            .collect();
        options.on = rules;
        Model {
            builder_docs: docs_of(named(options.builder_type.as_ref())),
            start_docs: docs_of(named(options.start_fn.as_ref())),
            finish_docs: docs_of(named(options.finish_fn.as_ref())),
            start_fn: named(options.start_fn.as_ref())
                .and_then(|named| named.name.clone())
                .unwrap_or_else(|| quote::format_ident!("builder")),
            start_vis: vis_of(named(options.start_fn.as_ref()), vis),
            finish_fn: named(options.finish_fn.as_ref())
                .and_then(|named| named.name.clone())
                .unwrap_or_else(|| quote::format_ident!("build")),
            finish_vis: vis_of(named(options.finish_fn.as_ref()), &builder_vis),
            krate: options
                .krate
                .as_ref()
                .map(|krate| krate.value.clone())
                .unwrap_or_default(),
            derive_clone: options.derive_clone.is_some(),
            derive_debug: options.derive_debug.is_some(),
            conversions: Vec::new(),
            builder_vis,
            builder,
            ident,
            target: Target::Struct,
            generics,
            members,
            options,
        }
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

/// The default setter name of a field: its name less one leading `_`, as
/// bon names it (`_cache` is set by `cache`), where that is still a name
/// (`_1` and `_self` keep theirs; `_type` gives `r#type`).
fn setter_name(field: &Ident) -> Ident {
    let name = crate::util::ident::name(field);
    let Some(stripped) = name.strip_prefix('_') else {
        return field.clone();
    };
    if syn::parse_str::<Ident>(stripped).is_ok() {
        return Ident::new(stripped, field.span());
    }
    let raw = format!("r#{stripped}");
    if syn::parse_str::<Ident>(&raw).is_ok() {
        return Ident::new_raw(stripped, field.span());
    }
    field.clone()
}

/// The value of a `start_fn`/`finish_fn`/`builder_type` option.
fn named(named: Option<&Spanned<Named>>) -> Option<&Named> {
    named.map(|named| &named.value)
}

/// Applies the struct's `on(Type, ...)` rules to a field whose type they
/// match. A rule never conflicts with the field's own options: it only
/// fills in what the field leaves unsaid, and `required` only reaches
/// `Option` fields (on others it has nothing to do). Skipped fields have no
/// setter to apply them to.
fn apply_rules(field: &mut Field, rules: &[OnRule]) {
    let options = &mut field.options;
    if options.skip.is_some() || options.field.is_some() {
        return;
    }
    // bon's rule: a pattern matches the field's type, or for an `Option<T>`
    // field its `T` (what the setter takes); `_` in it matches any type.
    let inner = option_inner(&field.ty);
    let mut own = [options.into.clone(), options.overwritable.clone()];
    for rule in rules {
        let matches = type_matches(&rule.ty, &field.ty)
            || inner.is_some_and(|inner| type_matches(&rule.ty, inner));
        if !matches {
            continue;
        }
        // A positional member takes its whole type, `Option` or not: a
        // rule that only matches its `T` gives it nothing to repeat (bon's
        // rule too).
        let positional = options.start_fn.is_some() || options.finish_fn.is_some();
        let repeats = !positional || type_matches(&rule.ty, &field.ty);
        for (own, given) in own.iter_mut().zip([&rule.into, &rule.overwritable]) {
            if given.is_some()
                && repeats
                && let Some(key) = own.take()
            {
                options.implied.push(key);
            }
        }
        if options.into.is_none() && rule.into.is_some() {
            options.into.clone_from(&rule.into);
            options.into_by_rule = true;
        }
        if options.overwritable.is_none() {
            options.overwritable.clone_from(&rule.overwritable);
        }
        // `required` reaches every `Option` member, also one with a default
        // of its own (it then defaults as a whole `Option`), as in bon.
        if options.required.is_none() && inner.is_some() {
            options.required.clone_from(&rule.required);
        }
        // `default` reaches what must be set otherwise: not an `Option`
        // (unless made `required`, which wins, as in bon), nor a member
        // with a default of its own or an argument of the start or
        // finishing function.
        let must_be_set =
            inner.is_none() && options.start_fn.is_none() && options.finish_fn.is_none();
        if let Some(key) = &rule.default
            && options.default.is_none()
            && must_be_set
        {
            options.default = Some(Spanned {
                value: None,
                span: key.span(),
            });
            options.default_by_rule = true;
        }
    }
}

/// Whether `ty` has the shape `pattern` spells, `_` standing for any type
/// (`Vec<_>` matches `Vec<String>`); else the two are spelled alike.
fn type_matches(pattern: &Type, ty: &Type) -> bool {
    match (pattern, ty) {
        (Type::Infer(_), _) => true,
        (Type::Group(group), _) => type_matches(&group.elem, ty),
        (_, Type::Group(group)) => type_matches(pattern, &group.elem),
        (Type::Paren(paren), _) => type_matches(&paren.elem, ty),
        (_, Type::Paren(paren)) => type_matches(pattern, &paren.elem),
        (Type::Reference(a), Type::Reference(b)) => {
            a.mutability.is_some() == b.mutability.is_some() && type_matches(&a.elem, &b.elem)
        }
        (Type::Slice(a), Type::Slice(b)) => type_matches(&a.elem, &b.elem),
        (Type::Array(a), Type::Array(b)) => {
            type_matches(&a.elem, &b.elem)
                && a.len.to_token_stream().to_string() == b.len.to_token_stream().to_string()
        }
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.elems.len() == b.elems.len()
                && a.elems
                    .iter()
                    .zip(&b.elems)
                    .all(|(a, b)| type_matches(a, b))
        }
        (Type::Path(a), Type::Path(b)) if a.qself.is_none() && b.qself.is_none() => {
            let (a, b) = (&a.path, &b.path);
            a.leading_colon.is_some() == b.leading_colon.is_some()
                && a.segments.len() == b.segments.len()
                && a.segments
                    .iter()
                    .zip(&b.segments)
                    .all(|(a, b)| a.ident == b.ident && arguments_match(&a.arguments, &b.arguments))
        }
        _ => pattern.to_token_stream().to_string() == ty.to_token_stream().to_string(),
    }
}

/// [`type_matches`] for the generic arguments of one path segment.
fn arguments_match(pattern: &syn::PathArguments, args: &syn::PathArguments) -> bool {
    match (pattern, args) {
        (syn::PathArguments::AngleBracketed(a), syn::PathArguments::AngleBracketed(b)) => {
            a.args.len() == b.args.len()
                && a.args.iter().zip(&b.args).all(|(a, b)| match (a, b) {
                    (syn::GenericArgument::Type(a), syn::GenericArgument::Type(b)) => {
                        type_matches(a, b)
                    }
                    (a, b) => a.to_token_stream().to_string() == b.to_token_stream().to_string(),
                })
        }
        (a, b) => a.to_token_stream().to_string() == b.to_token_stream().to_string(),
    }
}

/// What `build()` does with the field. Options that contradict each other
/// are the check's to report; here the first that applies wins (`skip`,
/// then `Option` unless `required`, then `default`).
fn kind_of(field: &Field) -> MemberKind {
    let options = &field.options;
    if options.start_fn.is_some() {
        return MemberKind::Start;
    }
    if options.finish_fn.is_some() {
        return MemberKind::Finish;
    }
    if let Some(field) = &options.field {
        return MemberKind::Field {
            key: field.span,
            expr: field.value.clone(),
        };
    }
    if let Some(skip) = &options.skip {
        return MemberKind::Skip {
            key: skip.span,
            expr: skip.value.clone(),
        };
    }
    let option = if options.required.is_some() {
        None
    } else {
        option_inner(&field.ty)
    };
    match (option, &options.default) {
        (Some(inner), default) => MemberKind::Optional {
            inner: Box::new(inner.clone()),
            default: default.as_ref().and_then(|default| default.value.clone()),
        },
        (None, Some(default)) => MemberKind::Default {
            key: default.span,
            expr: default.value.clone(),
        },
        (None, None) => MemberKind::Required,
    }
}

/// `T` when `ty` is spelled `Option<T>` (or `core::option::Option<T>`,
/// `std::option::Option<T>`). The check is by spelling, as bon's: a user's
/// own generic type named `Option` needs `#[builder(required)]`.
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else {
        return match ty {
            Type::Group(group) => option_inner(&group.elem),
            Type::Paren(paren) => option_inner(&paren.elem),
            _ => None,
        };
    };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    let known = match segments.as_slice() {
        [only] => only == "Option",
        [krate, module, last] => {
            matches!(krate.as_str(), "std" | "core") && module == "option" && last == "Option"
        }
        _ => false,
    };
    if !known {
        return None;
    }
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    if args.args.len() != 1 {
        return None;
    }
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}
