//! Hostile macros for vouch's UI tests. Each rewrites what a derive saw, the
//! way a buggy or malicious macro might, so the tests can show the derive's
//! proof still describes the real type.
//!
//! They work on raw tokens (no syn) to stay small and fast to build.

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::sync::atomic::{AtomicUsize, Ordering};

/// `#[swap_type(from, to)]`: replaces every identifier `from` in the item
/// with `to`, e.g. turns a `u32` field into a `bool` one.
#[proc_macro_attribute]
pub fn swap_type(args: TokenStream, item: TokenStream) -> TokenStream {
    let idents: Vec<String> = args
        .into_iter()
        .filter_map(|tree| match tree {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect();
    match idents.as_slice() {
        [from, to] => replace(item, from, to),
        _ => item,
    }
}

fn replace(tokens: TokenStream, from: &str, to: &str) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(ident) if ident.to_string() == from => {
                TokenTree::Ident(Ident::new(to, ident.span()))
            }
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), replace(group.stream(), from, to));
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            other => other,
        })
        .collect()
}

/// `#[add_repr(...)]`: adds `#[repr(...)]` to the item, e.g.
/// `#[add_repr(packed)]` or `#[add_repr(align(16))]`.
#[proc_macro_attribute]
pub fn add_repr(args: TokenStream, item: TokenStream) -> TokenStream {
    let repr: TokenStream = [
        TokenTree::Ident(Ident::new("repr", Span::call_site())),
        TokenTree::Group(Group::new(Delimiter::Parenthesis, args)),
    ]
    .into_iter()
    .collect();
    let mut out: TokenStream = [
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, repr)),
    ]
    .into_iter()
    .collect();
    out.extend(item);
    out
}

static CALLS: AtomicUsize = AtomicUsize::new(0);

/// `flip!()`: a type that is `u32` on the first call in this compiler
/// process, `u8` on the second, and so on alternately; `flip!(A | B)`
/// alternates between `A` and `B` alike.
#[proc_macro]
pub fn flip(input: TokenStream) -> TokenStream {
    let call = CALLS.fetch_add(1, Ordering::SeqCst);
    let text = input.to_string();
    let (first, second) = text.split_once('|').unwrap_or(("u32", "u8"));
    let ty = if call.is_multiple_of(2) {
        first
    } else {
        second
    };
    ty.parse().unwrap_or_default()
}

/// `#[remove_repr]`: drops every `#[repr(..)]` of the item.
#[proc_macro_attribute]
pub fn remove_repr(_args: TokenStream, item: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = item.into_iter().peekable();
    while let Some(tree) = trees.next() {
        if let TokenTree::Punct(punct) = &tree
            && punct.as_char() == '#'
            && let Some(TokenTree::Group(group)) = trees.peek()
        {
            let is_repr = group.delimiter() == Delimiter::Bracket
                && group
                    .stream()
                    .into_iter()
                    .next()
                    .is_some_and(|first| first.to_string() == "repr");
            if is_repr {
                trees.next();
                continue;
            }
        }
        out.push(tree);
    }
    out.into_iter().collect()
}

/// `#[exchange(a, b)]`: swaps the identifiers `a` and `b` everywhere in the
/// item, e.g. the names of two variants (and so their discriminants).
#[proc_macro_attribute]
pub fn exchange(args: TokenStream, item: TokenStream) -> TokenStream {
    let idents: Vec<String> = args
        .into_iter()
        .filter_map(|tree| match tree {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect();
    match idents.as_slice() {
        [a, b] => {
            let placeholder = "__exchange_placeholder";
            let step = replace(item, a, placeholder);
            let step = replace(step, b, a);
            replace(step, placeholder, b)
        }
        _ => item,
    }
}

/// `#[retype_last_field(Type)]`: gives the last field of a braced struct the
/// type `Type`, leaving every other field alone.
#[proc_macro_attribute]
pub fn retype_last_field(args: TokenStream, item: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = item.into_iter().collect();
    let Some(body) = trees.iter().rposition(
        |tree| matches!(tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace),
    ) else {
        return trees.into_iter().collect();
    };
    let mut out = trees;
    if let TokenTree::Group(group) = &out[body] {
        let mut fields: Vec<TokenTree> = group.stream().into_iter().collect();
        if matches!(fields.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
            fields.pop();
        }
        if let Some(colon) = fields
            .iter()
            .rposition(|tree| matches!(tree, TokenTree::Punct(p) if p.as_char() == ':'))
        {
            fields.truncate(colon + 1);
            fields.extend(args);
        }
        let mut new = Group::new(Delimiter::Brace, fields.into_iter().collect());
        new.set_span(group.span());
        out[body] = TokenTree::Group(new);
    }
    out.into_iter().collect()
}

/// `#[add_variant(Variant(Type))]`: appends a variant to an enum.
#[proc_macro_attribute]
pub fn add_variant(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut trees: Vec<TokenTree> = item.into_iter().collect();
    if let Some(TokenTree::Group(group)) = trees.last()
        && group.delimiter() == Delimiter::Brace
    {
        let mut body: Vec<TokenTree> = group.stream().into_iter().collect();
        if !matches!(body.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
            body.push(TokenTree::Punct(Punct::new(',', Spacing::Alone)));
        }
        body.extend(args);
        let mut new = Group::new(Delimiter::Brace, body.into_iter().collect());
        new.set_span(group.span());
        let last = trees.len() - 1;
        trees[last] = TokenTree::Group(new);
    }
    trees.into_iter().collect()
}

/// `#[swap_literal(0, 256)]`: replaces every literal token `0` in the item
/// with `256`, e.g. moves a discriminant the derive read as written.
#[proc_macro_attribute]
pub fn swap_literal(args: TokenStream, item: TokenStream) -> TokenStream {
    let literals: Vec<Literal> = args
        .into_iter()
        .filter_map(|tree| match tree {
            TokenTree::Literal(literal) => Some(literal),
            _ => None,
        })
        .collect();
    match literals.as_slice() {
        [from, to] => replace_literal(item, &from.to_string(), to),
        _ => item,
    }
}

fn replace_literal(tokens: TokenStream, from: &str, to: &Literal) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Literal(literal) if literal.to_string() == from => {
                let mut new = to.clone();
                new.set_span(literal.span());
                TokenTree::Literal(new)
            }
            TokenTree::Group(group) => {
                let mut new =
                    Group::new(group.delimiter(), replace_literal(group.stream(), from, to));
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            other => other,
        })
        .collect()
}

/// `#[replace_with { .. }]`: throws the item away and puts the given tokens
/// in its place, e.g. a struct with associated constants where the derive
/// saw a fieldless enum.
#[proc_macro_attribute]
pub fn replace_with(args: TokenStream, _item: TokenStream) -> TokenStream {
    args
}

/// `#[replace_item(tokens)]`: the same as `replace_with`, under the name the
/// attack matrix uses.
#[proc_macro_attribute]
pub fn replace_item(args: TokenStream, _item: TokenStream) -> TokenStream {
    args
}

/// `#[apply(name!)]`: hands the item to the `macro_rules!` macro `name`, as
/// `name! { item }`, so a test can run a declarative macro as an attribute
/// after another (e.g. one that reads a function's name).
#[proc_macro_attribute]
pub fn apply(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut out: Vec<TokenTree> = args.into_iter().collect();
    out.push(TokenTree::Group(Group::new(Delimiter::Brace, item)));
    out.into_iter().collect()
}

/// `#[lift_unsafe { impl .. }]`: emits the item, then the given impls with
/// the item's own `unsafe` keyword (if it has one) put before each `impl`.
/// The macro writes no `unsafe` itself: it reuses a token a macro before
/// it wrote.
#[proc_macro_attribute]
pub fn lift_unsafe(args: TokenStream, item: TokenStream) -> TokenStream {
    let keyword = item
        .clone()
        .into_iter()
        .find(|tree| matches!(tree, TokenTree::Ident(ident) if ident.to_string() == "unsafe"));
    let mut out: Vec<TokenTree> = item.into_iter().collect();
    for tree in args {
        if let (TokenTree::Ident(ident), Some(keyword)) = (&tree, &keyword)
            && ident.to_string() == "impl"
        {
            out.push(keyword.clone());
        }
        out.push(tree);
    }
    out.into_iter().collect()
}
