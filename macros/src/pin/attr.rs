//! Parsing of `#[pin_project(...)]`: its arguments and the item it is on.
//!
//! Everything here records problems in the one `Errors` of the expansion and
//! keeps going, so a user sees every mistake of an item at once. The model
//! keeps the syn nodes of the input, so later phases can span their errors.

use crate::util::{CratePath, Errors, ident};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Generics, Ident, Token, Type, Visibility};

/// The arguments of `#[pin_project(...)]`, each with the span of its token.
#[derive(Default)]
pub(crate) struct Args {
    pub(crate) krate: Option<crate::util::attr::Spanned<CratePath>>,
    /// `PinnedDrop`.
    pub(crate) pinned_drop: Option<Span>,
    /// `UnsafeUnpin`.
    pub(crate) unsafe_unpin: Option<Span>,
    /// `!Unpin`.
    pub(crate) not_unpin: Option<NotUnpin>,
    /// `project = Name`.
    pub(crate) project: Option<Ident>,
    /// `project_ref = Name`.
    pub(crate) project_ref: Option<Ident>,
    /// `project_replace` or `project_replace = Name`.
    pub(crate) project_replace: Option<Replace>,
}

/// The `!Unpin` argument, kept as its two tokens so an error spans both.
pub(crate) struct NotUnpin {
    pub(crate) bang: Token![!],
    pub(crate) unpin: Ident,
}

impl quote::ToTokens for NotUnpin {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.bang.to_tokens(tokens);
        self.unpin.to_tokens(tokens);
    }
}

/// `project_replace`, named or not.
pub(crate) struct Replace {
    pub(crate) span: Span,
    pub(crate) name: Option<Ident>,
}

const EXPECTED: &str = "expected one of `PinnedDrop`, `UnsafeUnpin`, `!Unpin`, `project = Name`, \
                        `project_ref = Name`, `project_replace`, `project_replace = Name`, \
                        `crate = \"path\"`";

impl Args {
    /// The path to vouch: `crate = ..`, or `::vouch`.
    pub(crate) fn krate(&self) -> CratePath {
        self.krate
            .as_ref()
            .map(|krate| krate.value.clone())
            .unwrap_or_default()
    }

    /// Parses the argument list. Every argument is parsed on its own: a
    /// malformed one is reported and skipped up to the next comma.
    pub(crate) fn parse(tokens: TokenStream, errors: &mut Errors) -> Args {
        let mut args = Args::default();
        for (piece, comma) in crate::util::split_commas(tokens) {
            if piece.is_empty() {
                // Nothing before a comma: a leading or doubled `,` (one
                // after the last argument is allowed).
                if let Some(comma) = comma {
                    errors.at(
                        comma,
                        "unexpected `,` with no argument before it; separate arguments with one `,`",
                    );
                }
                continue;
            }
            let parser = |input: ParseStream<'_>| args.parse_one(input, errors);
            if let Err(error) = parser.parse2(piece) {
                errors.push(error);
            }
        }
        args
    }

    fn parse_one(&mut self, input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<()> {
        if input.peek(Token![!]) {
            let bang: Token![!] = input.parse()?;
            let unpin: Ident = input.parse()?;
            if ident::name(&unpin) != "Unpin" {
                return Err(syn::Error::new(
                    unpin.span(),
                    format_args!("unknown argument `!{unpin}`; {EXPECTED}"),
                ));
            }
            if self.not_unpin.is_some() {
                crate::util::attr::duplicate(errors, NotUnpin { bang, unpin }, "`!Unpin` argument");
            } else {
                self.not_unpin = Some(NotUnpin { bang, unpin });
            }
            return end(input);
        }
        if input.peek(Token![crate]) {
            let value = crate::util::krate::parse(input)?;
            crate::util::krate::set(Ok(value), &mut self.krate, errors);
            return end(input);
        }
        let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
        let key_name = ident::name(&key);
        match key_name.as_str() {
            "PinnedDrop" => once(&mut self.pinned_drop, key.span(), "PinnedDrop", errors),
            "UnsafeUnpin" => once(&mut self.unsafe_unpin, key.span(), "UnsafeUnpin", errors),
            "project" | "project_ref" => {
                let name = named(input, &key)?.ok_or_else(|| {
                    syn::Error::new(
                        key.span(),
                        format_args!(
                            "`{key}` needs the name of the projection type; write e.g. `{key} = {}`",
                            if key_name == "project" { "MyProj" } else { "MyProjRef" }
                        ),
                    )
                })?;
                let slot = if key_name == "project" {
                    &mut self.project
                } else {
                    &mut self.project_ref
                };
                if slot.is_some() {
                    crate::util::attr::duplicate_at(
                        errors,
                        key.span(),
                        format_args!("`{key}` argument"),
                    );
                } else {
                    *slot = Some(name);
                }
            }
            "project_replace" => {
                let name = named(input, &key)?;
                if self.project_replace.is_some() {
                    crate::util::attr::duplicate_at(
                        errors,
                        key.span(),
                        "`project_replace` argument",
                    );
                } else {
                    self.project_replace = Some(Replace {
                        span: key.span(),
                        name,
                    });
                }
            }
            "Unpin" => {
                return Err(syn::Error::new(
                    key.span(),
                    "unknown argument `Unpin`; a `#[pin_project]` type is `Unpin` when its \
                     `#[pin]` fields are; write `!Unpin` to opt out, or `UnsafeUnpin` to decide yourself",
                ));
            }
            _ => {
                return Err(syn::Error::new(
                    key.span(),
                    format_args!("unknown argument `{key}`; {EXPECTED}"),
                ));
            }
        }
        end(input)
    }
}

/// Reads `= Name` after a key, if there is an `=`.
fn named(input: ParseStream<'_>, key: &Ident) -> syn::Result<Option<Ident>> {
    if input.is_empty() {
        return Ok(None);
    }
    let eq: Token![=] = input.parse()?;
    if input.is_empty() {
        return Err(syn::Error::new(
            eq.span,
            format_args!("`{key} =` needs a name after `=`; write e.g. `{key} = MyProj`"),
        ));
    }
    if input.peek(syn::LitStr) {
        let lit: syn::LitStr = input.parse()?;
        return Err(syn::Error::new(
            lit.span(),
            format_args!(
                "`{key}` takes a type name, not a string; write `{key} = {}`",
                lit.value()
            ),
        ));
    }
    input.call(syn::ext::IdentExt::parse_any).map(Some)
}

fn end(input: ParseStream<'_>) -> syn::Result<()> {
    if input.is_empty() {
        Ok(())
    } else {
        Err(input.error("unexpected tokens after the argument; separate arguments with `,`"))
    }
}

fn once(slot: &mut Option<Span>, span: Span, name: &str, errors: &mut Errors) {
    if slot.is_some() {
        crate::util::attr::duplicate_at(errors, span, format_args!("`{name}` argument"));
    } else {
        *slot = Some(span);
    }
}

/// The item under `#[pin_project]`.
pub(crate) struct Input {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    pub(crate) ident: Ident,
    pub(crate) generics: Generics,
    pub(crate) data: Data,
}

pub(crate) enum Data {
    Struct {
        body: Body,
    },
    Enum {
        /// The `enum` keyword.
        keyword: Span,
        variants: Vec<Variant>,
    },
}

pub(crate) struct Variant {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ident: Ident,
    pub(crate) body: Body,
}

/// The fields of a struct or variant.
pub(crate) struct Body {
    pub(crate) style: Style,
    pub(crate) fields: Vec<Field>,
    /// The braces or parentheses, or the name for a unit shape.
    pub(crate) span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Named,
    Tuple,
    Unit,
}

pub(crate) struct Field {
    /// The field's attributes, `#[pin]` removed.
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) vis: Visibility,
    /// `None` for a tuple field.
    pub(crate) ident: Option<Ident>,
    pub(crate) ty: Type,
    /// The `#[pin]` attribute, if the field is pinned.
    pub(crate) pin: Option<Span>,
}

impl Field {
    /// The doc attributes and the `cfg`s (see [`cfgs`]), which the generated
    /// copies of the field carry too.
    pub(crate) fn kept_attrs(&self) -> Vec<TokenStream> {
        let docs = self
            .attrs
            .iter()
            .filter(|attr| is_doc(attr))
            .map(quote::ToTokens::to_token_stream);
        docs.chain(cfgs(&self.attrs)).collect()
    }

    /// The field's `cfg`s, as `#[cfg(..)]` attributes (see [`cfgs`]).
    pub(crate) fn cfg_attrs(&self) -> Vec<TokenStream> {
        cfgs(&self.attrs)
    }
}

/// Whether a field or variant exists, as `#[cfg(predicate)]` attributes:
/// one per `#[cfg(..)]`, and one per `cfg(..)` inside a `#[cfg_attr(..)]`
/// (`cfg_attr(p, cfg(x))` is `cfg(any(not(p), x))`), so the generated
/// copies exist exactly when the original does.
pub(crate) fn cfgs(attrs: &[Attribute]) -> Vec<TokenStream> {
    cfg_predicates(attrs)
        .into_iter()
        .map(|predicate| quote::quote!(#[cfg(#predicate)]))
        .collect()
}

/// The predicates of [`cfgs`].
pub(crate) fn cfg_predicates(attrs: &[Attribute]) -> Vec<TokenStream> {
    attrs
        .iter()
        .flat_map(|attr| match &attr.meta {
            syn::Meta::List(list) if is_cfg(attr) => vec![list.tokens.clone()],
            syn::Meta::List(list) if is_attr(attr, "cfg_attr") => {
                cfg_attr_predicates(list.tokens.clone())
            }
            _ => Vec::new(),
        })
        .collect()
}

/// The `cfg`s inside the arguments of a `cfg_attr`, each under its
/// condition. Malformed arguments give none (rustc reports them).
fn cfg_attr_predicates(tokens: TokenStream) -> Vec<TokenStream> {
    let parser = |input: ParseStream<'_>| {
        let condition: syn::Meta = input.parse()?;
        input.parse::<Token![,]>()?;
        let metas = syn::punctuated::Punctuated::<syn::Meta, Token![,]>::parse_terminated(input)?;
        Ok((condition, metas))
    };
    let Ok((condition, metas)) = parser.parse2(tokens) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for meta in metas {
        let syn::Meta::List(list) = meta else {
            continue;
        };
        let Some(name) = list.path.get_ident().map(ident::name) else {
            continue;
        };
        let inner = match name.as_str() {
            "cfg" => vec![list.tokens],
            "cfg_attr" => cfg_attr_predicates(list.tokens),
            _ => continue,
        };
        out.extend(
            inner
                .into_iter()
                .map(|predicate| quote::quote!(any(not(#condition), #predicate))),
        );
    }
    out
}

pub(crate) fn is_cfg(attr: &Attribute) -> bool {
    is_attr(attr, "cfg")
}

/// Whether `attr` is `#[name ...]`, its one-segment path compared after
/// unraw (`#[r#pin]` is `#[pin]`).
pub(crate) fn is_attr(attr: &Attribute, name: &str) -> bool {
    let path = attr.path();
    path.leading_colon.is_none()
        && path.segments.len() == 1
        && path
            .segments
            .first()
            .is_some_and(|segment| ident::name(&segment.ident) == name)
}

pub(crate) fn is_doc(attr: &Attribute) -> bool {
    is_attr(attr, "doc")
}

/// What the item parses to, and the tokens to emit in its place: the item
/// with every `#[pin]` removed, which compiles whatever else goes wrong.
pub(crate) struct Parsed {
    pub(crate) input: Option<Input>,
    pub(crate) stripped: TokenStream,
}

/// Parses the item. Problems found while reading it (a misplaced or
/// malformed `#[pin]`) are recorded; `input` is `None` only when the item is
/// not a struct or enum at all.
pub(crate) fn parse_item(tokens: TokenStream, errors: &mut Errors) -> syn::Result<Parsed> {
    let item: syn::Item = syn::parse2(tokens)?;
    let mut item = item;
    let input = match &mut item {
        syn::Item::Struct(item) => {
            strip_misplaced_pin(&mut item.attrs, "the struct", errors);
            strip_second_pin_project(&mut item.attrs, errors);
            let body = read_body(&mut item.fields, item.ident.span(), errors);
            Some(Input {
                attrs: item.attrs.clone(),
                vis: item.vis.clone(),
                ident: item.ident.clone(),
                generics: item.generics.clone(),
                data: Data::Struct { body },
            })
        }
        syn::Item::Enum(item) => {
            strip_misplaced_pin(&mut item.attrs, "the enum", errors);
            strip_second_pin_project(&mut item.attrs, errors);
            let variants = item
                .variants
                .iter_mut()
                .map(|variant| {
                    strip_misplaced_pin(&mut variant.attrs, "a variant", errors);
                    Variant {
                        attrs: variant.attrs.clone(),
                        ident: variant.ident.clone(),
                        body: read_body(&mut variant.fields, variant.ident.span(), errors),
                    }
                })
                .collect();
            Some(Input {
                attrs: item.attrs.clone(),
                vis: item.vis.clone(),
                ident: item.ident.clone(),
                generics: item.generics.clone(),
                data: Data::Enum {
                    keyword: item.enum_token.span,
                    variants,
                },
            })
        }
        syn::Item::Union(item) => {
            errors.at(
                item.union_token.span,
                "`#[pin_project]` cannot be used on a union: a union's fields cannot be \
                 structurally pinned; use a struct or an enum",
            );
            for field in &mut item.fields.named {
                field.attrs.retain(|attr| !is_attr(attr, "pin"));
            }
            None
        }
        other => {
            errors.spanned(
                item_keyword(other),
                "`#[pin_project]` applies to structs and enums; put it on a struct or an enum",
            );
            None
        }
    };
    Ok(Parsed {
        input,
        stripped: quote::ToTokens::into_token_stream(item),
    })
}

/// The first tokens of an item that is neither struct nor enum, to span an
/// error at (the whole item would underline a whole function body).
fn item_keyword(item: &syn::Item) -> TokenStream {
    let mut tokens = TokenStream::new();
    let all = quote::ToTokens::to_token_stream(item);
    // Skip the attributes (`#` and `[...]`) and take the first keyword.
    let mut iter = all.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                iter.next();
            }
            _ => {
                tokens.extend([tree]);
                break;
            }
        }
    }
    tokens
}

fn strip_misplaced_pin(attrs: &mut Vec<Attribute>, on: &str, errors: &mut Errors) {
    attrs.retain(|attr| {
        if is_attr(attr, "pin") {
            errors.spanned(
                attr,
                format_args!("`#[pin]` cannot be put on {on}; put it on the fields to pin"),
            );
            false
        } else {
            true
        }
    });
}

/// A second `#[pin_project]` (by any path) would project the item again,
/// and rustc would report the two `Unpin` impls at the first: it is the
/// mistake, reported at itself, and removed from the item emitted with the
/// errors.
fn strip_second_pin_project(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    attrs.retain(|attr| {
        let again = attr
            .path()
            .segments
            .last()
            .is_some_and(|last| ident::name(&last.ident) == "pin_project");
        if again {
            crate::util::attr::duplicate(&mut *errors, attr, "`#[pin_project]` attribute");
        }
        !again
    });
}

/// Reads the fields of a struct or variant, removing their `#[pin]`.
fn read_body(fields: &mut syn::Fields, name: Span, errors: &mut Errors) -> Body {
    let (style, span) = match fields {
        syn::Fields::Named(named) => (Style::Named, named.brace_token.span.join()),
        syn::Fields::Unnamed(unnamed) => (Style::Tuple, unnamed.paren_token.span.join()),
        syn::Fields::Unit => (Style::Unit, name),
    };
    let fields = fields
        .iter_mut()
        .map(|field| {
            let pin = read_pin(&mut field.attrs, errors);
            Field {
                attrs: field.attrs.clone(),
                vis: field.vis.clone(),
                ident: field.ident.clone(),
                ty: field.ty.clone(),
                pin,
            }
        })
        .collect();
    Body {
        style,
        fields,
        span,
    }
}

/// The `pin` of a `#[cfg_attr(predicate, .., pin, ..)]`, nested ones too.
fn pin_under_cfg_attr(attr: &Attribute) -> Option<Span> {
    if !is_attr(attr, "cfg_attr") {
        return None;
    }
    let syn::Meta::List(list) = &attr.meta else {
        return None;
    };
    find_pin_in_cfg_attr(list.tokens.clone())
}

/// In the tokens of a `cfg_attr(..)`: the attributes after the predicate
/// (the first comma), each a path, maybe with arguments; `pin` or a nested
/// `cfg_attr` holding `pin`.
fn find_pin_in_cfg_attr(tokens: TokenStream) -> Option<Span> {
    let mut trees = tokens.into_iter().peekable();
    // Skip the predicate.
    for tree in trees.by_ref() {
        if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
            break;
        }
    }
    let mut at_start = true;
    while let Some(tree) = trees.next() {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => at_start = true,
            TokenTree::Ident(word) if at_start && ident::name(word) == "pin" => {
                let ends = match trees.peek() {
                    None => true,
                    Some(TokenTree::Punct(punct)) => punct.as_char() == ',',
                    Some(_) => false,
                };
                if ends {
                    return Some(word.span());
                }
                at_start = false;
            }
            TokenTree::Ident(word) if at_start && ident::name(word) == "cfg_attr" => {
                if let Some(TokenTree::Group(group)) = trees.peek()
                    && let Some(found) = find_pin_in_cfg_attr(group.stream())
                {
                    return Some(found);
                }
                at_start = false;
            }
            _ => at_start = false,
        }
    }
    None
}

/// Removes the `#[pin]` of a field and returns its span. `#[pin(...)]`,
/// `#[pin = ...]` and a second `#[pin]` are errors (and still pin the
/// field, so no other error follows from them).
fn read_pin(attrs: &mut Vec<Attribute>, errors: &mut Errors) -> Option<Span> {
    let mut pin: Option<Span> = None;
    attrs.retain(|attr| {
        if let Some(inner) = pin_under_cfg_attr(attr) {
            // Whether the field is pinned must not depend on a `cfg`
            // evaluated after this macro ran: reject it here rather than
            // leave rustc's "cannot find attribute `pin`".
            errors.at(
                inner,
                "`#[pin]` cannot be under `cfg_attr`: `#[pin_project]` reads it before any \
                 `cfg` is applied; write `#[pin]` on the field, or put `#[cfg(..)]` on two \
                 versions of the field",
            );
            // Removed with its other attributes, if any: the item is
            // emitted only next to this error, and rustc would add its own.
            return false;
        }
        if !is_attr(attr, "pin") {
            return true;
        }
        match &attr.meta {
            syn::Meta::Path(_) => {}
            syn::Meta::List(list) => {
                // Span the arguments, or the empty parentheses of `#[pin()]`.
                let span = if list.tokens.is_empty() {
                    list.delimiter.span().join()
                } else {
                    syn::spanned::Spanned::span(&list.tokens)
                };
                errors.at(span, "`#[pin]` takes no arguments; write `#[pin]`");
            }
            syn::Meta::NameValue(value) => errors.spanned(
                {
                    let (eq, value) = (&value.eq_token, &value.value);
                    quote::quote!(#eq #value)
                },
                "`#[pin]` takes no value; write `#[pin]`",
            ),
        }
        if pin.is_some() {
            crate::util::attr::duplicate(errors, attr, "`#[pin]` on this field");
        } else {
            pin = Some(attr.pound_token.span);
        }
        false
    });
    pin
}
