//! Filling the model ([`Model::new`]): the names and visibilities bon's
//! defaults give, the struct's `on(...)` rules applied to each field
//! (matched by the spelling of its type), and each field's kind.

use super::{Field, Member, MemberKind, Model, Named, OnRule, StructOptions, Target};
use crate::util::attr::Spanned;
use quote::ToTokens;
use syn::{Ident, Type, Visibility};

impl Model {
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
