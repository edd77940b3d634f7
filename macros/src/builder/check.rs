//! Checking: the parsed [`Input`] into a [`Model`] that expansion can trust.
//!
//! Every rule that involves more than one option or more than one field
//! lives here: options that contradict each other, setters whose names
//! collide with each other or with the finishing method, names the builder
//! would take from the user. Each error points at the token to change.

use crate::builder::attr::{Field, Input, Keyed, Named, OnRule};
use crate::builder::target::Target;
use crate::util::{CratePath, Errors};
use proc_macro2::{Punct, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::HashMap;
use syn::{Expr, Ident, Type, Visibility};

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
    /// `#[builder(default)]` (`Default::default()`, spanned at `key`) or
    /// `#[builder(default = expr)]`.
    Default { key: Ident, expr: Option<Expr> },
    /// `#[builder(skip)]` / `skip = expr`: no setter, always the default.
    Skip { key: Ident, expr: Option<Expr> },
    /// `#[builder(start_fn)]`: an argument of the start function.
    Start,
    /// `#[builder(finish_fn)]`: an argument of the finishing method.
    Finish,
}

/// A field as the builder sees it.
pub(crate) struct Member {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    pub(crate) docs: Vec<syn::Attribute>,
    pub(crate) kind: MemberKind,
    pub(crate) into: bool,
    /// A second call of the setter replaces the value instead of failing.
    pub(crate) overwritable: bool,
    /// The setter's visibility, when `setters(vis = ..)` sets one.
    pub(crate) setter_vis: Option<Visibility>,
    /// `setters(doc { .. })`, replacing the field's doc comment.
    pub(crate) setter_docs: Option<Vec<syn::Attribute>>,
    /// The setter's name (`None` for skipped fields).
    pub(crate) setter: Option<Ident>,
    /// The position of the field's slot in the state tuple.
    pub(crate) slot: Option<usize>,
    /// `with = ..`: the setter's own parameters and how they make the value.
    pub(crate) with: Option<With>,
}

/// A setter that takes its own parameters.
pub(crate) enum With {
    /// `with = |a: A, b: B| expr`.
    Closure {
        /// The parameters, as the closure declares them.
        params: Vec<(Ident, Type)>,
        /// The expression that makes the value from them.
        body: TokenStream,
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
}

/// Everything expansion needs, checked.
pub(crate) struct Model {
    pub(crate) ident: Ident,
    pub(crate) generics: syn::Generics,
    pub(crate) members: Vec<Member>,
    pub(crate) builder: Ident,
    pub(crate) builder_vis: Visibility,
    /// `doc { .. }` of `builder_type`, `start_fn`, `finish_fn`.
    pub(crate) builder_docs: Option<Vec<syn::Attribute>>,
    pub(crate) start_docs: Option<Vec<syn::Attribute>>,
    pub(crate) finish_docs: Option<Vec<syn::Attribute>>,
    pub(crate) start_fn: Ident,
    pub(crate) start_vis: Visibility,
    pub(crate) finish_fn: Ident,
    pub(crate) finish_vis: Visibility,
    pub(crate) krate: CratePath,
    pub(crate) derive_clone: bool,
    pub(crate) derive_debug: bool,
    /// `derive(Into)`: `From<Builder<..>>` for what the finishing method
    /// returns.
    pub(crate) derive_into: bool,
    /// `derive(IntoFuture(Box))`: `Some(send)`.
    pub(crate) derive_into_future: Option<bool>,
    pub(crate) clone_bounds: Vec<syn::WherePredicate>,
    pub(crate) debug_bounds: Vec<syn::WherePredicate>,
    pub(crate) target: Target,
}

impl Model {
    /// `true` when some user expression (`default = ...`, `skip = ...`)
    /// runs in `build()`: the earlier fields are then in scope by name.
    pub(crate) fn has_user_exprs(&self) -> bool {
        self.members.iter().any(|member| match &member.kind {
            MemberKind::Optional { default, .. } => default.is_some(),
            MemberKind::Default { expr, .. } | MemberKind::Skip { expr, .. } => expr.is_some(),
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => false,
        })
    }
}

pub(crate) fn check(input: Input, errors: &mut Errors) -> Model {
    let [default_builder, default_start, default_finish] = input.defaults;
    let builder = name_of(input.builder_type.as_ref(), || default_builder);
    if let Some(keyed) = input
        .builder_type
        .as_ref()
        .filter(|_| builder == input.ident)
    {
        errors.spanned(
            &keyed.key,
            format_args!(
                "the builder cannot be named `{builder}` like the struct it builds; \
                     choose another name, e.g. `builder_type = {builder}Builder`"
            ),
        );
    }
    let start_fn = name_of(input.start_fn.as_ref(), || default_start);
    let finish_fn = name_of(input.finish_fn.as_ref(), || default_finish);
    let builder_vis = vis_of(input.builder_type.as_ref(), &input.vis);
    let mut members = members(input.fields, &input.on, errors);
    // Inside the builder's impls `Self` is the builder: a field type or
    // default expression that says `Self` means the struct, so spell it out.
    let target = match input.target.function().and_then(|f| f.self_ty.as_ref()) {
        Some(self_ty) => quote::quote!(#self_ty),
        None => self_replacement(&input.ident, &input.generics),
    };
    for member in &mut members {
        replace_self(&mut member.ty, &target);
        match &mut member.kind {
            MemberKind::Optional { inner, default } => {
                replace_self(&mut **inner, &target);
                if let Some(expr) = default {
                    replace_self(expr, &target);
                }
            }
            MemberKind::Default { expr, .. } | MemberKind::Skip { expr, .. } => {
                if let Some(expr) = expr {
                    replace_self(expr, &target);
                }
            }
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => {}
        }
    }
    check_setter_names(&members, &finish_fn, input.finish_fn.as_ref(), errors);
    if let Some(key) = &input.derive_into {
        check_into(key, &members, &input.target, errors);
    }
    if let Some((key, _)) = &input.derive_into_future {
        check_into_future(key, &members, &input.target, errors);
    }
    let docs_of = |named: Option<&Keyed<Named>>| named.and_then(|keyed| keyed.value.docs.clone());
    Model {
        builder_docs: docs_of(input.builder_type.as_ref()),
        start_docs: docs_of(input.start_fn.as_ref()),
        finish_docs: docs_of(input.finish_fn.as_ref()),
        start_vis: vis_of(input.start_fn.as_ref(), &input.vis),
        finish_vis: vis_of(input.finish_fn.as_ref(), &builder_vis),
        builder_vis,
        ident: input.ident,
        generics: input.generics,
        members,
        builder,
        start_fn,
        finish_fn,
        krate: input.krate.map(|keyed| keyed.value).unwrap_or_default(),
        derive_clone: input.derive_clone.is_some(),
        derive_debug: input.derive_debug.is_some(),
        derive_into: input.derive_into.is_some(),
        derive_into_future: input.derive_into_future.as_ref().map(|(_, send)| *send),
        clone_bounds: input.clone_bounds,
        debug_bounds: input.debug_bounds,
        target: input.target,
    }
}

fn name_of(named: Option<&Keyed<Named>>, default: impl FnOnce() -> Ident) -> Ident {
    named
        .and_then(|keyed| keyed.value.name.clone())
        .unwrap_or_else(default)
}

fn vis_of(named: Option<&Keyed<Named>>, default: &Visibility) -> Visibility {
    named
        .and_then(|keyed| keyed.value.vis.clone())
        .unwrap_or_else(|| default.clone())
}

fn members(fields: Vec<Field>, rules: &[OnRule], errors: &mut Errors) -> Vec<Member> {
    let mut slot = 0;
    fields
        .into_iter()
        .map(|field: Field| {
            let mut field = field;
            apply_rules(&mut field, rules);
            let kind = kind(&field, errors);
            let setter = match kind {
                MemberKind::Skip { .. } | MemberKind::Start | MemberKind::Finish => None,
                _ => Some(
                    field
                        .name
                        .as_ref()
                        .map_or_else(|| setter_name(&field.ident), |name| name.value.clone()),
                ),
            };
            let this_slot = setter.as_ref().map(|_| {
                slot += 1;
                slot - 1
            });
            let with = field
                .with
                .as_ref()
                .and_then(|with| with_setter(&field, with, &kind, errors));
            Member {
                ident: field.ident,
                ty: field.ty,
                docs: field.docs,
                kind,
                into: field.into.is_some(),
                overwritable: field.overwritable.is_some(),
                setter_vis: field.setter_vis,
                setter_docs: field.setter_docs,
                setter,
                slot: this_slot,
                with,
            }
        })
        .collect()
}

/// Reads `with = ..`: a closure whose parameters each have a type, `Some`
/// (for a `required` `Option<T>` member: the setter takes a `T`), or
/// `FromIterator::from_iter` / `<_>::from_iter` (the setter takes any
/// `impl IntoIterator` of the collection's items).
fn with_setter(
    field: &Field,
    with: &Keyed<Expr>,
    kind: &MemberKind,
    errors: &mut Errors,
) -> Option<With> {
    if let Some(into) = &field.into {
        errors.spanned(
            into,
            "`into` converts the setter's argument, and `with` gives the setter its own \
             arguments; remove `into` (convert in the closure instead)",
        );
    }
    // What the closure makes: the `T` of an optional member, else the type.
    let target = match kind {
        MemberKind::Optional { inner, .. } => &**inner,
        _ => &field.ty,
    };
    match &with.value {
        Expr::Closure(closure) => {
            let mut params = Vec::new();
            for input in &closure.inputs {
                let syn::Pat::Type(typed) = input else {
                    errors.spanned(
                        input,
                        "the setter takes the closure's parameters, so each needs a type; \
                         write e.g. `|value: u32| ..`",
                    );
                    return None;
                };
                let syn::Pat::Ident(name) = &*typed.pat else {
                    errors.spanned(
                        &typed.pat,
                        "the setter takes the closure's parameters, so each needs a name; \
                         write e.g. `|value: u32| ..`",
                    );
                    return None;
                };
                params.push((name.ident.clone(), (*typed.ty).clone()));
            }
            let body = &closure.body;
            let fallible = match &closure.output {
                syn::ReturnType::Default => None,
                syn::ReturnType::Type(_, ty) => Some((**ty).clone()),
            };
            Some(With::Closure {
                params,
                body: quote::quote!(#body),
                fallible,
            })
        }
        Expr::Path(path) if path.path.is_ident("Some") => {
            let inner = option_inner(&field.ty).filter(|_| field.required.is_some());
            let Some(inner) = inner else {
                errors.spanned(
                    &with.value,
                    "`with = Some` is for a `#[builder(required)]` `Option<T>` member, whose \
                     setter then takes a `T`; add `required`, or remove `with = Some` (an \
                     `Option` member's setter takes a `T` already)",
                );
                return None;
            };
            Some(With::Some {
                inner: inner.clone(),
            })
        }
        Expr::Path(path)
            if path
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "from_iter") =>
        {
            Some(With::FromIter {
                collection: target.clone(),
            })
        }
        other => {
            errors.spanned(
                other,
                "`with` takes a closure with typed parameters (`|x: u32, y: u32| x + y`), \
                 `Some` or `FromIterator::from_iter`",
            );
            None
        }
    }
}

/// The setter of a member without `name = ..`: its name without one
/// leading underscore (`_unused` is set with `.unused(..)`), as in bon.
fn setter_name(member: &Ident) -> Ident {
    let name = crate::util::ident::name(member);
    let Some(stripped) = name.strip_prefix('_') else {
        return member.clone();
    };
    if let Ok(mut ident) = syn::parse_str::<Ident>(stripped) {
        ident.set_span(member.span());
        return ident;
    }
    // A keyword once stripped (`_type`): a raw identifier.
    let keyword = stripped.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && !stripped.is_empty()
        && !matches!(stripped, "self" | "super" | "crate" | "_");
    if keyword {
        Ident::new_raw(stripped, member.span())
    } else {
        member.clone()
    }
}

/// Applies the struct's `on(Type, ...)` rules to a field whose type they
/// match. A rule never conflicts with the field's own options: it only
/// fills in what the field leaves unsaid, and `required` only reaches
/// `Option` fields (on others it has nothing to do). Skipped fields have no
/// setter to apply them to.
fn apply_rules(field: &mut Field, rules: &[OnRule]) {
    if field.skip.is_some() {
        return;
    }
    // bon's rule: a pattern matches the field's type, or for an `Option<T>`
    // field its `T` (what the setter takes).
    let spelled = field.ty.to_token_stream().to_string();
    let inner = option_inner(&field.ty).map(|inner| inner.to_token_stream().to_string());
    for rule in rules {
        let pattern = rule.ty.to_token_stream().to_string();
        let matches = matches!(rule.ty, Type::Infer(_))
            || pattern == spelled
            || inner.as_ref() == Some(&pattern);
        if !matches {
            continue;
        }
        if field.into.is_none() {
            field.into.clone_from(&rule.into);
        }
        if field.overwritable.is_none() {
            field.overwritable.clone_from(&rule.overwritable);
        }
        if field.required.is_none() && field.default.is_none() && option_inner(&field.ty).is_some()
        {
            field.required.clone_from(&rule.required);
        }
    }
}

/// Decides the field's kind, reporting options that contradict each other
/// (at the option that has no effect).
fn kind(field: &Field, errors: &mut Errors) -> MemberKind {
    let exprs = [
        field.default.as_ref().map(|d| (&d.key, d.value.as_ref())),
        field.skip.as_ref().map(|s| (&s.key, s.value.as_ref())),
    ];
    for (key, expr) in exprs.into_iter().flatten() {
        if let Some(receiver) = expr.and_then(|expr| value_self(expr.to_token_stream())) {
            errors.at(
                receiver,
                format_args!(
                    "a `{key}` expression has no `self`: it runs before the struct exists; \
                     name an earlier field directly (`{key} = other_field`)"
                ),
            );
        }
    }
    if let Some(positional) = positional(field, errors) {
        return positional;
    }
    let option = if field.required.is_some() {
        None
    } else {
        option_inner(&field.ty)
    };
    if let Some(required) = &field.required
        && option_inner(&field.ty).is_none()
    {
        errors.spanned(
            required,
            "`required` only changes `Option<T>` fields, and this field is required already; \
             remove `required`",
        );
    }
    if let Some(skip) = &field.skip {
        let conflicts = [
            field.default.as_ref().map(|d| &d.key),
            field.into.as_ref(),
            field.name.as_ref().map(|n| &n.key),
            field.required.as_ref(),
            field.overwritable.as_ref(),
            field.with.as_ref().map(|w| &w.key),
        ];
        for key in conflicts.into_iter().flatten() {
            errors.spanned(
                key,
                format_args!(
                    "a skipped field has no setter, so `{key}` does nothing; \
                     remove `{key}`, or remove `skip` to give the field a setter"
                ),
            );
        }
        return MemberKind::Skip {
            key: skip.key.clone(),
            expr: skip.value.clone(),
        };
    }
    match (option, &field.default) {
        (Some(inner), None) => MemberKind::Optional {
            inner: Box::new(inner.clone()),
            default: None,
        },
        (Some(inner), Some(default)) => {
            if default.value.is_none() {
                errors.spanned(
                    &default.key,
                    "`Option` fields are optional already and default to `None`; \
                     remove `default`, or write `default = Some(...)` for another default",
                );
            }
            MemberKind::Optional {
                inner: Box::new(inner.clone()),
                default: default.value.clone(),
            }
        }
        (None, Some(default)) => MemberKind::Default {
            key: default.key.clone(),
            expr: default.value.clone(),
        },
        (None, None) => MemberKind::Required,
    }
}

/// `derive(Into)` implements `From`, whose `from` takes the builder alone
/// and is safe and synchronous: the finishing method must be so too.
fn check_into(key: &Ident, members: &[Member], target: &Target, errors: &mut Errors) {
    let function = target.function();
    let why = if members.iter().any(|m| matches!(m.kind, MemberKind::Finish)) {
        "the finishing method takes the `finish_fn` members as arguments"
    } else if function.is_some_and(|f| f.asyncness.is_some()) {
        "the function is `async`, so its call is a future to `.await`"
    } else if function.is_some_and(|f| f.unsafety.is_some()) {
        "the function is `unsafe`, and `From::from` cannot be"
    } else {
        return;
    };
    errors.spanned(
        key,
        format_args!(
            "`derive(Into)` implements `From<Builder>`, whose `from` calls the finishing method \
             with nothing else, and {why}; remove `Into`"
        ),
    );
}

/// `derive(IntoFuture(..))` awaits the builder itself: it needs an `async`
/// function whose `call()` takes nothing but the builder.
fn check_into_future(key: &Ident, members: &[Member], target: &Target, errors: &mut Errors) {
    let function = target.function();
    let why = if function.is_none_or(|f| f.asyncness.is_none()) {
        "it is for the builder of an `async fn`; remove `IntoFuture`"
    } else if members.iter().any(|m| matches!(m.kind, MemberKind::Finish)) {
        "`call()` takes the `finish_fn` members as arguments; remove `IntoFuture` and \
         `.await` `.call(..)`"
    } else if function.is_some_and(|f| f.unsafety.is_some()) {
        "`call()` of an `unsafe fn` is `unsafe`; remove `IntoFuture` and `.await` `.call()` \
         in an `unsafe` block"
    } else {
        return;
    };
    errors.spanned(
        key,
        format_args!("`derive(IntoFuture(..))` makes the builder awaitable, and {why}"),
    );
}

/// A member that is an argument of the start function or of the finishing
/// method, with the options that mean nothing for it reported.
fn positional(field: &Field, errors: &mut Errors) -> Option<MemberKind> {
    let (key, kind) = match (&field.start_fn, &field.finish_fn) {
        (Some(start), Some(finish)) => {
            errors.spanned(
                finish,
                "a field is an argument of the start function or of the finishing method, \
                 not both; remove `finish_fn` or `start_fn`",
            );
            (start, MemberKind::Start)
        }
        (Some(start), None) => (start, MemberKind::Start),
        (None, Some(finish)) => (finish, MemberKind::Finish),
        (None, None) => return None,
    };
    let conflicts = [
        field.default.as_ref().map(|d| &d.key),
        field.skip.as_ref().map(|s| &s.key),
        field.name.as_ref().map(|n| &n.key),
        field.required.as_ref(),
        field.overwritable.as_ref(),
        field.with.as_ref().map(|w| &w.key),
    ];
    for option in conflicts.into_iter().flatten() {
        errors.spanned(
            option,
            format_args!(
                "a `{key}` field is an argument, always given and with no setter, so \
                 `{option}` does nothing; remove `{option}`"
            ),
        );
    }
    Some(kind)
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

/// Two methods of the builder cannot share a name: setters, `maybe_`
/// setters and the finishing method.
fn check_setter_names(
    members: &[Member],
    finish_fn: &Ident,
    finish_key: Option<&Keyed<Named>>,
    errors: &mut Errors,
) {
    let mut seen: HashMap<String, String> = HashMap::new();
    seen.insert(
        crate::util::ident::name(finish_fn),
        format!("the finishing method `{finish_fn}()`"),
    );
    for member in members {
        let Some(setter) = &member.setter else {
            continue;
        };
        let mut names = vec![(crate::util::ident::name(setter), setter.span())];
        if matches!(
            member.kind,
            MemberKind::Optional { .. } | MemberKind::Default { .. }
        ) {
            names.push((
                format!("maybe_{}", crate::util::ident::name(setter)),
                setter.span(),
            ));
        }
        for (name, span) in names {
            let what = format!("the setter of `{}`", member.name());
            if let Some(other) = seen.get(&name) {
                let fix = if other.starts_with("the finishing") && finish_key.is_none() {
                    format!(
                        "rename the setter with `#[builder(name = set_{name})]`, or the method \
                         with `#[builder(finish_fn = finish)]` on the struct"
                    )
                } else {
                    format!("rename one of them with `#[builder(name = set_{name})]`")
                };
                errors.at(
                    span,
                    format_args!("{what} would be named `{name}`, like {other}; {fix}"),
                );
            } else {
                seen.insert(name, what);
            }
        }
    }
}

/// `<Struct<'a, T, N>>`: the struct as a qualified type, which reads the
/// same in a type (`Box<<S<T>>>` is not valid, so see [`replace_self`]) and
/// before `::` in an expression (`<S<T>>::new()`).
fn self_replacement(ident: &Ident, generics: &syn::Generics) -> TokenStream {
    let mut args = TokenStream::new();
    for (i, param) in generics.params.iter().enumerate() {
        if i > 0 {
            args.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        match param {
            syn::GenericParam::Lifetime(lt) => lt.lifetime.to_tokens(&mut args),
            syn::GenericParam::Type(ty) => ty.ident.to_tokens(&mut args),
            syn::GenericParam::Const(konst) => konst.ident.to_tokens(&mut args),
        }
    }
    let mut out = TokenStream::new();
    ident.to_tokens(&mut out);
    if !generics.params.is_empty() {
        out.extend([TokenTree::Punct(Punct::new('<', Spacing::Alone))]);
        out.extend(args);
        out.extend([TokenTree::Punct(Punct::new('>', Spacing::Alone))]);
    }
    out
}

/// Replaces every `Self` in `node` by the struct: `Self::X` becomes
/// `<Struct<..>>::X`, a lone `Self` becomes `Struct<..>` (a type) — in an
/// expression a lone `Self` (a unit struct value) is left to the compiler.
fn replace_self<T: syn::parse::Parse + ToTokens>(node: &mut T, target: &TokenStream) {
    let tokens = node.to_token_stream();
    if !contains_self(&tokens) {
        return;
    }
    if let Ok(replaced) = syn::parse2(crate::util::replace_self(tokens, target)) {
        *node = replaced;
    }
}

/// The first `self` in `tokens` that is a value (not the start of a path
/// like `self::CONSTANT`).
fn value_self(tokens: TokenStream) -> Option<proc_macro2::Span> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident)
                if ident == "self" && !crate::util::is_path_separator(trees.get(i + 1)) =>
            {
                return Some(ident.span());
            }
            TokenTree::Group(group) => {
                if let Some(span) = value_self(group.stream()) {
                    return Some(span);
                }
            }
            _ => {}
        }
    }
    None
}

fn contains_self(tokens: &TokenStream) -> bool {
    crate::util::ident::mentions(tokens, &["Self".to_owned()])
}
