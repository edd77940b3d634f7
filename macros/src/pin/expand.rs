//! Generation of the projection types and the `project`, `project_ref` and
//! `project_replace` methods. The soundness guards are in `guards.rs`.

use super::attr::{Args, Body, Data, Field, Input, Style, is_cfg, is_doc};
use super::check::unraw;
use crate::util::lint_allows;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::{GenericParam, Generics, Lifetime, LifetimeParam, Member, Visibility};

/// What every generator needs: the input, the paths, the names.
pub(crate) struct Cx<'a> {
    pub(crate) input: &'a Input,
    pub(crate) args: &'a Args,
    pub(crate) private: TokenStream,
    pub(crate) core: TokenStream,
    /// The lifetime of projections: `'pin`, or a variant of it that none of
    /// the item's own lifetimes uses.
    pub(crate) pin: Lifetime,
    /// `Name<T, ...>`: the item's type as it is named from outside.
    pub(crate) self_ty: TokenStream,
}

impl<'a> Cx<'a> {
    pub(crate) fn new(input: &'a Input, args: &'a Args) -> Self {
        let (_, ty_generics, _) = input.generics.split_for_impl();
        let ident = &input.ident;
        Cx {
            input,
            args,
            private: args.krate.private(),
            core: args.krate.core(),
            pin: fresh_lifetime(input),
            self_ty: quote!(#ident #ty_generics),
        }
    }

    /// The item's generics without defaults and with `Self` in their bounds
    /// spelled out (they are copied onto other items), with `'pin` first
    /// when asked. The `where` clause is left out: see `where_predicates`.
    pub(crate) fn generics(&self, with_pin: bool) -> Generics {
        let mut generics = self.input.generics.clone();
        generics.where_clause = None;
        for param in &mut generics.params {
            match param {
                GenericParam::Type(param) => param.default = None,
                GenericParam::Const(param) => param.default = None,
                GenericParam::Lifetime(_) => {}
            }
            if let Ok(replaced) = syn::parse2(self.replace_self(param.to_token_stream())) {
                *param = replaced;
            }
        }
        if with_pin {
            generics.params.insert(
                0,
                GenericParam::Lifetime(LifetimeParam::new(self.pin.clone())),
            );
        }
        generics
    }

    /// The item's `where` predicates, `Self` spelled out (they are copied onto
    /// other types, where `Self` would mean something else).
    pub(crate) fn where_predicates(&self) -> Vec<TokenStream> {
        self.input
            .generics
            .where_clause
            .iter()
            .flat_map(|clause| clause.predicates.iter())
            .map(|predicate| self.replace_self(predicate.to_token_stream()))
            .collect()
    }

    /// Rewrites `Self` in tokens copied from the item onto another type:
    /// `Self` becomes `Name<T>`, and `Self::X` becomes `<Name<T>>::X`.
    pub(crate) fn replace_self(&self, tokens: TokenStream) -> TokenStream {
        crate::util::replace_self(tokens, &self.self_ty)
    }
}

/// `'pin`, or `'pin_`, `'pin__`, ... when the item already names a lifetime
/// of that name: a user's own `'pin` must keep meaning what it means. Every
/// lifetime in the item counts, not only its parameters: a field type
/// `for<'pin> fn(&'pin T)` copied into a projection would otherwise shadow
/// the projection's `'pin` (an error), or be shadowed by it.
fn fresh_lifetime(input: &Input) -> Lifetime {
    let mut taken = Vec::new();
    lifetimes_in(input.generics.to_token_stream(), &mut taken);
    // `Generics` prints its parameters only, not its `where` clause.
    lifetimes_in(input.generics.where_clause.to_token_stream(), &mut taken);
    let bodies: Vec<&Body> = match &input.data {
        Data::Struct { body } => vec![body],
        Data::Enum { variants, .. } => variants.iter().map(|variant| &variant.body).collect(),
    };
    for field in bodies.into_iter().flat_map(|body| body.fields.iter()) {
        lifetimes_in(field.ty.to_token_stream(), &mut taken);
    }
    let mut name = String::from("pin");
    while taken.contains(&name) {
        name.push('_');
    }
    Lifetime::new(&format!("'{name}"), Span::call_site())
}

/// The names (without the quote) of the lifetimes in `tokens`: each is a
/// `'` punct followed by an identifier.
fn lifetimes_in(tokens: TokenStream, out: &mut Vec<String>) {
    let mut after_quote = false;
    for tree in tokens {
        if after_quote && let TokenTree::Ident(ident) = &tree {
            out.push(ident.to_string());
        }
        after_quote = matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == '\'');
        if let TokenTree::Group(group) = tree {
            lifetimes_in(group.stream(), out);
        }
    }
}

/// The three projections.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Mut,
    Ref,
    Own,
}

impl Kind {
    fn method(self) -> Ident {
        Ident::new(
            match self {
                Kind::Mut => "project",
                Kind::Ref => "project_ref",
                Kind::Own => "project_replace",
            },
            Span::call_site(),
        )
    }
}

/// Visibility of an unnamed projection: the item's, capped at `pub(crate)`,
/// since its type cannot be named outside anyway. A named projection keeps
/// the item's visibility, so a library can hand it out.
fn capped(vis: &Visibility) -> TokenStream {
    match vis {
        Visibility::Public(_) => quote!(pub(crate)),
        other => other.to_token_stream(),
    }
}

/// Everything `#[pin_project]` generates besides the item itself and the
/// guards: the named projection types (next to the item), and the unnamed
/// ones with all methods (inside the hidden scope, which the caller makes).
pub(crate) struct Projections {
    pub(crate) public: TokenStream,
    pub(crate) hidden: TokenStream,
}

pub(crate) fn projections(cx: &Cx<'_>) -> Projections {
    let mut public = TokenStream::new();
    let mut hidden = TokenStream::new();
    let mut methods = TokenStream::new();
    let is_enum = matches!(cx.input.data, Data::Enum { .. });
    let base = unraw(&cx.input.ident);
    let kinds = [
        (Kind::Mut, cx.args.project.clone(), true),
        (Kind::Ref, cx.args.project_ref.clone(), true),
        (
            Kind::Own,
            cx.args
                .project_replace
                .as_ref()
                .and_then(|replace| replace.name.clone()),
            cx.args.project_replace.is_some(),
        ),
    ];
    for (kind, name, wanted) in kinds {
        // Enums only get the projections they name: an unnamed enum could
        // not be matched on.
        if !wanted || (is_enum && name.is_none()) {
            continue;
        }
        let (name, vis, out) = if let Some(name) = name {
            (name, cx.input.vis.to_token_stream(), &mut public)
        } else {
            let suffix = match kind {
                Kind::Mut => "Projection",
                Kind::Ref => "ProjectionRef",
                Kind::Own => "ProjectionOwned",
            };
            let name = format_ident!("__{}{}", base, suffix, span = Span::call_site());
            (name, capped(&cx.input.vis), &mut hidden)
        };
        out.extend(projection_type(cx, kind, &name, &vis));
        methods.extend(method(cx, kind, &name, &vis));
    }
    let (impl_generics, ty_generics, where_clause) = cx.input.generics.split_for_impl();
    let ident = &cx.input.ident;
    hidden.extend(quote! {
        impl #impl_generics #ident #ty_generics #where_clause {
            #methods
        }
    });
    Projections { public, hidden }
}

/// The type of one field in a projection.
fn field_type(cx: &Cx<'_>, kind: Kind, field: &Field) -> TokenStream {
    let core = &cx.core;
    let pin = &cx.pin;
    let ty = cx.replace_self(field.ty.to_token_stream());
    match (kind, field.pin.is_some()) {
        (Kind::Mut, true) => quote!(#core::pin::Pin<&#pin mut #ty>),
        (Kind::Mut, false) => quote!(&#pin mut #ty),
        (Kind::Ref, true) => quote!(#core::pin::Pin<&#pin #ty>),
        (Kind::Ref, false) => quote!(&#pin #ty),
        (Kind::Own, true) => quote!(#core::marker::PhantomData<#ty>),
        (Kind::Own, false) => ty,
    }
}

/// The fields of a struct or variant in a projection, in its shape.
fn body_fields(cx: &Cx<'_>, kind: Kind, body: &Body) -> TokenStream {
    let fields = body.fields.iter().map(|field| {
        let attrs = field.kept_attrs();
        let vis = &field.vis;
        let ty = field_type(cx, kind, field);
        if let Some(ident) = &field.ident {
            quote!(#(#attrs)* #vis #ident: #ty)
        } else {
            quote!(#(#attrs)* #vis #ty)
        }
    });
    match body.style {
        Style::Named => quote!({ #(#fields,)* }),
        Style::Tuple => quote!(( #(#fields,)* )),
        Style::Unit => TokenStream::new(),
    }
}

fn projection_type(cx: &Cx<'_>, kind: Kind, name: &Ident, vis: &TokenStream) -> TokenStream {
    let allows = lint_allows();
    let generics = cx.generics(kind != Kind::Own);
    let (params, _, _) = generics.split_for_impl();
    let mut predicates = cx.where_predicates();
    if kind != Kind::Own {
        // Every reference of the projection lives for `'pin`.
        let (self_ty, pin) = (&cx.self_ty, &cx.pin);
        predicates.push(quote!(#self_ty: #pin));
    }
    let where_clause = if predicates.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#predicates),*)
    };
    let base = unraw(&cx.input.ident);
    let doc = match kind {
        Kind::Mut => format!(
            "Projection of a pinned `&mut {base}`, returned by `{base}::project`: \
             `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`."
        ),
        Kind::Ref => format!(
            "Projection of a pinned `&{base}`, returned by `{base}::project_ref`: \
             `#[pin]` fields as `Pin<&_>`, the other fields as `&_`."
        ),
        Kind::Own => format!(
            "What `{base}::project_replace` returns of the replaced value: its unpinned \
             fields by value, its `#[pin]` fields (dropped in place) as `PhantomData`."
        ),
    };
    match &cx.input.data {
        Data::Struct { body, .. } => {
            let fields = body_fields(cx, kind, body);
            let shape = match body.style {
                Style::Named => quote!(#params #where_clause #fields),
                Style::Tuple => quote!(#params #fields #where_clause;),
                Style::Unit => quote!(#params #where_clause;),
            };
            quote! {
                #[doc = #doc]
                #allows
                #vis struct #name #shape
            }
        }
        Data::Enum { variants, .. } => {
            let variants = variants.iter().map(|variant| {
                let attrs = variant
                    .attrs
                    .iter()
                    .filter(|attr| is_cfg(attr) || is_doc(attr));
                let ident = &variant.ident;
                let fields = body_fields(cx, kind, &variant.body);
                quote!(#(#attrs)* #ident #fields)
            });
            quote! {
                #[doc = #doc]
                #allows
                #vis enum #name #params #where_clause {
                    #(#variants,)*
                }
            }
        }
    }
}

/// `__vouch_N`: the binding of field `N` in generated patterns, with a
/// hygiene no user code can see, located at the field: rustc's errors about
/// the binding (a later attribute changed the field's type or made the item
/// `packed`) then point at the field they are about.
pub(crate) fn binding(index: usize, field: &Field) -> Ident {
    let at = match &field.ident {
        Some(ident) => ident.span(),
        None => syn::spanned::Spanned::span(&field.ty),
    };
    format_ident!(
        "__vouch_{}",
        index,
        span = Span::mixed_site().located_at(at)
    )
}

pub(crate) fn member(field: &Field, index: usize) -> Member {
    match &field.ident {
        Some(ident) => Member::Named(ident.clone()),
        None => Member::Unnamed(syn::Index {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            span: Span::call_site(),
        }),
    }
}

/// `Path { a: __vouch_0, #[cfg(..)] b: __vouch_1 }`: a braced pattern,
/// which also fits tuple (`{ 0: .. }`) and unit (`{}`) shapes.
fn pattern(path: &TokenStream, body: &Body) -> TokenStream {
    let fields = body.fields.iter().enumerate().map(|(index, field)| {
        let cfgs = field.cfg_attrs();
        let member = member(field, index);
        let binding = binding(index, field);
        quote!(#(#cfgs)* #member: #binding)
    });
    quote!(#path { #(#fields,)* })
}

/// One arm of a projection: from the pattern of the item (or variant) to
/// the value of the projection type.
fn arm(cx: &Cx<'_>, kind: Kind, from: &TokenStream, to: &TokenStream, body: &Body) -> TokenStream {
    let core = &cx.core;
    let private = &cx.private;
    let pattern = pattern(from, body);
    let values = body.fields.iter().enumerate().map(|(index, field)| {
        let cfgs = field.cfg_attrs();
        let member = member(field, index);
        let binding = binding(index, field);
        let value = match (kind, field.pin.is_some()) {
            // SAFETY (of the enclosing `unsafe`): the field is structurally
            // pinned; the guards prove the item has no `Drop` that could
            // move it, is not `packed`, and is `Unpin` only if it is.
            (Kind::Mut | Kind::Ref, true) => quote!(#core::pin::Pin::new_unchecked(#binding)),
            (Kind::Mut | Kind::Ref, false) => quote!(#binding),
            (Kind::Own, true) => quote!(#core::marker::PhantomData),
            // The old value is overwritten without a drop afterwards, so the
            // unpinned fields are moved out exactly once.
            (Kind::Own, false) => quote!(#core::ptr::read(#binding)),
        };
        quote!(#(#cfgs)* #member: #value)
    });
    let value = quote!(#to { #(#values,)* });
    if kind != Kind::Own {
        return quote!(#pattern => #value,);
    }
    // Drop the pinned fields in place, in declaration order (the guards drop
    // in reverse order of their creation), also when one of them panics.
    let guards = body
        .fields
        .iter()
        .enumerate()
        .filter(|(_, field)| field.pin.is_some())
        .rev()
        .map(|(index, field)| {
            let cfgs = field.cfg_attrs();
            let binding = binding(index, field);
            let guard = format_ident!("__vouch_drop_{}", index, span = Span::mixed_site());
            quote! {
                #(#cfgs)*
                let #guard = #private::pin::UnsafeDropInPlaceGuard::new(#binding);
            }
        });
    let result = Ident::new("__vouch_result", Span::mixed_site());
    quote! {
        #pattern => {
            let #result = #value;
            {
                #(#guards)*
            }
            #result
        }
    }
}

fn method(cx: &Cx<'_>, kind: Kind, name: &Ident, vis: &TokenStream) -> TokenStream {
    let core = &cx.core;
    let private = &cx.private;
    let pin = &cx.pin;
    let base = unraw(&cx.input.ident);
    let generics = cx.generics(kind != Kind::Own);
    let (_, ty_generics, _) = generics.split_for_impl();
    let ty = quote!(#name #ty_generics);
    let arms: TokenStream = match &cx.input.data {
        Data::Struct { body, .. } => arm(cx, kind, &quote!(Self), &quote!(#name), body),
        Data::Enum { variants, .. } => variants
            .iter()
            .map(|variant| {
                let ident = &variant.ident;
                let cfgs = variant.attrs.iter().filter(|attr| is_cfg(attr));
                let arm = arm(
                    cx,
                    kind,
                    &quote!(Self::#ident),
                    &quote!(#name::#ident),
                    &variant.body,
                );
                quote!(#(#cfgs)* #arm)
            })
            .collect(),
    };
    let method = kind.method();
    match kind {
        Kind::Mut => {
            let doc = format!(
                "Projects a pinned `&mut {base}` to its fields: `#[pin]` fields as \
                 `Pin<&mut _>`, the other fields as `&mut _`."
            );
            quote! {
                #[doc = #doc]
                #[inline]
                #vis fn #method<#pin>(self: #core::pin::Pin<&#pin mut Self>) -> #ty {
                    // SAFETY: the value stays pinned: nothing is moved out of
                    // it, and each `#[pin]` field is handed out pinned again.
                    unsafe {
                        match #core::pin::Pin::get_unchecked_mut(self) {
                            #arms
                        }
                    }
                }
            }
        }
        Kind::Ref => {
            let doc = format!(
                "Projects a pinned `&{base}` to its fields: `#[pin]` fields as `Pin<&_>`, \
                 the other fields as `&_`."
            );
            quote! {
                #[doc = #doc]
                #[inline]
                #vis fn #method<#pin>(self: #core::pin::Pin<&#pin Self>) -> #ty {
                    // SAFETY: each `#[pin]` field of a pinned value is pinned.
                    unsafe {
                        match #core::pin::Pin::get_ref(self) {
                            #arms
                        }
                    }
                }
            }
        }
        Kind::Own => {
            let doc = format!(
                "Replaces the pinned `{base}` with `replacement` and returns the old value's \
                 unpinned fields by value. Its `#[pin]` fields are dropped in place (they \
                 never move) and come back as `PhantomData`."
            );
            let this = Ident::new("__vouch_self", Span::mixed_site());
            let guard = Ident::new("__vouch_guard", Span::mixed_site());
            quote! {
                #[doc = #doc]
                #[inline]
                #vis fn #method(
                    self: #core::pin::Pin<&mut Self>,
                    replacement: Self,
                ) -> #ty {
                    // SAFETY: the pinned fields are dropped where they are;
                    // the unpinned ones are read out once; then the guard
                    // writes `replacement` over the memory without dropping
                    // the old value again (also if a field's drop panics).
                    // The item has no `PinnedDrop` that this would skip: the
                    // two arguments are rejected together.
                    unsafe {
                        let #this: *mut Self = #core::pin::Pin::get_unchecked_mut(self);
                        let #guard = #private::pin::UnsafeOverwriteGuard::new(#this, replacement);
                        match &mut *#this {
                            #arms
                        }
                    }
                }
            }
        }
    }
}
