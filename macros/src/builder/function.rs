//! Parsing for function builders: `#[vouch::builder]` on a function, and
//! `#[vouch::bon]` on an impl block whose methods carry `#[builder]`. The
//! function's parameters become the builder's members (with the options of
//! a struct field), and its finishing method calls the function, which
//! stays in place under a hidden name.
//!
//! The builder stores each argument, so every type in the signature must be
//! nameable in a struct: elided lifetimes (`&str`, `'_`) get names, and
//! `impl Trait` parameters become type parameters.

use super::attr::{self, Input};
use super::target::{Function, Target};
use crate::util::{Errors, ident};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Attribute, FnArg, GenericParam, Ident, Meta, Pat, Signature, Token, Type};

/// A function that gets a builder, read and lowered.
pub(crate) struct Lowered {
    /// The builder's input: members, options, target.
    pub(crate) input: Input,
    /// The function as the user wrote it, renamed, without the builder's
    /// attributes on its parameters.
    pub(crate) orig: TokenStream,
}

/// Where the function lives.
pub(crate) struct Place<'a> {
    /// The impl block's type, for a method or associated function.
    pub(crate) self_ty: Option<&'a Type>,
    /// The impl block's generics, which the builder carries too.
    pub(crate) impl_generics: Option<&'a syn::Generics>,
}

/// The parts of a function item: a free `fn` or an impl's `fn`.
pub(crate) struct FnParts<'a> {
    pub(crate) attrs: &'a [Attribute],
    pub(crate) vis: &'a syn::Visibility,
    pub(crate) sig: &'a Signature,
    pub(crate) block: &'a syn::Block,
}

/// Reads the function `item` with the builder options `options`.
pub(crate) fn lower(
    item: &FnParts<'_>,
    options: &[Meta],
    place: &Place<'_>,
    errors: &mut Errors,
) -> Lowered {
    let sig = item.sig;
    let mut namer = Namer::new(sig, place);
    let inputs = Inputs::read(sig, place, &mut namer, errors);
    let (own_generics, generics) = generics(sig, place, &namer);
    let output = match &sig.output {
        syn::ReturnType::Default => None,
        syn::ReturnType::Type(_, ty) => {
            let ty = name_output_lifetimes(ty, inputs.receiver.as_ref(), &namer.lifetimes, sig);
            syn::parse2::<Type>(place.replace_self(ty.to_token_stream()))
                .ok()
                .map(Box::new)
        }
    };
    let mut input = Input::new(
        sig.ident.clone(),
        item.vis.clone(),
        generics,
        Target::Struct,
        default_names(sig, place.self_ty),
    );
    for meta in options {
        attr::parse_struct_option(&mut input, meta, errors);
    }
    input.fields = inputs.fields;
    // As in bon: when `start_fn = ..` names the start function otherwise,
    // the function stays as it is, under its name; else it lives on hidden
    // as `__orig_<name>` (also `new`, whose start function is `builder`).
    let kept = input
        .start_fn
        .as_ref()
        .and_then(|keyed| keyed.value.name.as_ref())
        .is_some_and(|start| !ident::same(start, &sig.ident));
    let orig_ident = if kept {
        sig.ident.clone()
    } else {
        format_ident!(
            "__orig_{}",
            ident::name(&sig.ident),
            span = sig.ident.span()
        )
    };
    input.target = Target::Function(Box::new(Function {
        name: sig.ident.clone(),
        orig: orig_ident.clone(),
        self_ty: place.self_ty.map(|ty| Box::new(ty.clone())),
        impl_generics: place
            .impl_generics
            .map(|generics| Box::new(generics.clone())),
        own_generics,
        receiver: inputs.receiver.map(Box::new),
        output,
        asyncness: sig.asyncness,
        unsafety: match sig.safety {
            syn::Safety::Unsafe(unsafe_token) => Some(unsafe_token),
            _ => None,
        },
        start_attrs: start_attrs(item.attrs),
        finish_attrs: finish_attrs(item.attrs),
        turbofish: turbofish(&sig.generics),
    }));

    let mut orig_sig = sig.clone();
    orig_sig.ident = orig_ident;
    orig_sig.inputs = inputs.orig;
    let block = item.block;
    let orig = if kept {
        let (attrs, vis) = (item.attrs, item.vis);
        quote! {
            #(#attrs)*
            #vis #orig_sig #block
        }
    } else {
        // The docs move to the start function, which takes the function's
        // place; `single_call_fn`: the builder's `call()` is its one caller.
        let attrs = item
            .attrs
            .iter()
            .filter(|attr| !attr.path().is_ident("doc"));
        quote! {
            #(#attrs)*
            #[doc(hidden)]
            #[allow(clippy::single_call_fn)]
            #orig_sig #block
        }
    };
    Lowered { input, orig }
}

impl Place<'_> {
    /// `Self` spelled out as the impl's type, where the builder's items
    /// (outside the impl) repeat the function's types.
    fn replace_self(&self, tokens: TokenStream) -> TokenStream {
        match self.self_ty {
            Some(self_ty) => crate::util::replace_self(tokens, &self_ty.to_token_stream()),
            None => tokens,
        }
    }
}

/// The parameters, read.
struct Inputs {
    /// The receiver's type as the builder stores it.
    receiver: Option<Type>,
    /// Every named parameter as a member.
    fields: Vec<attr::Field>,
    /// The parameters of the original, without the builder's attributes.
    orig: Punctuated<FnArg, Token![,]>,
}

impl Inputs {
    fn read(sig: &Signature, place: &Place<'_>, namer: &mut Namer, errors: &mut Errors) -> Self {
        let mut inputs = Inputs {
            receiver: None,
            fields: Vec::new(),
            orig: Punctuated::new(),
        };
        for arg in &sig.inputs {
            let FnArg::Typed(typed) = arg else {
                if let FnArg::Receiver(recv) = arg {
                    inputs.receiver = receiver(recv, place, namer, errors);
                }
                inputs.orig.push(arg.clone());
                continue;
            };
            let mut orig = typed.clone();
            orig.attrs.retain(|attr| !is_member_attr(attr));
            inputs.orig.push(FnArg::Typed(orig));
            let Some(name) = param_name(&typed.pat, errors) else {
                continue;
            };
            let ty = namer.param_type(&typed.ty);
            let attrs = &typed.attrs;
            let field = syn::Field::parse_named.parse2(quote!(#(#attrs)* #name: #ty));
            if let Some(field) = errors.handle(field) {
                inputs.fields.extend(attr::parse_field(field, errors));
            }
        }
        inputs
    }
}

/// What the builder of a method stores of its receiver: `Self`, `&'r Self`,
/// `Box<Self>`, ..., with `Self` spelled out and the lifetime named.
fn receiver(
    recv: &syn::Receiver,
    place: &Place<'_>,
    namer: &mut Namer,
    errors: &mut Errors,
) -> Option<Type> {
    if place.self_ty.is_none() {
        errors.spanned(
            recv,
            "a builder for a method needs its impl block: write `#[vouch::bon]` on the `impl` \
             and `#[builder]` on the method",
        );
    }
    let written: Type = match &recv.kind {
        syn::ReceiverKind::Reference(and, lifetime, mutability) => {
            syn::parse_quote!(#and #lifetime #mutability Self)
        }
        syn::ReceiverKind::Typed(_, ty) => (**ty).clone(),
        _ => syn::parse_quote!(Self),
    };
    let ty = namer.param_type(&written);
    syn::parse2(place.replace_self(ty.to_token_stream())).ok()
}

/// An attribute the builder reads from a parameter and the original does
/// not keep (a doc comment on a parameter is not Rust).
pub(crate) fn is_member_attr(attr: &Attribute) -> bool {
    attr.path().is_ident("builder") || attr.path().is_ident("doc")
}

/// The function's own generics with a parameter per elided lifetime and
/// per `impl Trait`, and the builder's: the impl's, then those.
fn generics(sig: &Signature, place: &Place<'_>, namer: &Namer) -> (syn::Generics, syn::Generics) {
    let mut own = sig.generics.clone();
    for lifetime in &namer.lifetimes {
        own.params
            .push(GenericParam::Lifetime(syn::LifetimeParam::new(
                lifetime.clone(),
            )));
    }
    for (param, bounds) in &namer.types {
        own.params
            .push(GenericParam::Type(syn::parse_quote!(#param: #bounds)));
    }
    sort_params(&mut own);
    for bound in &namer.outlives {
        if let Ok(predicate) = syn::parse2(bound.clone()) {
            own.make_where_clause().predicates.push(predicate);
        }
    }
    let mut all = place.impl_generics.cloned().unwrap_or_default();
    all.params.extend(own.params.iter().cloned());
    if let Some(clause) = &own.where_clause {
        all.make_where_clause()
            .predicates
            .extend(clause.predicates.iter().cloned());
    }
    sort_params(&mut all);
    (own, all)
}

/// bon's names: `greet` gets `GreetBuilder`, started by `greet()` and
/// finished by `.call()`; a method `Type::run` gets `TypeRunBuilder`; a
/// `Type::new` gets `TypeBuilder`, started by `Type::builder()` and
/// finished by `.build()`.
fn default_names(sig: &Signature, self_ty: Option<&Type>) -> [Ident; 3] {
    let name = ident::name(&sig.ident);
    let owner = self_ty.and_then(type_name);
    match owner {
        Some(owner) if name == "new" => [
            format_ident!("{owner}Builder"),
            format_ident!("builder"),
            format_ident!("build"),
        ],
        Some(owner) => [
            format_ident!("{owner}{}Builder", pascal(&name)),
            sig.ident.clone(),
            format_ident!("call"),
        ],
        None => [
            format_ident!("{}Builder", pascal(&name)),
            sig.ident.clone(),
            format_ident!("call"),
        ],
    }
}

/// The attributes of the function that its finishing method carries too:
/// it is where the function's body now runs from.
fn finish_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| {
            attr.path().is_ident("track_caller") || attr.path().is_ident("target_feature")
        })
        .cloned()
        .collect()
}

/// `::<T, N>`: the function's own type and const parameters, passed
/// explicitly when `call()` calls it (a parameter only a projection such as
/// `T::Assoc` mentions cannot be inferred). Lifetimes are left to
/// inference.
fn turbofish(generics: &syn::Generics) -> TokenStream {
    let params: Vec<&Ident> = generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(ty) => Some(&ty.ident),
            GenericParam::Const(konst) => Some(&konst.ident),
            GenericParam::Lifetime(_) => None,
        })
        .collect();
    if params.is_empty() {
        TokenStream::new()
    } else {
        quote!(::<#(#params),*>)
    }
}

/// The attributes of the function that its start function carries too.
fn start_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    const SHARED: [&str; 8] = [
        "doc",
        "cfg",
        "cfg_attr",
        "deprecated",
        "allow",
        "expect",
        "warn",
        "deny",
    ];
    attrs
        .iter()
        .filter(|attr| SHARED.iter().any(|name| attr.path().is_ident(name)))
        .cloned()
        .collect()
}

/// An impl block's type with its elided lifetimes (`Sut<'_>`, `&T`) named,
/// and its generics with those lifetimes added: the builder's items live
/// outside the block, where every lifetime needs a name.
pub(crate) fn name_impl(self_ty: &Type, generics: &syn::Generics) -> (Type, syn::Generics) {
    let mut taken = self_ty.to_token_stream();
    generics.to_tokens(&mut taken);
    let mut namer = Namer {
        taken,
        lifetimes: Vec::new(),
        types: Vec::new(),
        params: ident::param_names(generics),
        outlives: Vec::new(),
        prefix: "i",
    };
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

/// The name of a parameter: `name: Type` or `mut name: Type`.
fn param_name(pat: &Pat, errors: &mut Errors) -> Option<Ident> {
    match pat {
        Pat::Ident(pat) if pat.by_ref.is_none() && pat.subpat.is_none() => Some(pat.ident.clone()),
        other => {
            errors.spanned(
                other,
                "a builder names its setters after the parameters, and this parameter has no \
                 name; write `name: Type` and destructure it in the body",
            );
            None
        }
    }
}

/// The last identifier of a path type, for the builder's name.
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| ident::name(&s.ident)),
        Type::Group(group) => type_name(&group.elem),
        Type::Paren(paren) => type_name(&paren.elem),
        _ => None,
    }
}

/// `snake_case` as `SnakeCase`.
fn pascal(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Lifetimes first, as Rust requires.
fn sort_params(generics: &mut syn::Generics) {
    let params: Vec<GenericParam> = std::mem::take(&mut generics.params).into_iter().collect();
    let (lifetimes, others): (Vec<_>, Vec<_>) = params
        .into_iter()
        .partition(|param| matches!(param, GenericParam::Lifetime(_)));
    generics.params.extend(lifetimes);
    generics.params.extend(others);
}

/// Names what a parameter type leaves unnamed.
struct Namer {
    /// Every token of the signature, so no new name equals one of them.
    taken: TokenStream,
    /// One per elided lifetime, in order.
    lifetimes: Vec<syn::Lifetime>,
    /// One per `impl Trait`, with its bounds.
    types: Vec<(Ident, TokenStream)>,
    /// The type parameters in scope (of the impl and the function).
    params: Vec<String>,
    /// `T: 'f1` for each reference `&'f1 T` to a type that names a type
    /// parameter: the bound the function had implicitly, which the builder
    /// (a struct holding the reference) must state.
    outlives: Vec<TokenStream>,
    /// The new lifetimes' names: `'f1`, ... for a function's, `'i1`, ... for
    /// an impl block's.
    prefix: &'static str,
}

impl Namer {
    fn new(sig: &Signature, place: &Place<'_>) -> Self {
        // Every name already in the signature or the impl's generics.
        let mut taken = sig.to_token_stream();
        let mut params = ident::param_names(&sig.generics);
        if let Some(generics) = place.impl_generics {
            generics.to_tokens(&mut taken);
            params.extend(ident::param_names(generics));
        }
        Namer {
            taken,
            lifetimes: Vec::new(),
            types: Vec::new(),
            params,
            outlives: Vec::new(),
            prefix: "f",
        }
    }

    fn lifetime(&mut self, span: Span) -> syn::Lifetime {
        let base = Ident::new(self.prefix, span);
        let number = self.lifetimes.len() + 1;
        let name = ident::fresh(&self.taken, "", &base, &number.to_string());
        let lifetime = syn::Lifetime::new(&format!("'{name}"), span);
        self.lifetimes.push(lifetime.clone());
        lifetime
    }

    fn impl_type(&mut self, span: Span, bounds: TokenStream) -> Ident {
        let base = Ident::new("I", span);
        let number = self.types.len() + 1;
        let name = ident::fresh(&self.taken, "", &base, &number.to_string());
        self.types.push((name.clone(), bounds));
        self.params.push(ident::name(&name));
        name
    }

    /// A parameter's type with every elided lifetime named and every
    /// `impl Trait` replaced by a new type parameter.
    fn param_type(&mut self, ty: &Type) -> Type {
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
                let referent: TokenStream = trees
                    .get(i..end)
                    .unwrap_or_default()
                    .iter()
                    .cloned()
                    .collect();
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
                let bounds: TokenStream = trees
                    .get(i..end)
                    .unwrap_or_default()
                    .iter()
                    .cloned()
                    .collect();
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
                out.extend(trees.get(i..end).unwrap_or_default().iter().cloned());
                i = end;
            }
            TokenTree::Ident(_) if matches!(trees.get(i), Some(TokenTree::Group(group)) if group.delimiter() == proc_macro2::Delimiter::Parenthesis) =>
            {
                // `Fn(&T) -> &U`: the arguments and the return type.
                let end = bound_end(&trees, i);
                out.extend([tree.clone()]);
                out.extend(trees.get(i..end).unwrap_or_default().iter().cloned());
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
fn name_output_lifetimes(
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
