//! The rules of one member: options that contradict each other, what a
//! `field`, `start_fn` or `finish_fn` member may take, and a `with = ..`
//! closure read into the setter it makes.

use super::value_self;
use crate::builder::model::{Member, MemberKind, With, option_inner};
use crate::util::Errors;
use quote::ToTokens;

/// Options of one field that contradict each other, reported at the
/// option that has no effect, and `self` in its expressions.
pub(super) fn check_options(member: &Member, errors: &mut Errors) {
    let options = &member.options;
    let exprs = [
        options
            .default
            .as_ref()
            .map(|d| ("default", d.value.as_ref())),
        options.skip.as_ref().map(|s| ("skip", s.value.as_ref())),
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
    for key in &options.implied {
        errors.spanned(
            key,
            format_args!(
                "`{key}` is given to this member already by an `on(..)` rule of the builder; \
                 remove this `{key}`"
            ),
        );
    }
    for key in &options.overridden {
        // A getter without its own name or visibility takes the setters'.
        let getter = options.getter.as_ref().map(|getter| &getter.value);
        let for_getter = getter.is_some_and(|getter| {
            (key == "name" && getter.name.is_none()) || (key == "vis" && getter.vis.is_none())
        });
        if !for_getter {
            errors.spanned(
                key,
                format_args!(
                    "both `some_fn` and `option_fn` give their own `{key}`, so this `{key}` is \
                     used by no setter; remove it"
                ),
            );
        }
    }
    if check_field(member, errors) {
        return;
    }
    let is_option = option_inner(&member.ty).is_some();
    if let Some(required) = &options.required
        && !is_option
    {
        errors.spanned(
            required,
            "`required` only changes `Option<T>` fields, and this field is required already; \
             remove `required`",
        );
    }
    if check_positional(member, errors) {
        return;
    }
    if options.skip.is_some() {
        let conflicts = [
            options.default.as_ref().map(|d| ("default", d.span)),
            options.into.as_ref().map(|key| ("into", key.span())),
            options.name.as_ref().map(|n| ("name", n.span)),
            options
                .required
                .as_ref()
                .map(|key| ("required", key.span())),
            options
                .overwritable
                .as_ref()
                .map(|key| ("overwritable", key.span())),
            options.with.as_ref().map(|with| ("with", with.span)),
            options
                .getter
                .as_ref()
                .map(|getter| ("getter", getter.span)),
        ];
        for (key, span) in conflicts.into_iter().flatten() {
            errors.at(
                span,
                format_args!(
                    "a skipped field has no setter, so `{key}` does nothing; \
                     remove `{key}`, or remove `skip` to give the field a setter"
                ),
            );
        }
        return;
    }
    if let Some(default) = &options.default
        && is_option
        && options.required.is_none()
        && default.value.is_none()
    {
        errors.at(
            default.span,
            "`Option` fields are optional already and default to `None`; \
             remove `default`, or write `default = Some(...)` for another default",
        );
    }
}

/// A `field` member is a field of the builder that the start function
/// makes: it has no setter and is no argument, so those options mean
/// nothing for it. `true` when the member is one.
fn check_field(member: &Member, errors: &mut Errors) -> bool {
    let options = &member.options;
    if options.field.is_none() {
        return false;
    }
    // As bon: a name that starts with `__` is the macro's own, so a
    // generated name can never collide with a user's field.
    let name = member.name();
    if name.starts_with("__") {
        // The message does not repeat the name: no `__` name is shown.
        errors.spanned(
            &member.ident,
            format_args!(
                "a `field` member is a field of the builder, where names that start with two \
                 underscores are kept for the builder's own; rename the member without them, \
                 e.g. `{}`",
                name.trim_start_matches('_')
            ),
        );
    }
    let setters = options
        .setters
        .as_ref()
        .map(|key| ("setters", key.span()))
        .or_else(|| options.name.as_ref().map(|n| ("name", n.span)));
    let conflicts = [
        options.start_fn.as_ref().map(|k| ("start_fn", k.span())),
        options.finish_fn.as_ref().map(|k| ("finish_fn", k.span())),
        options.skip.as_ref().map(|s| ("skip", s.span)),
        options.default.as_ref().map(|d| ("default", d.span)),
        options.into.as_ref().map(|k| ("into", k.span())),
        options.getter.as_ref().map(|g| ("getter", g.span)),
        options.with.as_ref().map(|w| ("with", w.span)),
        setters,
        options.required.as_ref().map(|k| ("required", k.span())),
        options
            .overwritable
            .as_ref()
            .map(|k| ("overwritable", k.span())),
    ];
    for (option, span) in conflicts.into_iter().flatten() {
        errors.at(
            span,
            format_args!(
                "a `field` member is a private field of the builder, made by the start \
                 function, with no setter and no argument, so `{option}` does not apply to it; \
                 remove `{option}`, or remove `field`"
            ),
        );
    }
    true
}

/// A `start_fn` / `finish_fn` member is an argument: the options of a
/// setter mean nothing for it. `true` when the member is one.
fn check_positional(member: &Member, errors: &mut Errors) -> bool {
    let options = &member.options;
    let key = match (&options.start_fn, &options.finish_fn) {
        (Some(start), Some(finish)) => {
            errors.spanned(
                finish,
                "a field is an argument of the start function or of the finishing method, \
                 not both; remove `finish_fn` or `start_fn`",
            );
            start
        }
        (Some(key), None) | (None, Some(key)) => key,
        (None, None) => return false,
    };
    let conflicts = [
        options.default.as_ref().map(|d| ("default", d.span)),
        options.skip.as_ref().map(|s| ("skip", s.span)),
        options.name.as_ref().map(|n| ("name", n.span)),
        options.required.as_ref().map(|k| ("required", k.span())),
        options
            .overwritable
            .as_ref()
            .map(|k| ("overwritable", k.span())),
        options.with.as_ref().map(|w| ("with", w.span)),
        options.getter.as_ref().map(|g| ("getter", g.span)),
    ];
    for (option, span) in conflicts.into_iter().flatten() {
        errors.at(
            span,
            format_args!(
                "a `{key}` field is an argument, always given and with no setter, so \
                 `{option}` does nothing; remove `{option}`"
            ),
        );
    }
    true
}

/// Reads `with = ..`: a closure whose parameters each have a type, `Some`
/// (for a `required` `Option<T>` member: the setter takes a `T`), or
/// `FromIterator::from_iter` / `<_>::from_iter` (the setter takes any
/// `impl IntoIterator` of the collection's items).
pub(super) fn with_setter(member: &Member, with: &syn::Expr, errors: &mut Errors) -> Option<With> {
    let options = &member.options;
    if let Some(into) = &options.into {
        errors.spanned(
            into,
            "`into` converts the setter's argument, and `with` gives the setter its own \
             arguments; remove `into` (convert in the closure instead)",
        );
    }
    // What the closure makes: the `T` of an optional member, else the type.
    let target = match &member.kind {
        MemberKind::Optional { inner, .. } => &**inner,
        _ => &member.ty,
    };
    match with {
        syn::Expr::Closure(closure) => {
            if !plain_closure(closure, errors) {
                return None;
            }
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
            Some(With::Closure {
                params,
                body: quote::quote!(#body),
                fallible: match &closure.output {
                    syn::ReturnType::Default => None,
                    syn::ReturnType::Type(_, ty) => Some((**ty).clone()),
                },
            })
        }
        syn::Expr::Path(path) if path.path.is_ident("Some") => {
            if option_inner(&member.ty).is_none() {
                errors.spanned(
                    &member.ty,
                    "`with = Some` wraps the setter's value in `Some`, and this member is not an \
                     `Option`; make its type `Option<..>`, or remove `with = Some`",
                );
                return None;
            }
            let inner = option_inner(&member.ty).filter(|_| options.required.is_some());
            let Some(inner) = inner else {
                errors.spanned(
                    with,
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
        syn::Expr::Path(path)
            if path
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "from_iter") =>
        {
            if !collects(target, errors) {
                return None;
            }
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

/// Whether `with = ..from_iter` may collect into `target`: not when it is
/// a primitive scalar (the error is at it).
fn collects(target: &syn::Type, errors: &mut Errors) -> bool {
    let Some(scalar) = scalar_name(target) else {
        return true;
    };
    errors.spanned(
        target,
        format_args!(
            "`with = ..from_iter` collects the setter's items into the member, and `{scalar}` \
             is no collection; make the member a collection (`Vec<{scalar}>`, ...), or remove \
             `with`"
        ),
    );
    false
}

/// The name of a primitive scalar type (`u32`, `bool`, `char`, ...):
/// none of them implements `FromIterator`, and no crate but `core` could
/// add it.
fn scalar_name(ty: &syn::Type) -> Option<String> {
    const SCALARS: &[&str] = &[
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        "f32", "f64", "bool", "char",
    ];
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            let ident = path.path.get_ident()?.to_string();
            SCALARS.contains(&ident.as_str()).then_some(ident)
        }
        syn::Type::Group(group) => scalar_name(&group.elem),
        syn::Type::Paren(paren) => scalar_name(&paren.elem),
        _ => None,
    }
}

/// A `with` closure the setter can inline: no `const`, `async` or `move`,
/// and a return type only when it is a `Result` (a fallible setter).
fn plain_closure(closure: &syn::ExprClosure, errors: &mut Errors) -> bool {
    let keywords = [
        closure.constness.map(|token| ("const", token.span)),
        closure.asyncness.map(|token| ("async", token.span)),
        closure.capture.map(|token| ("move", token.span)),
    ];
    let mut plain = true;
    for (keyword, span) in keywords.into_iter().flatten() {
        plain = false;
        errors.at(
            span,
            format_args!(
                "the setter runs the `with` closure's body itself, so `{keyword}` \
                 means nothing there; remove `{keyword}`"
            ),
        );
    }
    if let syn::ReturnType::Type(_, ty) = &closure.output
        && !is_result(ty)
    {
        plain = false;
        errors.spanned(
            ty,
            "a return type on the `with` closure makes the setter fallible, and must \
             be a `Result` (`Result<_, ParseIntError>`, or an alias whose name ends \
             in `Result`), which the setter returns; remove the return type, or \
             return a `Result`",
        );
    }
    plain
}

/// `Result<..>`, `io::Result<..>`, `ApiResult<..>`, ...: a type whose last
/// segment ends in `Result` (an alias of one, as bon reads it), as the
/// fallible setter returns `Result::Ok(..)`.
fn is_result(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident.to_string().ends_with("Result")),
        syn::Type::Group(group) => is_result(&group.elem),
        syn::Type::Paren(paren) => is_result(&paren.elem),
        _ => false,
    }
}
