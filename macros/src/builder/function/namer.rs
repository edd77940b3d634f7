//! Naming what a signature leaves unnamed, so the builder can store it:
//! the [`Namer`] gives elided lifetimes (`&str`, `'_`) names and `impl Trait`
//! parameters type parameters; an impl block's type gets its lifetimes
//! named ([`name_impl`]) and a return type its elided lifetimes by Rust's
//! elision rules ([`name_output_lifetimes`]).

use super::{Place, pascal, sort_params};
use crate::util::ident;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::{FnArg, GenericParam, Ident, Signature, Token, Type};

/// An impl block's type with its elided lifetimes (`Sut<'_>`, `&T`) named,
/// and its generics with those lifetimes added: the builder's items live
/// outside the block, where every lifetime needs a name.
pub(crate) fn name_impl(self_ty: &Type, generics: &syn::Generics) -> (Type, syn::Generics) {
    let mut taken = self_ty.to_token_stream();
    generics.to_tokens(&mut taken);
    let mut namer = Namer::with(taken, ident::param_names(generics), "a");
    let rewritten = rewrite(self_ty.to_token_stream(), &mut Elided::Fresh(&mut namer));
    let Ok(with_names) = syn::parse2::<Type>(rewritten) else {
        return (self_ty.clone(), generics.clone());
    };
    let mut generics = generics.clone();
    for lifetime in &namer.lifetimes {
        generics
            .params
            .push(GenericParam::Lifetime(syn::LifetimeParam::new(
                lifetime.clone(),
            )));
    }
    for bound in &namer.outlives {
        if let Ok(predicate) = syn::parse2(bound.clone()) {
            generics.make_where_clause().predicates.push(predicate);
        }
    }
    sort_params(&mut generics);
    (with_names, generics)
}

/// Names what a parameter type leaves unnamed.
pub(super) struct Namer {
    /// Every token of the signature, so no new type parameter's name
    /// equals one of them.
    taken: TokenStream,
    /// The lifetime names in use (as identifiers), for new lifetimes.
    lifetimes_taken: TokenStream,
    /// One per elided lifetime, in order.
    pub(super) lifetimes: Vec<syn::Lifetime>,
    /// One per `impl Trait`, with its bounds.
    pub(super) types: Vec<(Ident, TokenStream)>,
    /// The type parameters in scope (of the impl and the function).
    params: Vec<String>,
    /// `T: 'f1` for each reference `&'f1 T` to a type that names a type
    /// parameter: the bound the function had implicitly, which the builder
    /// (a struct holding the reference) must state.
    pub(super) outlives: Vec<TokenStream>,
    /// What the new names are made from: the parameter being read, or
    /// `receiver`, or for an impl block's type `a`.
    base: String,
}

impl Namer {
    pub(super) fn new(sig: &Signature, place: &Place<'_>) -> Self {
        // Every name already in the signature or the impl's generics.
        let mut taken = sig.to_token_stream();
        let mut params = ident::param_names(&sig.generics);
        if let Some(generics) = place.impl_generics {
            generics.to_tokens(&mut taken);
            params.extend(ident::param_names(generics));
        }
        // In an impl block, `Self` names the impl's parameters too.
        if place.self_ty.is_some() {
            params.push("Self".to_owned());
        }
        Namer::with(taken, params, "")
    }

    /// A namer that avoids the names in `taken`, knows `params` as the
    /// type parameters in scope, and names after `base` until told another.
    fn with(taken: TokenStream, params: Vec<String>, base: &str) -> Self {
        Namer {
            lifetimes_taken: lifetime_names(&taken),
            taken,
            lifetimes: Vec::new(),
            types: Vec::new(),
            params,
            outlives: Vec::new(),
            base: base.to_owned(),
        }
    }

    /// A new lifetime, named after the parameter being read (`text: &str`
    /// is `text: &'text str`; a second one is `'text_`), as a reader of the
    /// builder's rustdoc can tell where it comes from.
    fn lifetime(&mut self, span: Span) -> syn::Lifetime {
        let mut base = self.base.clone();
        // A keyword is no lifetime name: `r#type` gives `'type_`.
        if syn::parse_str::<Ident>(&base).is_err() || base == "static" {
            base.push('_');
        }
        let name = ident::fresh(&self.lifetimes_taken, "", &Ident::new(&base, span), "");
        self.lifetimes_taken.extend(quote!(#name));
        let lifetime = syn::Lifetime::new(&format!("'{name}"), span);
        self.lifetimes.push(lifetime.clone());
        lifetime
    }

    /// A new type parameter for an `impl Trait` of the parameter being read
    /// (`name: impl Into<String>` is `name: ImplName`).
    fn impl_type(&mut self, span: Span, bounds: TokenStream) -> Ident {
        let base = format!("Impl{}", pascal(&self.base));
        let name = ident::fresh(&self.taken, "", &Ident::new(&base, span), "");
        self.taken.extend(quote!(#name));
        self.types.push((name.clone(), bounds));
        self.params.push(ident::name(&name));
        name
    }

    /// A parameter's type with every elided lifetime named and every
    /// `impl Trait` replaced by a new type parameter, both after `name`.
    pub(super) fn param_type(&mut self, name: &str, ty: &Type) -> Type {
        name.clone_into(&mut self.base);
        let named = rewrite(ty.to_token_stream(), &mut Elided::Fresh(self));
        syn::parse2(named).unwrap_or_else(|_| ty.clone())
    }
}

/// What an elided lifetime becomes.
enum Elided<'a> {
    /// A new lifetime parameter each (parameter types); `impl Trait`
    /// becomes a type parameter.
    Fresh(&'a mut Namer),
    /// The one lifetime the elision rules choose (the return type).
    Chosen(&'a syn::Lifetime),
}

impl Elided<'_> {
    fn lifetime(&mut self, span: Span) -> syn::Lifetime {
        match self {
            Elided::Fresh(namer) => namer.lifetime(span),
            Elided::Chosen(lifetime) => (*lifetime).clone(),
        }
    }
}

/// The names of the lifetimes in `tokens`, as identifiers.
fn lifetime_names(tokens: &TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut names = TokenStream::new();
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                names.extend(trees.get(i + 1).cloned());
            }
            TokenTree::Group(group) => names.extend(lifetime_names(&group.stream())),
            _ => {}
        }
    }
    names
}

/// Rewrites the tokens of a type, as `elided` says. Works on tokens, not
/// on a syntax tree, to keep syn's visitors out of the build. What binds
/// its own lifetimes is copied as it is: `fn(&T) -> &U`, `Fn(&T) -> &U`,
/// `for<'a> ..`.
fn rewrite(tokens: TokenStream, elided: &mut Elided<'_>) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while let Some(tree) = trees.get(i) {
        i += 1;
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '&' => {
                out.extend([tree.clone()]);
                let anonymous =
                    matches!(trees.get(i + 1), Some(TokenTree::Ident(name)) if name == "_");
                if anonymous {
                    i += 2;
                }
                let lifetime = if is_lifetime_at(&trees, i) {
                    let lifetime: TokenStream = trees
                        .get(i..i + 2)
                        .unwrap_or_default()
                        .iter()
                        .cloned()
                        .collect();
                    i += 2;
                    lifetime
                } else {
                    elided.lifetime(punct.span()).into_token_stream()
                };
                out.extend(lifetime.clone());
                let mutability =
                    matches!(trees.get(i), Some(TokenTree::Ident(word)) if word == "mut");
                if mutability {
                    out.extend(trees.get(i).cloned());
                    i += 1;
                }
                let end = bound_end(&trees, i);
                let referent = slice(&trees, i, end);
                i = end;
                let referent = rewrite(referent, elided);
                if let Elided::Fresh(namer) = elided
                    && ident::mentions(&referent, &namer.params)
                {
                    namer.outlives.push(quote!(#referent: #lifetime));
                }
                out.extend(referent);
            }
            TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                if let Some(TokenTree::Ident(name)) = trees.get(i) {
                    i += 1;
                    if name == "_" {
                        elided.lifetime(name.span()).to_tokens(&mut out);
                    } else {
                        out.extend([tree.clone(), TokenTree::Ident(name.clone())]);
                    }
                } else {
                    out.extend([tree.clone()]);
                }
            }
            TokenTree::Ident(word) if word == "impl" && matches!(elided, Elided::Fresh(_)) => {
                let end = bound_end(&trees, i);
                let bounds = slice(&trees, i, end);
                i = end;
                let bounds = rewrite(bounds, elided);
                if let Elided::Fresh(namer) = elided {
                    namer.impl_type(word.span(), bounds).to_tokens(&mut out);
                }
            }
            TokenTree::Ident(word) if word == "fn" || word == "for" => {
                // A bare function type or a higher-ranked bound: copy up to
                // the end of this type.
                let end = bound_end(&trees, i);
                out.extend([tree.clone()]);
                out.extend(slice(&trees, i, end));
                i = end;
            }
            TokenTree::Ident(_) if matches!(trees.get(i), Some(TokenTree::Group(group)) if group.delimiter() == proc_macro2::Delimiter::Parenthesis) =>
            {
                // `Fn(&T) -> &U`: the arguments and the return type.
                let end = bound_end(&trees, i);
                out.extend([tree.clone()]);
                out.extend(slice(&trees, i, end));
                i = end;
            }
            TokenTree::Group(group) => {
                let mut new =
                    proc_macro2::Group::new(group.delimiter(), rewrite(group.stream(), elided));
                new.set_span(group.span());
                out.extend([TokenTree::Group(new)]);
            }
            other => out.extend([other.clone()]),
        }
    }
    out
}

/// `trees[from..to]` as tokens.
fn slice(trees: &[TokenTree], from: usize, to: usize) -> TokenStream {
    trees
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .cloned()
        .collect()
}

/// Whether a lifetime (`'a`) starts at `trees[at]`.
fn is_lifetime_at(trees: &[TokenTree], at: usize) -> bool {
    matches!(trees.get(at), Some(TokenTree::Punct(punct)) if punct.as_char() == '\'')
}

/// Where the type that continues at `trees[from]` ends: at the first `,`
/// or unmatched `>` outside angle brackets (`->` is not one), or the end.
fn bound_end(trees: &[TokenTree], from: usize) -> usize {
    let mut depth = 0usize;
    let mut at = from;
    while let Some(tree) = trees.get(at) {
        if let TokenTree::Punct(punct) = tree {
            let after_dash = at > 0
                && matches!(trees.get(at - 1), Some(TokenTree::Punct(p)) if p.as_char() == '-' && p.spacing() == proc_macro2::Spacing::Joint);
            match punct.as_char() {
                '<' => depth += 1,
                '>' if after_dash => {}
                '>' | ',' | '=' | ';' if depth == 0 => return at,
                '>' => depth -= 1,
                _ => {}
            }
        }
        at += 1;
    }
    at
}

/// Names the elided lifetimes of the return type as Rust's elision rules
/// do: the receiver's lifetime, else the one lifetime of the parameters.
pub(super) fn name_output_lifetimes(
    ty: &Type,
    receiver: Option<&Type>,
    named: &[syn::Lifetime],
    sig: &Signature,
) -> Type {
    let from_receiver = receiver.and_then(|recv| match recv {
        Type::Reference(reference) => reference.lifetime.clone(),
        _ => None,
    });
    let chosen = from_receiver.or_else(|| {
        // Only one lifetime among the inputs: the output's elided
        // lifetimes are it (were there more, the original function would
        // not compile either).
        let mut mentioned = sig
            .generics
            .lifetimes()
            .filter(|param| mentions_lifetime(&sig.inputs, &param.lifetime))
            .map(|param| param.lifetime.clone());
        match (named, mentioned.next(), mentioned.next()) {
            ([only], None, None) => Some(only.clone()),
            ([], Some(only), None) => Some(only),
            _ => None,
        }
    });
    let Some(lifetime) = chosen else {
        return ty.clone();
    };
    let named = rewrite(ty.to_token_stream(), &mut Elided::Chosen(&lifetime));
    syn::parse2(named).unwrap_or_else(|_| ty.clone())
}

fn mentions_lifetime(inputs: &Punctuated<FnArg, Token![,]>, lifetime: &syn::Lifetime) -> bool {
    fn walk(tokens: TokenStream, name: &str) -> bool {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        trees.iter().enumerate().any(|(i, tree)| match tree {
            TokenTree::Punct(punct) if punct.as_char() == '\'' => {
                matches!(trees.get(i + 1), Some(TokenTree::Ident(ident)) if ident == name)
            }
            TokenTree::Group(group) => walk(group.stream(), name),
            _ => false,
        })
    }
    walk(inputs.to_token_stream(), &lifetime.ident.to_string())
}
