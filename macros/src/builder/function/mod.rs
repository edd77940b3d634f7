//! Parsing for function builders: `#[vouch::builder]` on a function, and
//! `#[vouch::bon]` on an impl block whose methods carry `#[builder]`. The
//! function's parameters become the builder's members (with the options of
//! a struct field), and its finishing method calls the function, which
//! stays in place under a hidden name.
//!
//! The builder stores each argument, so every type in the signature must be
//! nameable in a struct: elided lifetimes (`&str`, `'_`) get names, and
//! `impl Trait` parameters become type parameters (`namer.rs`).

mod namer;

pub(crate) use namer::name_impl;
use namer::{Namer, name_output_lifetimes};

use super::attr;
use super::model::{Field, Function, Model, StructOptions, Target};
use crate::util::{Errors, ident};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::punctuated::Punctuated;
use syn::{Attribute, FnArg, GenericParam, Ident, Meta, Pat, Signature, Token, Type};

/// A function that gets a builder, read and lowered.
pub(crate) struct Lowered {
    /// The builder's model: members, options, target.
    pub(crate) model: Model,
    /// The function as the user wrote it, renamed, without the builder's
    /// attributes on its parameters.
    pub(crate) orig: TokenStream,
    /// Whether every parameter became a member (each has a name, a
    /// receiver has its impl block): only then can the builder be made
    /// next to an error.
    pub(crate) complete: bool,
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
    let mut options_read = StructOptions::default();
    for meta in options {
        attr::parse_struct_option(&mut options_read, meta, errors);
    }
    let given = |named: Option<&crate::util::attr::Spanned<super::model::Named>>| {
        named.and_then(|named| named.value.name.clone())
    };
    let builder_given = given(options_read.builder_type.as_ref());
    let start_given = given(options_read.start_fn.as_ref());
    let finish_given = given(options_read.finish_fn.as_ref());
    let start_vis_given = options_read
        .start_fn
        .as_ref()
        .is_some_and(|named| named.value.vis.is_some());
    // As in bon: when `start_fn = ..` names the start function otherwise,
    // the function stays as it is, under its name; else it lives on hidden
    // as `__orig_<name>` (also `new`, whose start function is `builder`).
    let kept = start_given
        .as_ref()
        .is_some_and(|start| !ident::same(start, &sig.ident));
    let mut model = Model::new(
        sig.ident.clone(),
        item.vis,
        generics,
        inputs.fields,
        options_read,
    );
    let [builder, start, finish] = default_names(sig, place.self_ty);
    model.builder = builder_given.unwrap_or(builder);
    model.start_fn = start_given.unwrap_or(start);
    model.finish_fn = finish_given.unwrap_or(finish);
    if !start_vis_given {
        model.start_vis = item.vis.clone();
    }
    let hidden_name = (!kept).then(|| {
        format_ident!(
            "__orig_{}",
            ident::name(&sig.ident),
            span = sig.ident.span()
        )
    });
    let is_cfg =
        |attr: &&Attribute| attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr");
    model.target = Target::Function(Box::new(Function {
        orig: hidden_name.clone().unwrap_or_else(|| sig.ident.clone()),
        self_ty: place.self_ty.map(|ty| Box::new(ty.clone())),
        impl_generics: place
            .impl_generics
            .map(|generics| Box::new(generics.clone())),
        own_generics,
        receiver: inputs.receiver.map(Box::new),
        receiver_span: sig.receiver().map(|recv| recv.self_token.span),
        output,
        asyncness: sig.asyncness,
        constness: sig.constness,
        unsafety: match sig.safety {
            syn::Safety::Unsafe(unsafe_token) => Some(unsafe_token),
            _ => None,
        },
        start_attrs: start_attrs(item.attrs),
        finish_attrs: finish_attrs(item.attrs, sig.asyncness.is_none()),
        turbofish: turbofish(&sig.generics),
        cfgs: item.attrs.iter().filter(is_cfg).cloned().collect(),
    }));

    let mut orig_sig = sig.clone();
    orig_sig.inputs = inputs.orig;
    let orig = orig(item, orig_sig, hidden_name, &model);
    Lowered {
        model,
        orig,
        complete: inputs.complete,
    }
}

/// The function as it stays: under its name when `start_fn = ..` kept it
/// free, else hidden and renamed `hidden_name` (its docs move to the start
/// function; `single_call_fn`: the builder's `call()` is its one caller).
fn orig(
    item: &FnParts<'_>,
    mut sig: Signature,
    hidden_name: Option<Ident>,
    model: &Model,
) -> TokenStream {
    let block = item.block;
    let Some(hidden_name) = hidden_name else {
        let (attrs, vis) = (item.attrs, item.vis);
        return quote! {
            #(#attrs)*
            #vis #sig #block
        };
    };
    let attrs = item
        .attrs
        .iter()
        .filter(|attr| !attr.path().is_ident("doc"));
    // An attribute macro written after `#[builder]` runs on this function
    // later and may read its name (bon's tests have one that returns
    // `stringify!` of it): the function keeps its name until those macros
    // ran, and an attribute put last renames it then.
    let rename = if item.attrs.iter().all(crate::util::attr::is_inert) {
        sig.ident = hidden_name;
        TokenStream::new()
    } else {
        let private = model.krate.private();
        quote!(#[#private::builder::rename_fn(#hidden_name)])
    };
    quote! {
        #(#attrs)*
        #[doc(hidden)]
        #[allow(clippy::single_call_fn)]
        #rename
        #sig #block
    }
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
    fields: Vec<Field>,
    /// The parameters of the original, without the builder's attributes.
    orig: Punctuated<FnArg, Token![,]>,
    /// No parameter was left out (see [`Lowered::complete`]).
    complete: bool,
}

impl Inputs {
    fn read(sig: &Signature, place: &Place<'_>, namer: &mut Namer, errors: &mut Errors) -> Self {
        let mut inputs = Inputs {
            receiver: None,
            fields: Vec::new(),
            orig: Punctuated::new(),
            complete: true,
        };
        for arg in &sig.inputs {
            let FnArg::Typed(typed) = arg else {
                if let FnArg::Receiver(recv) = arg {
                    inputs.receiver = receiver(recv, place, namer, errors);
                    inputs.complete &= place.self_ty.is_some();
                }
                inputs.orig.push(arg.clone());
                continue;
            };
            let mut orig = typed.clone();
            orig.attrs.retain(|attr| !is_member_attr(attr));
            inputs.orig.push(FnArg::Typed(orig));
            let Some(name) = param_name(&typed.pat, errors) else {
                inputs.complete = false;
                continue;
            };
            // A `#[cfg]` left here is malformed (the others were evaluated
            // first, see `cfg.rs`); rustc reports it, and the argument is
            // kept as any other so that no second error follows.
            let ty = namer.param_type(&ident::name(&name), &typed.ty);
            inputs.fields.push(Field {
                options: attr::field_options(&typed.attrs, errors),
                ident: name,
                ty,
                // A parameter's doc comment documents its setter.
                docs: typed
                    .attrs
                    .iter()
                    .filter(|attr| attr.path().is_ident("doc"))
                    .cloned()
                    .collect(),
            });
        }
        inputs
    }
}

/// `Self` in the signature of a free function builder: the function is in
/// an impl block, which an attribute on it cannot see, and its builder's
/// items cannot live there; `#[vouch::bon]` on the block makes them.
pub(crate) fn refuse_self(sig: &Signature, errors: &mut Errors) {
    fn find(tokens: TokenStream) -> Option<Span> {
        tokens.into_iter().find_map(|tree| match tree {
            TokenTree::Ident(ident) if ident == "Self" => Some(ident.span()),
            TokenTree::Group(group) => find(group.stream()),
            _ => None,
        })
    }
    if sig.receiver().is_some() {
        return;
    }
    let mut tokens = sig.inputs.to_token_stream();
    sig.output.to_tokens(&mut tokens);
    sig.generics.to_tokens(&mut tokens);
    if let Some(span) = find(tokens) {
        errors.at(
            span,
            "`Self` says this function is in an impl block, where `#[vouch::builder]` cannot \
             put its builder; write `#[vouch::bon]` on the impl block and `#[builder]` on the \
             function",
        );
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
    let ty = namer.param_type("receiver", &written);
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
        if let Ok(predicate) = syn::parse2(place.replace_self(bound.clone())) {
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
    // The builder's items are outside the impl block: `Self` in a bound of
    // the function's parameters is the impl's type there.
    let (params, where_clause) = (&all.params, &all.where_clause);
    let spelled = place.replace_self(quote!(fn f<#params>() #where_clause {}));
    let all = syn::parse2::<syn::ItemFn>(spelled).map_or(all, |item| item.sig.generics);
    (own, all)
}

/// bon's names: `greet` gets `GreetBuilder`, started by `greet()` and
/// finished by `.call()`; a method `Type::run` gets `TypeRunBuilder`; a
/// `Type::new` (or a `Type::builder` itself) gets `TypeBuilder`, started
/// by `Type::builder()` and finished by `.build()`.
fn default_names(sig: &Signature, self_ty: Option<&Type>) -> [Ident; 3] {
    let name = ident::name(&sig.ident);
    let owner = self_ty.and_then(type_name);
    match owner {
        Some(owner) if name == "new" || name == "builder" => [
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
/// it is where the function's body now runs from, and what it returns is
/// the function's result, so a `#[must_use]` (also under `cfg_attr`) goes
/// there too; not on an `async` one, whose future is `must_use` already
/// (and where rustc warns that the attribute is not about the output).
fn finish_attrs(attrs: &[Attribute], must_use: bool) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| {
            attr.path().is_ident("track_caller")
                || attr.path().is_ident("target_feature")
                || (must_use && attr.path().is_ident("must_use"))
        })
        .cloned()
        .chain(
            attrs
                .iter()
                .filter(|_| must_use)
                .filter_map(must_use_under_cfg),
        )
        .collect()
}

/// `#[cfg_attr(pred, must_use ..)]` of a `#[cfg_attr(pred, .., must_use
/// .., ..)]`: its `must_use` alone, under the same predicate.
fn must_use_under_cfg(attr: &Attribute) -> Option<Attribute> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    let metas = attr
        .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        .ok()?;
    let mut metas = metas.into_iter();
    let predicate = metas.next()?;
    let must_use: Vec<Meta> = metas
        .filter(|meta| meta.path().is_ident("must_use"))
        .collect();
    if must_use.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    Some(syn::parse_quote_spanned!(pound.span=> #[cfg_attr(#predicate, #(#must_use),*)]))
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
    const SHARED: [&str; 6] = ["doc", "deprecated", "allow", "expect", "warn", "deny"];
    attrs
        .iter()
        .filter(|attr| SHARED.iter().any(|name| attr.path().is_ident(name)))
        .cloned()
        .collect()
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
