//! Checking: reads the [`Model`] that parsing filled, reports every rule
//! that involves more than one option or more than one field, and refines
//! what generation needs (`Self` spelled out).
//!
//! Options that contradict each other, setters whose names collide with
//! each other or with the finishing method, names the builder would take
//! from the user: each error points at the token to change.

use crate::builder::const_fn;
use crate::builder::model::{Member, MemberKind, Model, Named, With, option_inner};
use crate::util::Errors;
use crate::util::attr::Spanned;
use proc_macro2::{Punct, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::HashMap;
use syn::Ident;

pub(crate) fn check(model: &mut Model, errors: &mut Errors) {
    if let Some(named) = model
        .options
        .builder_type
        .as_ref()
        .filter(|_| crate::util::ident::same(&model.builder, &model.ident))
    {
        let builder = &model.builder;
        errors.at(
            named.span,
            format_args!(
                "the builder cannot be named `{builder}` like the struct it builds; \
                 choose another name, e.g. `builder_type = {builder}Builder`"
            ),
        );
    }
    let is_function = model.target.function().is_some();
    if is_function
        && let Some(start) = &model.options.start_fn
        && start.value.name.is_none()
        && (start.value.vis.is_some() || start.value.docs.is_some())
    {
        // Unnamed, the start function is the function itself, under its
        // name, with its visibility and docs.
        errors.at(
            start.span,
            "without a `name`, the start function stands in for the function, with its \
             visibility and docs; write those on the function, or give the start function a \
             name of its own: `start_fn(name = .., ..)`",
        );
    }
    for member in &mut model.members {
        if is_function && let Some(skip) = &member.options.skip {
            // The function takes every argument from its caller; a value
            // fixed by the builder is a local variable of the body.
            errors.at(
                skip.span,
                "a function's argument is given by its caller, and `skip` would fix it in the \
                 builder instead; remove the argument and compute the value in the function \
                 body",
            );
            continue;
        }
        check_options(member, errors);
        member.with = member
            .options
            .with
            .as_ref()
            .and_then(|with| with_setter(member, &with.value, errors));
    }
    const_fn::check(model, errors);
    if model.options.derive_into.is_some() {
        check_into(model, errors);
    }
    if let Some((key, _)) = &model.options.derive_into_future {
        check_into_future(key, model, errors);
    }
    check_doc_links(model, errors);
    check_setter_names(
        &model.members,
        &model.finish_fn,
        model.options.finish_fn.as_ref(),
        errors,
    );
    // Inside the builder's impls `Self` is the builder: a field type or
    // default expression that says `Self` means the struct (or a method's
    // impl type), so spell it out.
    let target = match model.target.function().and_then(|f| f.self_ty.as_ref()) {
        Some(self_ty) => self_ty.to_token_stream(),
        None => self_replacement(&model.ident, &model.generics),
    };
    for member in &mut model.members {
        replace_self(&mut member.ty, &target);
        match &mut member.kind {
            MemberKind::Optional { inner, default } => {
                replace_self(&mut **inner, &target);
                if let Some(expr) = default {
                    replace_self(expr, &target);
                }
            }
            MemberKind::Default { expr, .. }
            | MemberKind::Skip { expr, .. }
            | MemberKind::Field { expr, .. } => {
                if let Some(expr) = expr {
                    replace_self(expr, &target);
                }
            }
            MemberKind::Required | MemberKind::Start | MemberKind::Finish => {}
        }
    }
    // Reads the member types with `Self` spelled out.
    super::convert::check(model, errors);
}

/// The attributes of a function that gets a builder, which the start
/// function or the finishing method carries too: one `#[must_use]`, one
/// `#[track_caller]`, and no `#[target_feature(..)]` twice.
pub(crate) fn check_function_attrs(attrs: &[syn::Attribute], errors: &mut Errors) {
    let mut seen: Vec<(String, TokenStream)> = Vec::new();
    for attr in attrs {
        let Some(name) = attr.path().get_ident().map(ToString::to_string) else {
            continue;
        };
        let key = match name.as_str() {
            "must_use" | "track_caller" => TokenStream::new(),
            "target_feature" => attr.meta.to_token_stream(),
            _ => continue,
        };
        let key_text = key.to_string();
        if seen
            .iter()
            .any(|(seen_name, seen_key)| *seen_name == name && seen_key.to_string() == key_text)
        {
            errors.spanned(
                attr,
                format_args!("`#[{name}]` is given to this function twice; remove this one"),
            );
        } else {
            seen.push((name, key));
        }
    }
}

/// Options of one field that contradict each other, reported at the
/// option that has no effect, and `self` in its expressions.
fn check_options(member: &Member, errors: &mut Errors) {
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
fn with_setter(member: &Member, with: &syn::Expr, errors: &mut Errors) -> Option<With> {
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

/// Doc comments that move into the builder's impl (a member's docs become
/// its setter's, `doc { .. }` of the setters, getter, builder type and
/// finishing method) are read where `Self` is the builder: a link to
/// `Self` there would lead to the wrong type.
fn check_doc_links(model: &Model, errors: &mut Errors) {
    let mut blocks: Vec<&[syn::Attribute]> = Vec::new();
    for member in &model.members {
        let options = &member.options;
        // The member's own docs go on its setter, unless `setters(doc ..)`
        // or (for the setter that takes the value) `some_fn(doc ..)`
        // replaces them.
        let some_fn_docs = options
            .some_fn
            .as_ref()
            .is_some_and(|named| named.value.docs.is_some())
            && member.maybe_of().is_some();
        if member.setter.is_some() && options.setter_docs.is_none() && !some_fn_docs {
            blocks.push(&member.docs);
        }
        blocks.extend(options.setter_docs.as_deref());
        for named in [&options.some_fn, &options.option_fn].into_iter().flatten() {
            blocks.extend(named.value.docs.as_deref());
        }
        if let Some(getter) = &options.getter {
            blocks.extend(getter.value.docs.as_deref());
        }
    }
    blocks.extend(model.builder_docs.as_deref());
    blocks.extend(model.finish_docs.as_deref());
    for attr in blocks.into_iter().flatten() {
        if links_self(attr) {
            errors.spanned(
                attr,
                format_args!(
                    "this doc comment goes on the builder, where `Self` is the builder, not \
                     `{}`; name the type in the link instead of `Self`",
                    model.ident
                ),
            );
        }
    }
}

/// Whether a `#[doc = ".."]` links to `Self`: `[Self]`, ``[`Self`]``,
/// `[Self::x]`, `[text](Self::x)`, `[text]: Self::x`.
fn links_self(attr: &syn::Attribute) -> bool {
    let syn::Meta::NameValue(pair) = &attr.meta else {
        return false;
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(text),
        ..
    }) = &pair.value
    else {
        return false;
    };
    let text = text.value();
    text.match_indices("Self").any(|(at, _)| {
        let before = text.get(..at).unwrap_or_default().trim_end_matches('`');
        let after = text.get(at + "Self".len()..).unwrap_or_default();
        let opens = before.ends_with('[') || before.ends_with("](") || before.ends_with("]: ");
        let closes = after.starts_with([']', '`', ')']) || after.starts_with("::");
        opens && closes
    })
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

/// `derive(Into)` implements `From`, whose `from` takes the builder alone
/// and is safe and synchronous: the finishing method must be so too.
fn check_into(model: &Model, errors: &mut Errors) {
    let function = model.target.function();
    let finish = finish_key(&model.members);
    let (span, why) = if let Some(key) = finish {
        (
            key.span(),
            "this `finish_fn` member is an argument of the finishing method, and \
             `derive(Into)` implements `From<Builder>`, whose `from` has nothing to pass it",
        )
    } else if let Some(token) = function.and_then(|f| f.asyncness) {
        (
            token.span,
            "the function is `async`, and `derive(Into)` implements `From<Builder>`, whose \
             `from` cannot wait for it",
        )
    } else if let Some(token) = function.and_then(|f| f.unsafety) {
        (
            token.span,
            "the function is `unsafe`, and `derive(Into)` implements `From<Builder>`, whose \
             `from` is safe to call",
        )
    } else if function.is_some_and(|f| f.output.is_none()) {
        (
            model.ident.span(),
            "the function returns nothing, and `derive(Into)` would implement \
             `From<Builder>` for `()`",
        )
    } else {
        return;
    };
    errors.at(span, format_args!("{why}; remove `Into` from `derive(..)`"));
}

/// `derive(IntoFuture(..))` awaits the builder itself: it needs an `async`
/// function whose `call()` takes nothing but the builder. The error is at
/// what stands in the way: the `finish_fn` member, `unsafe`, else the key.
fn check_into_future(key: &Ident, model: &Model, errors: &mut Errors) {
    let function = model.target.function();
    let (span, why) = if function.is_none_or(|f| f.asyncness.is_none()) {
        (
            key.span(),
            "`derive(IntoFuture(..))` makes the builder awaitable, and it is for the builder \
             of an `async fn`; remove `IntoFuture`",
        )
    } else if let Some(member) = finish_key(&model.members) {
        (
            member.span(),
            "this `finish_fn` member is an argument of `call(..)`, and \
             `derive(IntoFuture(..))` awaits the builder with nothing to pass it; remove \
             `IntoFuture` and `.await` `.call(..)`",
        )
    } else if let Some(token) = function.and_then(|f| f.unsafety) {
        (
            token.span,
            "`call()` of an `unsafe fn` is `unsafe`, and `derive(IntoFuture(..))` awaits the \
             builder in safe code; remove `IntoFuture` and `.await` `.call()` in an `unsafe` \
             block",
        )
    } else {
        return;
    };
    errors.at(span, why);
}

/// The `finish_fn` key of the first member that is an argument of the
/// finishing method.
fn finish_key(members: &[Member]) -> Option<&Ident> {
    members
        .iter()
        .filter(|member| matches!(member.kind, MemberKind::Finish))
        .find_map(|member| member.options.finish_fn.as_ref())
}

/// Two methods of the builder cannot share a name: setters, `maybe_`
/// setters and the finishing method.
fn check_setter_names(
    members: &[Member],
    finish_fn: &Ident,
    finish_key: Option<&Spanned<Named>>,
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
        let plain = member.plain_setter().unwrap_or_else(|| setter.clone());
        let mut names = vec![(crate::util::ident::name(&plain), plain.span())];
        if member.maybe_of().is_some()
            && let Some(maybe) = member.maybe_setter()
        {
            names.push((crate::util::ident::name(&maybe), maybe.span()));
        }
        for (key, named) in [
            ("some_fn", &member.options.some_fn),
            ("option_fn", &member.options.option_fn),
        ] {
            if let Some(named) = named
                && member.maybe_of().is_none()
            {
                errors.at(
                    named.span,
                    format_args!(
                        "`{key}` names a setter of a member that may stay unset (an `Option` or \
                         one with a default), and `{}` must be set; write `setters(name = ..)` \
                         to rename its setter",
                        member.name()
                    ),
                );
            }
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
