//! Parsing a function builder: `#[vouch::builder] fn` into the same
//! [`Model`] a struct fills, with the function as its [`Target`].
//!
//! The function's arguments are the members (same options as fields,
//! `#[builder(...)]` on each), its name is the start function, `call()`
//! (`finish_fn`) runs its body with the arguments bound under their own
//! names. Elided lifetimes in argument types get names, since the builder
//! stores the arguments: `name: &str` becomes `name: &'name str`, and an
//! elided lifetime in the return type is that one when it is the only
//! input lifetime (Rust's elision rule).
//!
//! An `impl Trait` argument becomes a type parameter named after it
//! (`name: impl Into<String>` is `name: ImplName`, `ImplName: Into<String>`).
//! Methods (`self`), associated functions, patterns as arguments, `const`
//! and `extern` functions are refused, each at its token, saying so.

use crate::builder::attr::{field_options, parse_struct_option};
use crate::builder::model::{Field, Function, Model, StructOptions, Target};
use crate::util::Errors;
use crate::util::ident::{fresh, name};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::punctuated::Punctuated;
use syn::{FnArg, GenericArgument, Lifetime, Meta, Pat, PathArguments, Token, Type};

/// Reads `#[vouch::builder(args)] fn ...`. `None` when the item is not a
/// function the builder supports (the errors are recorded).
pub(crate) fn parse(args: TokenStream, item: &TokenStream, errors: &mut Errors) -> Option<Model> {
    let Ok(function) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        errors.at(
            first_span(item),
            "`#[vouch::builder]` builds functions: put it on a `fn`; \
             for a struct, write `#[derive(vouch::Builder)]`",
        );
        return None;
    };
    let options = options(args, errors);
    // bon's names for a function: `greet()` starts `GreetBuilder`, `call()`
    // finishes it.
    let names = Names {
        builder: format_ident!("{}Builder", pascal_case(&name(&function.sig.ident))),
        start: function.sig.ident.clone(),
        finish: format_ident!("call"),
    };
    Some(parse_fn(function, options, names, errors))
}

/// The options of a function builder's attribute arguments.
pub(crate) fn options(args: TokenStream, errors: &mut Errors) -> StructOptions {
    let mut options = StructOptions::default();
    match syn::parse::Parser::parse2(Punctuated::<Meta, Token![,]>::parse_terminated, args) {
        Ok(metas) => {
            for meta in metas {
                parse_struct_option(&mut options, &meta, errors);
            }
        }
        Err(error) => errors.push(error),
    }
    options
}

/// The names a function builder gets unless its options say otherwise.
pub(crate) struct Names {
    pub(crate) builder: syn::Ident,
    pub(crate) start: syn::Ident,
    pub(crate) finish: syn::Ident,
}

/// A function as a builder's model, `names` unless `options` rename.
pub(crate) fn parse_fn(
    function: syn::ItemFn,
    options: StructOptions,
    names: Names,
    errors: &mut Errors,
) -> Model {
    let syn::ItemFn {
        attrs,
        vis,
        modifiers,
        sig,
        block,
    } = function;
    if let Some(default) = &modifiers.defaultness {
        errors.spanned(default, "a `default fn` cannot have a builder");
    }
    refuse_unsupported(&sig, errors);
    let mut generics = sig.generics.clone();
    let idents = function_tokens(&sig, &block);
    let taken = lifetime_names(&idents);
    let fields = arguments(sig.inputs, &mut generics, (taken, idents), errors);
    let output = elide_output(sig.output, &fields);
    let (docs, rest): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|attr| attr.path().is_ident("doc"));
    let (cfgs, attrs): (Vec<_>, Vec<_>) = rest
        .into_iter()
        .partition(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"));
    let ident = sig.ident;
    let builder_given = options
        .builder_type
        .as_ref()
        .is_some_and(|named| named.value.name.is_some());
    let start_given = options
        .start_fn
        .as_ref()
        .is_some_and(|named| named.value.name.is_some());
    let finish_given = options
        .finish_fn
        .as_ref()
        .is_some_and(|named| named.value.name.is_some());
    let start_vis_given = options
        .start_fn
        .as_ref()
        .is_some_and(|named| named.value.vis.is_some());
    let mut model = Model::new(ident, &vis, generics, fields, options);
    if !builder_given {
        model.builder = names.builder;
    }
    if !start_given {
        model.start_fn = names.start;
    }
    if !finish_given {
        model.finish_fn = names.finish;
    }
    if !start_vis_given {
        model.start_vis = vis;
    }
    if model.start_docs.is_none() && !docs.is_empty() {
        model.start_docs = Some(docs);
    }
    model.target = Target::Function(Box::new(Function {
        asyncness: sig.asyncness,
        unsafety: match sig.safety {
            syn::Safety::Unsafe(unsafety) => Some(unsafety),
            syn::Safety::Safe(_) | syn::Safety::Default => None,
        },
        output,
        body: block,
        attrs,
        cfgs,
        host: None,
    }));
    model
}

/// The arguments as members: each bound to a plain name, its elided
/// lifetimes named and its `impl Trait`s made type parameters (added to
/// `generics`). `taken`: the lifetime names and the identifiers in use.
fn arguments(
    inputs: Punctuated<FnArg, Token![,]>,
    generics: &mut syn::Generics,
    (mut taken, mut idents): (TokenStream, TokenStream),
    errors: &mut Errors,
) -> Vec<Field> {
    let mut fields = Vec::new();
    for input in inputs {
        let FnArg::Typed(arg) = input else {
            // A receiver: reported by `refuse_unsupported`.
            continue;
        };
        let Pat::Ident(binding) = *arg.pat else {
            errors.spanned(
                &arg.pat,
                "an argument of a function builder is set by a setter named after it; \
                 bind it to a name (`name: Type`) and destructure it in the body",
            );
            continue;
        };
        if binding.by_ref.is_some() || binding.subpat.is_some() {
            errors.spanned(
                &binding,
                "an argument of a function builder is bound by value to a plain name; \
                 write `name: Type`",
            );
            continue;
        }
        let mut ty = *arg.ty;
        let mut named = Namer {
            base: &binding.ident,
            taken: &mut taken,
            added: Vec::new(),
            idents: &mut idents,
            types: Vec::new(),
        };
        name_elided(&mut ty, &mut named, errors);
        for lifetime in named.added {
            generics.params.insert(
                0,
                syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime)),
            );
        }
        for param in named.types {
            generics.params.push(syn::GenericParam::Type(param));
        }
        let cfgs: Vec<_> = arg
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr"))
            .collect();
        for attr in &cfgs {
            errors.spanned(
                attr,
                "`#[cfg]` on an argument of a function builder is not supported yet: \
                 the builder has a slot per argument; put the `#[cfg]` on the function",
            );
        }
        if !cfgs.is_empty() {
            // Left out, so that its twins under other `cfg`s do not clash.
            continue;
        }
        fields.push(Field {
            options: field_options(&arg.attrs, errors),
            ident: binding.ident,
            mutability: binding.mutability,
            ty,
            // An argument's doc comment documents its setter.
            docs: arg
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("doc"))
                .cloned()
                .collect(),
        });
    }
    fields
}

/// Rust's elision rule, which the builder's `call()` (whose one input is
/// the builder) cannot apply itself: with exactly one lifetime in the
/// arguments, an elided lifetime of the return type is that one.
fn elide_output(mut output: syn::ReturnType, fields: &[Field]) -> syn::ReturnType {
    let mut inputs = TokenStream::new();
    for field in fields {
        field.ty.to_tokens(&mut inputs);
    }
    let input_lifetimes: Vec<syn::Ident> = lifetime_names(&inputs)
        .into_iter()
        .filter_map(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) if ident != "static" => Some(ident),
            _ => None,
        })
        .fold(Vec::new(), |mut distinct, ident| {
            if !distinct.iter().any(|seen| seen == &ident) {
                distinct.push(ident);
            }
            distinct
        });
    if let (syn::ReturnType::Type(_, ty), [only]) = (&mut output, input_lifetimes.as_slice()) {
        elide_to(ty, &Lifetime::new(&format!("'{only}"), only.span()));
    }
    output
}

/// The function shapes not supported yet, each at its token.
fn refuse_unsupported(sig: &syn::Signature, errors: &mut Errors) {
    if let Some(receiver) = sig.receiver() {
        errors.spanned(
            receiver,
            "`#[vouch::builder]` builds free functions; a method (with `self`) is not \
             supported yet: write a free function that takes the value as an argument",
        );
    } else if let Some(span) = self_type(sig.to_token_stream()) {
        // An associated function: its builder's items cannot live in an
        // `impl` block, and an attribute cannot see that it is in one.
        errors.at(
            span,
            "`#[vouch::builder]` builds free functions, and `Self` says this one is in an \
             `impl` block, which is not supported yet; write a free function that names \
             the type",
        );
    }
    if let Some(konst) = &sig.constness {
        errors.spanned(
            konst,
            "a `const fn` builder is not supported yet; remove `const` or the builder",
        );
    }
    if let Some(abi) = &sig.abi {
        errors.spanned(
            abi,
            "an `extern` function cannot have a builder; remove the ABI, or call this \
             function from a builder of a plain `fn`",
        );
    }
    if let Some(variadic) = &sig.variadic {
        errors.spanned(variadic, "a variadic function cannot have a builder");
    }
}

/// Gives each elided lifetime of one argument's type a name made from the
/// argument's name (`'name`, then `'name_`...).
struct Namer<'a> {
    base: &'a syn::Ident,
    /// The lifetime names in use.
    taken: &'a mut TokenStream,
    added: Vec<Lifetime>,
    /// Every identifier of the function, for new type parameters.
    idents: &'a mut TokenStream,
    /// A type parameter per `impl Trait` of the argument.
    types: Vec<syn::TypeParam>,
}

impl Namer<'_> {
    fn next(&mut self, span: Span) -> Lifetime {
        // A keyword is no lifetime name: `r#type` gives `'type_`.
        let base = name(self.base);
        let suffix = if syn::parse_str::<syn::Ident>(&base).is_err() {
            "_"
        } else {
            ""
        };
        let ident = fresh(self.taken, "", self.base, suffix);
        self.taken.extend(quote!(#ident));
        let lifetime = Lifetime::new(&format!("'{ident}"), span);
        self.added.push(lifetime.clone());
        lifetime
    }

    /// A type parameter for an `impl Trait` of the argument: `name: impl
    /// Into<String>` becomes `name: ImplName` with `ImplName: Into<String>`.
    fn type_param(&mut self, bounds: Punctuated<syn::TypeParamBound, Token![+]>) -> Type {
        let base = format_ident!("Impl{}", pascal_case(&name(self.base)));
        let ident = fresh(self.idents, "", &base, "");
        self.idents.extend(quote!(#ident));
        let mut param = syn::TypeParam::from(ident.clone());
        param.bounds = bounds;
        self.types.push(param);
        syn::parse_quote!(#ident)
    }
}

/// Names the elided lifetimes of `ty` (`&T`, `&mut T`, `'_`) and makes
/// each `impl Trait` a type parameter. Bare function types and `Fn` sugar
/// keep their own elision scope.
fn name_elided(ty: &mut Type, namer: &mut Namer<'_>, errors: &mut Errors) {
    match ty {
        Type::Reference(reference) => {
            match &mut reference.lifetime {
                Some(lifetime) if lifetime.ident == "_" => {
                    *lifetime = namer.next(lifetime.span());
                }
                Some(_) => {}
                None => {
                    reference.lifetime = Some(namer.next(reference.and_token.span));
                }
            }
            name_elided(&mut reference.elem, namer, errors);
        }
        Type::Path(path) => {
            if let Some(qself) = &mut path.qself {
                name_elided(&mut qself.ty, namer, errors);
            }
            name_elided_in_path(&mut path.path, namer, errors);
        }
        Type::Array(array) => name_elided(&mut array.elem, namer, errors),
        Type::Slice(slice) => name_elided(&mut slice.elem, namer, errors),
        Type::Ptr(pointer) => name_elided(&mut pointer.elem, namer, errors),
        Type::Paren(paren) => name_elided(&mut paren.elem, namer, errors),
        Type::Group(group) => name_elided(&mut group.elem, namer, errors),
        Type::Tuple(tuple) => {
            for elem in &mut tuple.elems {
                name_elided(elem, namer, errors);
            }
        }
        Type::TraitObject(object) => {
            for bound in &mut object.bounds {
                if let syn::TypeParamBound::Lifetime(lifetime) = bound
                    && lifetime.ident == "_"
                {
                    *lifetime = namer.next(lifetime.span());
                }
            }
        }
        Type::ImplTrait(impl_trait) => {
            let mut bounds = impl_trait.bounds.clone();
            for bound in &mut bounds {
                match bound {
                    syn::TypeParamBound::Trait(bound) => {
                        name_elided_in_path(&mut bound.path, namer, errors);
                    }
                    syn::TypeParamBound::Lifetime(lifetime) if lifetime.ident == "_" => {
                        *lifetime = namer.next(lifetime.span());
                    }
                    _ => {}
                }
            }
            *ty = namer.type_param(bounds);
        }
        _ => {}
    }
}

/// [`name_elided`] in the generic arguments of a path (`Cow<'_, str>`,
/// `Iterator<Item = &u8>`); `Fn(&u8)` sugar keeps its own elision.
fn name_elided_in_path(path: &mut syn::Path, namer: &mut Namer<'_>, errors: &mut Errors) {
    for segment in &mut path.segments {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in &mut args.args {
                match arg {
                    GenericArgument::Lifetime(lifetime) if lifetime.ident == "_" => {
                        *lifetime = namer.next(lifetime.span());
                    }
                    GenericArgument::Type(ty) => name_elided(ty, namer, errors),
                    GenericArgument::AssocType(assoc) => name_elided(&mut assoc.ty, namer, errors),
                    _ => {}
                }
            }
        }
    }
}

/// Gives the elided lifetimes of the return type the one input lifetime.
pub(crate) fn elide_to(ty: &mut Type, only: &Lifetime) {
    match ty {
        Type::Reference(reference) => {
            let elided = reference
                .lifetime
                .as_ref()
                .is_none_or(|lifetime| lifetime.ident == "_");
            if elided {
                reference.lifetime = Some(only.clone());
            }
            elide_to(&mut reference.elem, only);
        }
        Type::Path(path) => {
            for segment in &mut path.path.segments {
                if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
                    for arg in &mut args.args {
                        match arg {
                            GenericArgument::Lifetime(lifetime) if lifetime.ident == "_" => {
                                *lifetime = only.clone();
                            }
                            GenericArgument::Type(ty) => elide_to(ty, only),
                            _ => {}
                        }
                    }
                }
            }
        }
        Type::Array(array) => elide_to(&mut array.elem, only),
        Type::Slice(slice) => elide_to(&mut slice.elem, only),
        Type::Paren(paren) => elide_to(&mut paren.elem, only),
        Type::Group(group) => elide_to(&mut group.elem, only),
        Type::Tuple(tuple) => {
            for elem in &mut tuple.elems {
                elide_to(elem, only);
            }
        }
        _ => {}
    }
}

/// The first `Self` of `tokens`.
fn self_type(tokens: TokenStream) -> Option<Span> {
    tokens.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) if ident == "Self" => Some(ident.span()),
        proc_macro2::TokenTree::Group(group) => self_type(group.stream()),
        _ => None,
    })
}

/// The identifiers of the lifetimes in `tokens` (`'a` gives `a`), at any
/// depth.
pub(crate) fn lifetime_names(tokens: &TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let mut after_quote = false;
    for tree in tokens.clone() {
        match &tree {
            proc_macro2::TokenTree::Punct(punct) => {
                after_quote =
                    punct.as_char() == '\'' && punct.spacing() == proc_macro2::Spacing::Joint;
                continue;
            }
            proc_macro2::TokenTree::Ident(ident) if after_quote => {
                out.extend([proc_macro2::TokenTree::Ident(ident.clone())]);
            }
            proc_macro2::TokenTree::Group(group) => out.extend(lifetime_names(&group.stream())),
            _ => {}
        }
        after_quote = false;
    }
    out
}

/// Every token of the signature and body: new lifetime names avoid them.
fn function_tokens(sig: &syn::Signature, block: &syn::Block) -> TokenStream {
    let mut tokens = sig.to_token_stream();
    block.to_tokens(&mut tokens);
    tokens
}

/// `greet_user` -> `GreetUser`.
pub(crate) fn pascal_case(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('_').filter(|part| !part.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars);
        }
    }
    if out.is_empty() || syn::parse_str::<syn::Ident>(&out).is_err() {
        return "Function".to_owned();
    }
    out
}

/// The item as written, less the `#[builder(...)]` attributes and doc
/// comments of its arguments (rustc reads neither there).
pub(crate) fn without_builder_attrs(item: TokenStream) -> TokenStream {
    let Ok(mut function) = syn::parse2::<syn::ItemFn>(item.clone()) else {
        return item;
    };
    for input in &mut function.sig.inputs {
        if let FnArg::Typed(arg) = input {
            arg.attrs
                .retain(|attr| !attr.path().is_ident("builder") && !attr.path().is_ident("doc"));
        }
    }
    function.to_token_stream()
}

/// The span of the item's first token, for an item that is not a function.
fn first_span(item: &TokenStream) -> Span {
    item.clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tree| tree.span())
}
