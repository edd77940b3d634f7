//! Generation of the projection types, and the description of the
//! projection methods that `call.rs` hands to the runtime's
//! `pin_projection!` (which writes the methods: they hold `unsafe`, and
//! nothing this crate emits does).

use super::attr::{Args, Body, Data, Field, Input, Style, cfg_predicates, cfgs, is_doc};
use crate::util::{ident, lint_allows};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::{GenericParam, Generics, Lifetime, LifetimeParam, Member, Visibility};

/// What every generator needs: the input, the paths, the names.
pub(crate) struct Cx<'a> {
    pub(crate) input: &'a Input,
    pub(crate) args: &'a Args,
    pub(crate) core: TokenStream,
    /// The lifetime of projections: `'pin`, or a variant of it that none of
    /// the item's own lifetimes uses.
    pub(crate) pin: Lifetime,
    /// `Name<T, ...>`: the item's type as it is named from outside.
    pub(crate) self_ty: TokenStream,
    /// The item's tokens, whose identifiers no generated item name may
    /// shadow.
    tokens: TokenStream,
    /// The item's own tokens (not the arguments'): the ones spliced into
    /// the generated scope, where an alias could shadow what they name.
    item_tokens: TokenStream,
}

impl<'a> Cx<'a> {
    pub(crate) fn new(
        input: &'a Input,
        args: &'a Args,
        tokens: &TokenStream,
        item_tokens: &TokenStream,
    ) -> Self {
        let (_, ty_generics, _) = input.generics.split_for_impl();
        let ident = &input.ident;
        Cx {
            input,
            args,
            core: args.krate().core(),
            pin: fresh_lifetime(input),
            self_ty: quote!(#ident #ty_generics),
            tokens: tokens.clone(),
            item_tokens: item_tokens.clone(),
        }
    }

    /// A name for a generated item, `{prefix}{Name}{suffix}`, with `_`
    /// appended until no identifier of the item is spelled like it: the
    /// generated items share a scope with the item's field types, generics
    /// and `where` clause, where a user type of the same name would be
    /// shadowed.
    pub(crate) fn fresh_name(&self, prefix: &str, suffix: &str) -> Ident {
        ident::fresh(&self.tokens, prefix, &self.input.ident, suffix)
    }

    /// `base`, or `base_`, `base__`, ...: a name no identifier of the item
    /// is spelled like, for an alias the generated scope declares (which
    /// would shadow an item of the user's spelled the same). The user's
    /// rustdoc shows it (`where Pinned<'pin, T>: Unpin`), so the arguments,
    /// never spliced into that scope (`!Unpin`), do not count.
    pub(crate) fn fresh_alias(&self, base: &str) -> Ident {
        ident::fresh(
            &self.item_tokens,
            "",
            &Ident::new(base, Span::call_site()),
            "",
        )
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
/// of that name (raw or not: `'r#pin` is `'pin`): a user's own `'pin` must
/// keep meaning what it means. Every lifetime in the item counts, not only
/// its parameters: a field type `for<'pin> fn(&'pin T)` copied into a
/// projection would otherwise shadow the projection's `'pin` (an error), or
/// be shadowed by it.
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

/// The unraw names (without the quote) of the lifetimes in `tokens`: each
/// is a `'` punct followed by an identifier.
fn lifetimes_in(tokens: TokenStream, out: &mut Vec<String>) {
    let mut after_quote = false;
    for tree in tokens {
        if after_quote && let TokenTree::Ident(word) = &tree {
            out.push(ident::name(word));
        }
        after_quote = matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == '\'');
        if let TokenTree::Group(group) = tree {
            lifetimes_in(group.stream(), out);
        }
    }
}

/// The three projections.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProjectionKind {
    Mut,
    Ref,
    Own,
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
/// call of the runtime: the named projection types (next to the item), the
/// unnamed ones (inside the hidden scope, which the caller makes), and the
/// methods `project`, `project_ref`, `project_replace`, each as
/// `[vis] Type [#[doc = ".."]]` if the item gets it.
pub(crate) struct Projections {
    pub(crate) public: TokenStream,
    pub(crate) hidden: TokenStream,
    pub(crate) methods: [Option<TokenStream>; 3],
}

pub(crate) fn projections(cx: &Cx<'_>) -> Projections {
    let mut public = TokenStream::new();
    let mut hidden = TokenStream::new();
    let mut methods = [None, None, None];
    let is_enum = matches!(cx.input.data, Data::Enum { .. });
    let kinds = [
        (ProjectionKind::Mut, cx.args.project.clone(), true),
        (ProjectionKind::Ref, cx.args.project_ref.clone(), true),
        (
            ProjectionKind::Own,
            cx.args
                .project_replace
                .as_ref()
                .and_then(|replace| replace.name.clone()),
            cx.args.project_replace.is_some(),
        ),
    ];
    for (slot, (kind, name, wanted)) in methods.iter_mut().zip(kinds) {
        // Enums only get the projections they name: an unnamed enum could
        // not be matched on.
        if !wanted || (is_enum && name.is_none()) {
            continue;
        }
        let (name, vis, out) = if let Some(name) = name {
            (name, cx.input.vis.to_token_stream(), &mut public)
        } else {
            let suffix = match kind {
                ProjectionKind::Mut => "Projection",
                ProjectionKind::Ref => "ProjectionRef",
                ProjectionKind::Own => "ProjectionOwned",
            };
            (
                cx.fresh_name("__", suffix),
                capped(&cx.input.vis),
                &mut hidden,
            )
        };
        out.extend(projection_type(cx, kind, &name, &vis));
        let doc = method_doc(cx, kind);
        // The method's visibility begins its item: at the type's name, so
        // that rustc's "private method defined here" points there. With
        // the mixed-site context (which a visibility resolves as the
        // call site does), its span is the one of no other token handed
        // to `pin_projection!`, which rustc would otherwise take for the
        // item's.
        let method_vis =
            crate::util::respan(vis, Span::mixed_site().located_at(cx.input.ident.span()));
        *slot = Some(quote!([#method_vis] #name [#[doc = #doc]]));
    }
    Projections {
        public,
        hidden,
        methods,
    }
}

fn method_doc(cx: &Cx<'_>, kind: ProjectionKind) -> String {
    let base = ident::name(&cx.input.ident);
    match kind {
        ProjectionKind::Mut => format!(
            "Projects a pinned `&mut {base}` to its fields: `#[pin]` fields as \
             `Pin<&mut _>`, the other fields as `&mut _`."
        ),
        ProjectionKind::Ref => format!(
            "Projects a pinned `&{base}` to its fields: `#[pin]` fields as `Pin<&_>`, \
             the other fields as `&_`."
        ),
        ProjectionKind::Own => format!(
            "Replaces the pinned `{base}` with `replacement` and returns the old value's \
             unpinned fields by value. Its `#[pin]` fields are dropped in place (they \
             never move) and come back as `PhantomData`."
        ),
    }
}

/// The type of one field in a projection.
fn field_type(cx: &Cx<'_>, kind: ProjectionKind, field: &Field) -> TokenStream {
    let core = &cx.core;
    let pin = &cx.pin;
    let ty = cx.replace_self(field.ty.to_token_stream());
    // Behind `&`, a trait object or `impl` type with several bounds needs
    // parentheses (`&mut (dyn Debug + Send)`), as rustc would ask the user.
    let ty = if matches!(field.ty, syn::Type::TraitObject(ref object) if object.bounds.len() > 1) {
        quote!((#ty))
    } else {
        ty
    };
    match (kind, field.pin.is_some()) {
        (ProjectionKind::Mut, true) => quote!(#core::pin::Pin<&#pin mut #ty>),
        (ProjectionKind::Mut, false) => quote!(&#pin mut #ty),
        (ProjectionKind::Ref, true) => quote!(#core::pin::Pin<&#pin #ty>),
        (ProjectionKind::Ref, false) => quote!(&#pin #ty),
        (ProjectionKind::Own, true) => quote!(#core::marker::PhantomData<#ty>),
        (ProjectionKind::Own, false) => ty,
    }
}

/// `#[cfg(not(any(all(..), ..)))]`: true exactly when every field is
/// `cfg`'d out (`None` when some field has no `cfg`, so one always exists).
/// Each entry is a body with the `cfg`s of its variant. The projection then
/// gets a field or variant of its own that uses `'pin`, which no other
/// would.
pub(crate) fn all_cfgd_out(bodies: &[(&[syn::Attribute], &Body)]) -> Option<TokenStream> {
    let mut alternatives = Vec::new();
    for (variant_attrs, body) in bodies {
        for field in &body.fields {
            let mut predicates = cfg_predicates(variant_attrs);
            predicates.extend(cfg_predicates(&field.attrs));
            if predicates.is_empty() {
                return None;
            }
            alternatives.push(quote!(all(#(#predicates),*)));
        }
    }
    Some(quote!(#[cfg(not(any(#(#alternatives),*)))]))
}

/// For a struct whose every field has a `cfg`: the `cfg` under which all
/// of them are gone, and the name of the hidden field its projections get
/// then (`None` for a tuple struct, where it is field `0`).
pub(crate) fn phantom_member(body: &Body) -> Option<(TokenStream, Option<Ident>)> {
    let cfg = all_cfgd_out(&[(&[], body)])?;
    let member =
        (body.style == Style::Named).then(|| Ident::new("__vouch_pin", Span::mixed_site()));
    Some((cfg, member))
}

/// The fields of a struct or variant in a projection, in its shape.
fn body_fields(
    cx: &Cx<'_>,
    kind: ProjectionKind,
    body: &Body,
    extra: Option<TokenStream>,
) -> TokenStream {
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
    let fields = fields.chain(extra);
    match body.style {
        Style::Named => quote!({ #(#fields,)* }),
        Style::Tuple => quote!(( #(#fields,)* )),
        Style::Unit => TokenStream::new(),
    }
}

fn projection_type(
    cx: &Cx<'_>,
    kind: ProjectionKind,
    name: &Ident,
    vis: &TokenStream,
) -> TokenStream {
    let allows = lint_allows();
    // The item's own bounds, copied: not the place to trim them. And what
    // lints ask of a public type (`Debug`, `Copy`, balanced variants), a
    // view of another type's fields cannot offer: the user's lint levels
    // are for the user's own types, as with any projection.
    let projection_allows = quote! {
        #[allow(
            explicit_outlives_requirements,
            missing_debug_implementations,
            missing_copy_implementations,
            variant_size_differences,
        )]
    };
    let generics = cx.generics(kind != ProjectionKind::Own);
    let (params, _, _) = generics.split_for_impl();
    let mut predicates = cx.where_predicates();
    let (self_ty, pin, core) = (&cx.self_ty, &cx.pin, &cx.core);
    if kind != ProjectionKind::Own {
        // Every reference of the projection lives for `'pin`.
        predicates.push(quote!(#self_ty: #pin));
    }
    let where_clause = if predicates.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#predicates),*)
    };
    let base = ident::name(&cx.input.ident);
    let doc = match kind {
        ProjectionKind::Mut => format!(
            "Projection of a pinned `&mut {base}`, returned by `{base}::project`: \
             `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`."
        ),
        ProjectionKind::Ref => format!(
            "Projection of a pinned `&{base}`, returned by `{base}::project_ref`: \
             `#[pin]` fields as `Pin<&_>`, the other fields as `&_`."
        ),
        ProjectionKind::Own => format!(
            "What `{base}::project_replace` returns of the replaced value: its unpinned \
             fields by value, its `#[pin]` fields (dropped in place) as `PhantomData`."
        ),
    };
    match &cx.input.data {
        Data::Struct { body, .. } => {
            // A struct whose every field is `cfg`'d out would leave `'pin`
            // unused: a hidden field uses it then (and only then). The
            // owned projection gets one too, as `pin_projection!` fills it
            // in every projection.
            let extra = phantom_member(body).map(|(cfg, member)| {
                let marker = if kind == ProjectionKind::Own {
                    quote!(#core::marker::PhantomData<()>)
                } else {
                    quote!(#core::marker::PhantomData<&#pin ()>)
                };
                if let Some(field) = member {
                    quote!(#cfg #[doc(hidden)] #field: #marker)
                } else {
                    quote!(#cfg #marker)
                }
            });
            let fields = body_fields(cx, kind, body, extra);
            let shape = match body.style {
                Style::Named => quote!(#params #where_clause #fields),
                Style::Tuple => quote!(#params #fields #where_clause;),
                Style::Unit => quote!(#params #where_clause;),
            };
            quote! {
                #[doc = #doc]
                #allows
                #projection_allows
                #vis struct #name #shape
            }
        }
        Data::Enum { variants, .. } => {
            let bodies: Vec<(&[syn::Attribute], &Body)> = variants
                .iter()
                .map(|variant| (variant.attrs.as_slice(), &variant.body))
                .collect();
            let variants = variants.iter().map(|variant| {
                let docs = variant.attrs.iter().filter(|attr| is_doc(attr));
                let cfgs = cfgs(&variant.attrs);
                let ident = &variant.ident;
                let fields = body_fields(cx, kind, &variant.body, None);
                quote!(#(#docs)* #(#cfgs)* #ident #fields)
            });
            // Every field `cfg`'d out: a variant no value can have (so no
            // `match` needs an arm for it) uses `'pin`.
            let extra = (kind != ProjectionKind::Own)
                .then(|| all_cfgd_out(&bodies))
                .flatten()
                .map(|cfg| {
                    let variant = cx.fresh_name("__", "Uninhabited");
                    quote! {
                        #cfg
                        #[doc(hidden)]
                        #variant(#core::convert::Infallible, #core::marker::PhantomData<&#pin ()>)
                    }
                });
            quote! {
                #[doc = #doc]
                #allows
                #projection_allows
                #vis enum #name #params #where_clause {
                    #(#variants,)*
                    #extra
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
