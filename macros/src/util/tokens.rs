//! Token-level rewrites the capabilities share.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};

/// Whether `next`, the token after an identifier, starts a path separator
/// `::` (a joint `:`), as in `Self::X`, unlike the `:` of a bound in
/// `Self: Sized`.
pub(crate) fn is_path_separator(next: Option<&TokenTree>) -> bool {
    matches!(
        next,
        Some(TokenTree::Punct(punct))
            if punct.as_char() == ':' && punct.spacing() == proc_macro2::Spacing::Joint
    )
}

/// Rewrites `Self` in tokens copied from an item to a place where `Self`
/// means something else (a free function, another type): `Self::X` becomes
/// `<Target>::X`, a lone `Self` becomes `Target`. The replacement sits at
/// the location of the `Self` it replaces, so errors point there, and
/// resolves as `target` does.
pub(crate) fn replace_self(tokens: TokenStream, target: &TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "Self" => {
                let replacement = locate(target.clone(), ident.span());
                if is_path_separator(trees.get(i + 1)) {
                    out.extend(quote::quote!(<#replacement>));
                } else {
                    out.extend(replacement);
                }
            }
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), replace_self(group.stream(), target));
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
            }
            other => out.extend([other.clone()]),
        }
    }
    out
}

/// Moves every token of `tokens` to the location of `span`; names keep
/// resolving where they were written.
fn locate(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), locate(group.stream(), span));
                new.set_span(span.resolved_at(group.span()));
                TokenTree::Group(new)
            }
            mut other => {
                other.set_span(span.resolved_at(other.span()));
                other
            }
        })
        .collect()
}

/// Gives every token of `tokens` the span `span`, so an error inside
/// generated code points at the user's token it is about. The generated
/// locals (`__vouch_*`) only move: they keep resolving where they were
/// made, so they stay the same variables even when the user's token comes
/// from a `macro_rules!` expansion with hygiene of its own.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                TokenTree::Group(new)
            }
            TokenTree::Ident(mut ident) if ident.to_string().starts_with("__vouch_") => {
                ident.set_span(span.resolved_at(ident.span()));
                TokenTree::Ident(ident)
            }
            mut other => {
                other.set_span(span);
                other
            }
        })
        .collect()
}

/// Splits a token stream at its top-level commas (groups keep theirs):
/// each piece with the comma after it, if any. The one splitter of the
/// argument lists the attribute macros read token by token.
pub(crate) fn split_commas(tokens: TokenStream) -> Vec<(TokenStream, Option<Span>)> {
    let mut pieces = vec![(TokenStream::new(), None)];
    for tree in tokens {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => {
                if let Some(last) = pieces.last_mut() {
                    last.1 = Some(punct.span());
                }
                pieces.push((TokenStream::new(), None));
            }
            _ => {
                if let Some(last) = pieces.last_mut() {
                    last.0.extend([tree]);
                }
            }
        }
    }
    pieces
}

/// Tokens with every invisible group (`Delimiter::None`, what a
/// `macro_rules!` fragment such as `$t:ty` arrives as) replaced by its
/// content: the runtime's `pin_projection!` and `pod_proof!` accept only
/// plain tokens where they check them for macro calls.
pub(crate) fn flatten(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                flatten(group.stream()).into_iter().collect::<Vec<_>>()
            }
            TokenTree::Group(group) => {
                let mut new = proc_macro2::Group::new(group.delimiter(), flatten(group.stream()));
                new.set_span(group.span());
                vec![TokenTree::Group(new)]
            }
            other => vec![other],
        })
        .collect()
}
