//! `#[builder(const)]`: what it asks of the options and of the user's
//! expressions.
//!
//! With it, every method of the builder a user calls is a `const fn`
//! (`expand/`, `finish.rs`). A `const fn` calls no trait method on stable
//! Rust (`Default::default`, `Into::into`, `Clone::clone`, `Deref::deref`,
//! `FromIterator::from_iter`) and calls no closure, so the options that make
//! the builder call one are refused here, each at its key. The expressions
//! the builder runs (`default = ..`, `skip = ..`, `field = ..`, the body of a
//! `with` closure) are written into its methods as they are, not wrapped in
//! a closure as they are otherwise: one that would leave the method
//! (`return`, `?`, `break`), or whose code the builder cannot see (a macro),
//! is refused too, at that part of it.

use crate::builder::model::{GetterMode, Member, MemberKind, Model, With};
use crate::util::Errors;
use syn::{Expr, Stmt};

/// Reports what `const` cannot do, when the model has it.
pub(super) fn check(model: &Model, errors: &mut Errors) {
    let Some(key) = &model.options.konst else {
        return;
    };
    if let Some(function) = model.target.function()
        && function.constness.is_none()
    {
        let name = &model.ident;
        errors.spanned(
            key,
            format_args!(
                "`const` makes the builder's methods `const fn`s, and its `{}()` calls `{name}`, \
                 which is not a `const fn`; declare it `const fn {name}`, or remove `const`",
                model.finish_fn
            ),
        );
    }
    for rule in &model.options.on {
        if let Some(into) = &rule.into {
            errors.spanned(
                into,
                "with `const`, the setters are `const fn`s, which cannot call `Into::into()`; \
                 remove `into` from this `on(..)` rule",
            );
        }
        if let Some(default) = &rule.default {
            errors.spanned(
                default,
                "with `const`, `build()` is a `const fn`, which cannot call \
                 `Default::default()`; remove `default` from this `on(..)` rule and write \
                 `default = <value>` on each field",
            );
        }
    }
    let is_function = model.target.function().is_some();
    for member in &model.members {
        // A function's `skip` is refused already, whatever its value.
        if is_function && member.options.skip.is_some() {
            continue;
        }
        check_member(member, errors);
    }
}

fn check_member(member: &Member, errors: &mut Errors) {
    let options = &member.options;
    let valued = [
        ("default", &options.default, options.default_by_rule),
        ("skip", &options.skip, false),
        ("field", &options.field, false),
    ];
    for (key, option, by_rule) in valued {
        let Some(option) = option else {
            continue;
        };
        match &option.value {
            Some(expr) => embeddable(expr, key, errors),
            // An `on(..)` rule's `default` is reported once, at the rule;
            // a bare `default` on an `Option` member, by the check already.
            None if by_rule || matches!(member.kind, MemberKind::Optional { .. }) => {}
            None => errors.at(
                option.span,
                format_args!(
                    "`{key}` without a value is `Default::default()`, and with `const` the \
                     builder's methods are `const fn`s, which cannot call it; give the value: \
                     `{key} = <value>`"
                ),
            ),
        }
    }
    // With `with`, the check reports `into` already.
    let own_into = !options.into_by_rule && options.with.is_none();
    if let Some(into) = options.into.as_ref().filter(|_| own_into) {
        errors.spanned(
            into,
            "with `const`, the builder's methods are `const fn`s, which cannot call \
             `Into::into()`; remove `into`, and pass values of the member's own type",
        );
    }
    if let Some(getter) = &options.getter
        && let Some(mode_key) = getter.value.mode_key
    {
        let refused = match &getter.value.mode {
            GetterMode::Clone => Some(("clone", "Clone::clone()")),
            GetterMode::Deref(_) => Some(("deref", "Deref::deref()")),
            GetterMode::Ref | GetterMode::Copy => None,
        };
        if let Some((mode, call)) = refused {
            errors.at(
                mode_key,
                format_args!(
                    "with `const`, the getter is a `const fn`, which cannot call `{call}`; \
                     remove `{mode}` to get a reference, or write `copy` for a `Copy` member"
                ),
            );
        }
    }
    match (&member.with, &options.with) {
        (Some(With::FromIter { .. }), Some(with)) => errors.spanned(
            &with.value,
            "with `const`, the setters are `const fn`s, which cannot call \
             `FromIterator::from_iter()`; remove `with`, and pass the collection itself",
        ),
        (Some(With::Closure { .. }), Some(with)) => {
            if let Expr::Closure(closure) = &with.value {
                embeddable(&closure.body, "with", errors);
            }
        }
        _ => {}
    }
}

/// Reports the first part of `expr` that cannot be written into a
/// `const fn` of the builder as it is.
fn embeddable(expr: &Expr, key: &str, errors: &mut Errors) {
    if let Some((part, why)) = first_refused(expr) {
        errors.spanned(
            part,
            format_args!(
                "with `const`, this `{key}` expression is written into a `const fn` of the \
                 builder as it is (a closure cannot be called there), and {why}; compute the \
                 value in a `const fn` of your own and call it here"
            ),
        );
    }
}

/// The first sub-expression (or statement) that may not be inlined, and
/// why.
fn first_refused(expr: &Expr) -> Option<(&dyn quote::ToTokens, &'static str)> {
    let leaves = "it would leave that method instead of giving the value";
    let why = match expr {
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) | Expr::Yield(_) => leaves,
        Expr::Try(_) | Expr::TryBlock(_) => "`?` would return from that method",
        Expr::Closure(_) => "a closure cannot be called in a `const fn`",
        Expr::Async(_) | Expr::Await(_) => "a `const fn` runs no `async` code",
        Expr::ForLoop(_) => "a `for` loop calls `IntoIterator`, which a `const fn` cannot",
        Expr::Macro(_) => "the builder cannot see what a macro expands to",
        Expr::Array(array) => return array.elems.iter().find_map(first_refused),
        Expr::Tuple(tuple) => return tuple.elems.iter().find_map(first_refused),
        Expr::Call(call) => {
            return first_refused(&call.func).or_else(|| call.args.iter().find_map(first_refused));
        }
        Expr::MethodCall(call) => {
            return first_refused(&call.receiver)
                .or_else(|| call.args.iter().find_map(first_refused));
        }
        Expr::Assign(assign) => {
            return first_refused(&assign.left).or_else(|| first_refused(&assign.right));
        }
        Expr::Binary(binary) => {
            return first_refused(&binary.left).or_else(|| first_refused(&binary.right));
        }
        Expr::Index(index) => {
            return first_refused(&index.expr).or_else(|| first_refused(&index.index));
        }
        Expr::Repeat(repeat) => {
            return first_refused(&repeat.expr).or_else(|| first_refused(&repeat.len));
        }
        Expr::Range(range) => {
            let ends = [range.start.as_deref(), range.end.as_deref()];
            return ends.into_iter().flatten().find_map(first_refused);
        }
        Expr::Cast(cast) => return first_refused(&cast.expr),
        Expr::Field(field) => return first_refused(&field.base),
        Expr::Group(group) => return first_refused(&group.expr),
        Expr::Paren(paren) => return first_refused(&paren.expr),
        Expr::Reference(reference) => return first_refused(&reference.expr),
        Expr::RawAddr(raw) => return first_refused(&raw.expr),
        Expr::Unary(unary) => return first_refused(&unary.expr),
        Expr::Let(binding) => return first_refused(&binding.expr),
        Expr::Block(block) => return block_refused(&block.block),
        Expr::Const(block) => return block_refused(&block.block),
        Expr::Unsafe(block) => return block_refused(&block.block),
        // `break` in the loop is refused as any other: it reads as leaving
        // the method's loop, and the rule stays one rule.
        Expr::Loop(looped) => return block_refused(&looped.body),
        Expr::While(looped) => {
            return first_refused(&looped.cond).or_else(|| block_refused(&looped.body));
        }
        Expr::If(branch) => {
            return first_refused(&branch.cond)
                .or_else(|| block_refused(&branch.then_branch))
                .or_else(|| {
                    branch
                        .else_branch
                        .as_ref()
                        .and_then(|(_, other)| first_refused(other))
                });
        }
        Expr::Match(matched) => {
            return first_refused(&matched.expr).or_else(|| {
                matched.arms.iter().find_map(|arm| {
                    let guard = match &arm.pat {
                        syn::Pat::Guard(guard) => first_refused(&guard.guard),
                        _ => None,
                    };
                    guard.or_else(|| first_refused(&arm.body))
                })
            });
        }
        Expr::Struct(literal) => {
            return literal
                .fields
                .iter()
                .find_map(|field| first_refused(&field.expr))
                .or_else(|| literal.rest.as_deref().and_then(first_refused));
        }
        Expr::Lit(_) | Expr::Path(_) | Expr::Infer(_) => return None,
        _ => "the builder cannot tell what it does",
    };
    Some((expr, why))
}

/// [`first_refused`] for the statements of a block: a `let` (its value and
/// `else`), an expression; an item is its own scope, a macro is refused.
fn block_refused(block: &syn::Block) -> Option<(&dyn quote::ToTokens, &'static str)> {
    block.stmts.iter().find_map(|stmt| match stmt {
        Stmt::Local(local) => local.init.as_ref().and_then(|init| {
            first_refused(&init.expr).or_else(|| {
                init.diverge
                    .as_ref()
                    .and_then(|(_, other)| first_refused(other))
            })
        }),
        Stmt::Expr(expr, _) => first_refused(expr),
        Stmt::Item(_) => None,
        Stmt::Macro(mac) => Some((
            mac as &dyn quote::ToTokens,
            "the builder cannot see what a macro expands to",
        )),
    })
}
