//! Checking: reads the [`Model`] that parsing filled, reports every rule
//! that involves more than one option or more than one field, and refines
//! what generation needs (`Self` spelled out).
//!
//! Options that contradict each other, setters whose names collide with
//! each other or with the finishing method, names the builder would take
//! from the user: each error points at the token to change.
//!
//! The rules of one member are in `member.rs`; here, those of the whole
//! builder and the spelling out of `Self`.

mod member;

use member::{check_options, with_setter};

use crate::builder::const_fn;
use crate::builder::model::{Member, MemberKind, Model, Named};
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
