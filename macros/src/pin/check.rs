//! The rules `#[pin_project]` enforces before it generates anything. Each
//! records a spanned error and the checks go on, so one build shows every
//! problem of the item. What cannot be seen from the tokens (a `Drop` or
//! `Unpin` impl elsewhere, `packed` added by a later attribute) is proved by
//! the guards `expand` emits instead.

use super::attr::{Args, Data, Input, Style, is_cfg};
use crate::util::repr::Repr;
use crate::util::{Errors, ident};

pub(crate) fn check(args: &Args, input: &Input, errors: &mut Errors) {
    check_args(args, input, errors);
    check_repr(input, errors);
    check_shape(args, input, errors);
    check_pinned_types(input, errors);
}

/// The runtime's `pin_projection!` writes the generic parameters, the
/// `where` clause and each `#[pin]` field's type several times (in the
/// `Unpin` impl, its witness, the guards and the projections). A type macro
/// there could expand to something else each time (a stateful proc macro),
/// and the `Unpin` impl would judge another type than the guards check, so
/// `pin_projection!` refuses every `!`; this check says so at the token.
fn check_pinned_types(input: &Input, errors: &mut Errors) {
    use quote::ToTokens;
    let fields: Vec<&super::attr::Field> = match &input.data {
        Data::Struct { body } => body.fields.iter().collect(),
        Data::Enum { variants, .. } => variants
            .iter()
            .flat_map(|variant| variant.body.fields.iter())
            .collect(),
    };
    let mut places: Vec<(&str, proc_macro2::TokenStream)> = fields
        .into_iter()
        .filter(|field| field.pin.is_some())
        .map(|field| ("a `#[pin]` field's type", field.ty.to_token_stream()))
        .collect();
    // Defaults are not copied to the generated items, so they may hold
    // anything.
    let mut params = input.generics.params.clone();
    for param in &mut params {
        match param {
            syn::GenericParam::Type(param) => param.default = None,
            syn::GenericParam::Const(param) => param.default = None,
            syn::GenericParam::Lifetime(_) => {}
        }
    }
    places.push(("the generic parameters", params.to_token_stream()));
    places.push((
        "the `where` clause",
        input.generics.where_clause.to_token_stream(),
    ));
    let count = places.len();
    for (index, (place, tokens)) in places.into_iter().enumerate() {
        // Pinned types are spliced only inside groups; the parameters and
        // the `where` clause (the last two places) into item headers.
        let in_header = index + 2 >= count;
        if !in_header && let Some(block) = find_block(tokens.clone()) {
            errors.at(
                block,
                format_args!(
                    "{place} cannot contain a block `{{ .. }}` under `#[pin_project]` (it is \
                     written once into the `Unpin` witness, where a block could declare an \
                     item); name the value with a `const` item and use its name here"
                ),
            );
        }
        if in_header && let Some(escape) = find_top_level_block(tokens.clone()) {
            errors.at(
                escape,
                format_args!(
                    "{place} cannot contain a block `{{ .. }}` or `;` outside of `(..)` or \
                     `[..]` under `#[pin_project]` (they are spliced into generated item \
                     headers, which such tokens could end); name the type or the constant \
                     with an alias"
                ),
            );
        }
        match find_bang(tokens) {
            Some(Bang::MacroCall(call)) => errors.spanned(
                call,
                format_args!(
                    "{place} cannot contain a macro call under `#[pin_project]`: it is written \
                     again in the `Unpin` impl and the guards, and a macro may expand \
                     differently each time; name the type with an alias \
                     (`type Inner = my_macro!(..);`) and use the alias here"
                ),
            ),
            Some(Bang::Other(bang)) => errors.at(
                bang,
                format_args!(
                    "{place} cannot contain `!` under `#[pin_project]` (its tokens are \
                     checked for macro calls); write `core::convert::Infallible` for the never \
                     type, or name the type or the condition with an alias"
                ),
            ),
            None => {}
        }
    }
}

/// The first `{ .. }` group or `;` at the top level of `tokens` (inside
/// `<..>`, which is no group, but not inside `(..)` or `[..]`).
fn find_top_level_block(tokens: proc_macro2::TokenStream) -> Option<proc_macro2::Span> {
    use proc_macro2::{Delimiter, TokenTree};
    tokens.into_iter().find_map(|tree| match tree {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(group.span()),
        TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
            find_top_level_block(group.stream())
        }
        TokenTree::Punct(punct) if punct.as_char() == ';' => Some(punct.span()),
        _ => None,
    })
}

/// The first `{ .. }` group in `tokens`, at any depth.
fn find_block(tokens: proc_macro2::TokenStream) -> Option<proc_macro2::Span> {
    use proc_macro2::{Delimiter, TokenTree};
    tokens.into_iter().find_map(|tree| match tree {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(group.span()),
        TokenTree::Group(group) => find_block(group.stream()),
        _ => None,
    })
}

/// A `!` in a type's or bound's tokens.
enum Bang {
    /// `path!(...)`, as its tokens.
    MacroCall(proc_macro2::TokenStream),
    /// Any other `!` (the never type, `!=`), at its span.
    Other(proc_macro2::Span),
}

/// The first `!` in `tokens`, at any depth.
fn find_bang(tokens: proc_macro2::TokenStream) -> Option<Bang> {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '!' => {
                if let Some(TokenTree::Group(_)) = trees.get(index + 1) {
                    // From the start of the macro's path to its arguments.
                    let start = trees[..index]
                        .iter()
                        .rposition(|tree| {
                            !matches!(tree, TokenTree::Ident(_))
                                && !matches!(tree, TokenTree::Punct(p) if p.as_char() == ':')
                        })
                        .map_or(0, |position| position + 1);
                    return Some(Bang::MacroCall(
                        trees[start..=index + 1].iter().cloned().collect(),
                    ));
                }
                return Some(Bang::Other(punct.span()));
            }
            TokenTree::Group(group) => {
                if let Some(found) = find_bang(group.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

fn check_args(args: &Args, input: &Input, errors: &mut Errors) {
    if let (Some(_), Some(replace)) = (args.pinned_drop, &args.project_replace) {
        // `project_replace` moves the unpinned fields out and overwrites the
        // value in place. The value's own `PinnedDrop` would never run for
        // the old value, although it was pinned: the drop guarantee of `Pin`
        // (drop runs before pinned memory is reused) would be broken for the
        // type itself, e.g. an intrusive node would stay linked.
        errors.at(
            replace.span,
            "`project_replace` cannot be combined with `PinnedDrop`: replacing the value would \
             skip its `PinnedDrop` for the old value, which was pinned; remove `project_replace` \
             or `PinnedDrop`",
        );
    }
    if let Some(replace) = &args.project_replace
        && let Some(tail) = unsized_tail(input)
    {
        // `project_replace` takes the replacement by value and returns the
        // old fields by value: rustc would report every such place in the
        // generated method instead of this one conflict.
        errors.at(
            replace.span,
            format_args!(
                "`project_replace` moves values of the type, which needs a size known at \
                 compile time, and the last field's type `{tail}` may be unsized; remove \
                 `?Sized` (or the unsized field), or `project_replace`"
            ),
        );
    }
    if let (Some(_), Some(not_unpin)) = (args.unsafe_unpin, &args.not_unpin) {
        errors.spanned(
            not_unpin,
            "`!Unpin` contradicts `UnsafeUnpin`: one says never `Unpin`, the other lets your \
             `UnsafeUnpin` impl decide; keep only one of them",
        );
    }
    // Two projections of the same name would be two items of one name.
    let names = [
        args.project.as_ref(),
        args.project_ref.as_ref(),
        args.project_replace
            .as_ref()
            .and_then(|replace| replace.name.as_ref()),
    ];
    // A projection named like a generic parameter of the item would be
    // shadowed by that parameter in the generated methods' signatures.
    let params = ident::param_names(&input.generics);
    for name in names.iter().flatten() {
        if ident::same(name, &input.ident) {
            errors.at(
                name.span(),
                format_args!(
                    "the projection name `{name}` is the name of the type itself; give the \
                     projection another name, e.g. `{}Proj`",
                    ident::name(name)
                ),
            );
        } else if params.contains(&ident::name(name)) {
            errors.at(
                name.span(),
                format_args!(
                    "the projection name `{name}` is also a generic parameter of `{}`; give the \
                     projection another name",
                    input.ident
                ),
            );
        }
    }
    for (index, name) in names.iter().enumerate() {
        let Some(name) = name else { continue };
        if names
            .iter()
            .take(index)
            .flatten()
            .any(|earlier| ident::same(earlier, name))
        {
            errors.at(
                name.span(),
                format_args!(
                    "the name `{name}` is already used by another projection of this type; \
                     give each projection its own name"
                ),
            );
        }
    }
}

/// The last field's type of a struct, when it is clearly unsized: a slice,
/// a trait object, or a type parameter bounded `?Sized` (inline or in the
/// `where` clause). Other unsized types (`str`, which a user type may
/// shadow, an alias) are left to rustc.
fn unsized_tail(input: &Input) -> Option<String> {
    use quote::ToTokens;
    let Data::Struct { body } = &input.data else {
        return None;
    };
    let ty = &body.fields.last()?.ty;
    let text = ty.to_token_stream().to_string();
    match ty {
        syn::Type::Slice(_) | syn::Type::TraitObject(_) => Some(text),
        syn::Type::Path(path) if path.qself.is_none() => {
            let ident = path.path.get_ident()?;
            let maybe_sized =
                |bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
                    bounds.iter().any(|bound| {
                        matches!(bound, syn::TypeParamBound::Trait(trait_bound)
                        if trait_bound.maybe.is_some())
                    })
                };
            let inline = input
                .generics
                .type_params()
                .any(|param| ident::same(&param.ident, ident) && maybe_sized(&param.bounds));
            let in_where = input
                .generics
                .where_clause
                .iter()
                .flat_map(|clause| clause.predicates.iter())
                .any(|predicate| {
                    let syn::WherePredicate::Type(predicate) = predicate else {
                        return false;
                    };
                    let names_it = matches!(&predicate.bounded_ty, syn::Type::Path(bounded)
                        if bounded.qself.is_none()
                            && bounded.path.get_ident().is_some_and(|name| ident::same(name, ident)));
                    names_it && maybe_sized(&predicate.bounds)
                });
            (inline || in_where).then_some(text)
        }
        _ => None,
    }
}

fn check_repr(input: &Input, errors: &mut Errors) {
    // Other `repr` mistakes are rustc's to report: parse into a scratch
    // collector and keep only what concerns pinning.
    let mut scratch = Errors::new();
    let repr = Repr::parse(&input.attrs, &mut scratch);
    if let Some(span) = repr.packed_span() {
        errors.at(
            span,
            "`#[pin_project]` cannot be used on a `repr(packed)` type: rustc moves the fields \
             of a packed type to drop them, which would move pinned fields; remove `packed`",
        );
    }
}

fn check_shape(args: &Args, input: &Input, errors: &mut Errors) {
    let name = &input.ident;
    match &input.data {
        Data::Struct { body, .. } => {
            if body.fields.is_empty() {
                errors.at(
                    body.span,
                    format_args!(
                        "`#[pin_project]` needs a struct with fields, and `{name}` has none; \
                         add the fields to project, or remove `#[pin_project]`"
                    ),
                );
            }
            check_tuple_cfg(body, errors);
        }
        Data::Enum { keyword, variants } => {
            if variants.is_empty() {
                errors.at(
                    name.span(),
                    format_args!(
                        "`#[pin_project]` needs an enum with variants, and `{name}` has none; \
                         add variants, or remove `#[pin_project]`"
                    ),
                );
            }
            if let Some(replace) = args
                .project_replace
                .as_ref()
                .filter(|replace| replace.name.is_none())
            {
                errors.at(
                    replace.span,
                    format_args!(
                        "`project_replace` on an enum needs the name of the enum it returns; \
                         write `project_replace = {}ProjOwn`",
                        ident::name(name)
                    ),
                );
            }
            if !variants.is_empty()
                && variants
                    .iter()
                    .all(|variant| variant.body.fields.is_empty())
            {
                errors.at(
                    name.span(),
                    format_args!(
                        "`#[pin_project]` needs an enum with fields, and no variant of `{name}` \
                         has one; add the fields to project, or remove `#[pin_project]`"
                    ),
                );
            }
            let named = args.project.is_some()
                || args.project_ref.is_some()
                || args.project_replace.is_some();
            if !named {
                errors.at(
                    *keyword,
                    format_args!(
                        "`#[pin_project]` on an enum needs a name for its projection enum, to \
                         match on; write `#[pin_project(project = {}Proj)]`",
                        ident::name(name)
                    ),
                );
            }
            for variant in variants {
                check_tuple_cfg(&variant.body, errors);
            }
        }
    }
}

/// `#[cfg]` on a tuple field shifts the index of the fields after it, which
/// the generated patterns cannot follow.
fn check_tuple_cfg(body: &super::attr::Body, errors: &mut Errors) {
    if body.style != Style::Tuple {
        return;
    }
    for field in &body.fields {
        for attr in field.attrs.iter().filter(|attr| {
            is_cfg(attr) || !super::attr::cfg_predicates(std::slice::from_ref(attr)).is_empty()
        }) {
            errors.spanned(
                attr,
                "`#[pin_project]` does not support `#[cfg]` on a tuple field; use named fields",
            );
        }
    }
}
