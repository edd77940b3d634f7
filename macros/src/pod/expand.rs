//! Generation: turns a checked [`Plan`] into one call of the runtime's
//! `pod_proof!` per trait. The derive writes no `unsafe` itself: the
//! runtime macro emits each `unsafe impl` together with the proof that
//! justifies it, naming its helpers through `$crate`, so neither a
//! redirected crate path nor an attribute macro after the derive can pair
//! the impl with a weaker proof (see `runtime/src/pod/proof.rs`).
//!
//! What is passed: the impl's generics, the type, the where clause, the
//! item's name and its fields' members and types (spanned where the user
//! wrote them, so an unmet bound is reported on the field's type). The
//! runtime macro re-proves every fact it relies on against the real type.

use super::attr::{Body, Field, Input, Variant};
use super::model::{Bound, Derive, EnumInt, Plan};
use crate::util::CratePath;
use crate::util::repr::Int;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::{Member, Type};

/// The pieces every call needs.
struct Cx<'a> {
    input: &'a Input<'a>,
    /// `<crate>::pod_proof`
    proof: TokenStream,
    /// `[impl generics without the angle brackets] [Item<T, N>] [where ..]`
    header: TokenStream,
    /// The pieces of `header`, for calls that put more between them.
    params: TokenStream,
    ty_args: TokenStream,
    where_preds: TokenStream,
}

impl<'a> Cx<'a> {
    fn new(input: &'a Input<'a>) -> Self {
        let krate = &input.krate;
        let ident = input.ident();
        let (impl_generics, ty_generics, where_clause) = input.ast.generics.split_for_impl();
        let params = strip_angles(impl_generics.to_token_stream());
        let where_preds = predicates(where_clause);
        Cx {
            input,
            proof: quote!(#krate::pod_proof),
            header: quote!([#params] [#ident #ty_generics] [#where_preds]),
            params,
            ty_args: ty_generics.to_token_stream(),
            where_preds,
        }
    }

    /// The call of the runtime's proof macro, with plain tokens: the proof
    /// refuses a fragment a `macro_rules!` passed on (it could hide a macro
    /// call) where it writes tokens more than once.
    fn call(&self, body: &TokenStream) -> TokenStream {
        let proof = &self.proof;
        let body = crate::util::flatten(body.clone());
        quote!(#proof! { #body })
    }
}

/// The where clause's predicates, each followed by a comma.
fn predicates(where_clause: Option<&syn::WhereClause>) -> TokenStream {
    let predicates = where_clause
        .into_iter()
        .flat_map(|clause| &clause.predicates);
    quote!(#(#predicates,)*)
}

/// `<'a, T: X, const N: usize>` without its outer `<` and `>`.
fn strip_angles(tokens: TokenStream) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    if trees.len() >= 2 {
        trees.pop();
        trees.remove(0);
    }
    trees.into_iter().collect()
}

/// `member: Type` for each field; the type keeps the user's spans.
fn typed_members(fields: &[Field<'_>]) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|field| {
            let member = member(&field.member);
            let ty = field.ty;
            quote!(#member: #ty)
        })
        .collect()
}

/// A member as a token: the field's name, or its index as an unsuffixed
/// literal (`0`, `1`), which works in patterns, places and struct
/// expressions alike.
fn member(member: &Member) -> TokenStream {
    match member {
        Member::Named(ident) => ident.to_token_stream(),
        Member::Unnamed(index) => {
            let mut literal = proc_macro2::Literal::usize_unsuffixed(index.index as usize);
            literal.set_span(index.span);
            literal.to_token_stream()
        }
    }
}

/// Generates everything `plan` calls for.
pub(crate) fn expand(input: &Input<'_>, derive: Derive, plan: &Plan) -> TokenStream {
    let cx = Cx::new(input);
    let Cx { header, .. } = &cx;
    let ident = input.ident();
    match (plan, &input.body) {
        (Plan::Fields { bound, twin }, Body::Struct(fields) | Body::Union(fields)) => {
            fields_proofs(&cx, derive, *bound, *twin, fields)
        }
        (Plan::CheckedStruct, Body::Struct(fields)) => checked_struct(&cx, fields),
        (Plan::Transparent { inner, index }, Body::Struct(fields)) => {
            let wrapped = fields.get(*index).map(|field| member(&field.member));
            let others = fields
                .iter()
                .enumerate()
                .filter(|(i, _)| i != index)
                .map(|(_, field)| {
                    let name = member(&field.member);
                    let ty = field.ty;
                    quote!(#name: #ty)
                });
            cx.call(&quote!(transparent #header [#inner] #ident { #wrapped #(, #others)* }))
        }
        (Plan::ZeroVariant { index }, Body::Enum(variants)) => match variants.get(*index) {
            Some(variant) => zero_variant(&cx, variant),
            None => TokenStream::new(),
        },
        (
            Plan::ZeroDiscriminant(int)
            | Plan::FieldlessEnum(int)
            | Plan::CheckedEnum(int)
            | Plan::Contiguous(int),
            Body::Enum(variants),
        ) => {
            let which = format_ident!(
                "{}",
                match plan {
                    Plan::ZeroDiscriminant(_) => "Zeroable",
                    Plan::FieldlessEnum(_) => "NoUninit",
                    Plan::CheckedEnum(_) => "CheckedBitPattern",
                    Plan::Contiguous(_)
                    | Plan::Fields { .. }
                    | Plan::ZeroVariant { .. }
                    | Plan::CheckedStruct
                    | Plan::Transparent { .. } => "Contiguous",
                }
            );
            let int = int_path(cx.input, *int);
            let names = variants.iter().map(|variant| variant.ident);
            let check = check_tokens(input);
            cx.call(&quote!(fieldless #which #header [#int] #ident #check { #(#names),* }))
        }
        // `check` pairs every plan with its body; any other pairing emits
        // nothing, which is never unsound.
        _ => {
            let _ = derive;
            TokenStream::new()
        }
    }
}

/// A struct's or union's proofs, one call per trait `bound` implements,
/// and the twin check of a generic struct whose fields name no parameter.
fn fields_proofs(
    cx: &Cx<'_>,
    derive: Derive,
    bound: Bound,
    twin: bool,
    fields: &[Field<'_>],
) -> TokenStream {
    let input = cx.input;
    let Cx { header, .. } = cx;
    let ident = input.ident();
    let kind = match &input.body {
        Body::Union(_) => quote!(union),
        Body::Struct(_) | Body::Enum(_) => quote!(struct),
    };
    let is_struct = !matches!(input.body, Body::Union(_));
    // A struct's array fields are checked by element (an array of
    // `NoUninit` elements is no `NoUninit` type itself).
    let (arrays, others): (Vec<&Field<'_>>, Vec<&Field<'_>>) = fields
        .iter()
        .partition(|field| is_struct && array_of(field.ty).is_some());
    let mut firsts = FirstOfType::new(input);
    let members: Vec<TokenStream> = others
        .iter()
        .map(|field| {
            let member = member(&field.member);
            let ty = firsts.tokens(field.ty);
            quote!(#member: #ty)
        })
        .collect();
    let members = quote!({ #(#members),* });
    let mut firsts = FirstOfType::new(input);
    let arrays = arrays.iter().filter_map(|field| {
        let array = array_of(field.ty)?;
        let member = member(&field.member);
        let (elem, len) = (firsts.tokens(&array.elem), &array.len);
        Some(quote!(#member: [#elem; #len]))
    });
    let arrays: Vec<TokenStream> = arrays.collect();
    let arrays = if arrays.is_empty() {
        TokenStream::new()
    } else {
        quote!([#(#arrays),*])
    };
    let calls: TokenStream = bound
        .traits()
        .iter()
        .map(|name| {
            let check = if is_struct {
                check_tokens(input)
            } else {
                TokenStream::new()
            };
            let name = format_ident!("{}", name);
            cx.call(&quote!(#kind #name #header #ident #check #members #arrays))
        })
        .collect();
    let twin = if twin {
        twin_check(cx, derive, fields)
    } else {
        TokenStream::new()
    };
    quote!(#calls #twin)
}

/// The tokens a proof is given for each field type: a type that names a
/// parameter and was seen before is given as the first field of that type
/// spelled it, spans included. A missing bound (`T` without `T: Pod`) is
/// then the same error for each field of the type, which rustc reports
/// once, on the first. Sound whatever the tokens: the proof's projection of
/// each field proves that the type it checks is that field's real type.
struct FirstOfType<'a> {
    params: Vec<String>,
    seen: Vec<(String, &'a Type)>,
}

impl<'a> FirstOfType<'a> {
    fn new(input: &Input<'_>) -> Self {
        FirstOfType {
            params: crate::util::ident::param_names(&input.ast.generics),
            seen: Vec::new(),
        }
    }

    fn tokens(&mut self, ty: &'a Type) -> TokenStream {
        let tokens = ty.to_token_stream();
        if !crate::util::ident::mentions(&tokens, &self.params)
            || super::check::type_macro(&tokens).is_some()
        {
            return tokens;
        }
        let key = crate::util::ident::canonical(&tokens);
        if let Some((_, first)) = self.seen.iter().find(|(seen, _)| *seen == key) {
            return first.to_token_stream();
        }
        self.seen.push((key, ty));
        tokens
    }
}

/// For a generic struct whose fields name no parameter: its layout is the
/// same for every argument, so it is measured now (in `cargo check`) on a
/// twin with the same field types and `repr` (`PhantomData`s left out: they
/// are zero-sized with alignment 1). Not a proof (the real one is `PROOF`,
/// per instantiation); it makes the impl hold for every instantiation a
/// crate may name, also for code that never calls vouch.
fn twin_check(cx: &Cx<'_>, derive: Derive, fields: &[Field<'_>]) -> TokenStream {
    let input = cx.input;
    let krate = &input.krate;
    let core = input.krate.core();
    let twin = crate::util::ident::fresh(&input.ast.to_token_stream(), "", input.ident(), "Layout");
    let kept: Vec<&Field<'_>> = fields
        .iter()
        .filter(|field| !super::generic_check::is_phantom(field.ty))
        .collect();
    let types = kept.iter().map(|field| field.ty);
    let sizes = kept.iter().map(|field| {
        let ty = field.ty;
        quote!(#core::mem::size_of::<#ty>())
    });
    let repr = repr_tokens(input);
    let name = input.name();
    let derive = derive.name();
    quote! {
        const _: () = {
            #[repr(#repr)]
            #[allow(dead_code, non_camel_case_types)]
            struct #twin(#(#types),*);
            #krate::__private::pod::no_padding(
                #name,
                #derive,
                #core::mem::size_of::<#twin>(),
                0 #(+ #sizes)*,
            );
        };
    }
}

/// The integer type an enum is read as, through the crate's `core`.
fn int_path(input: &Input<'_>, int: EnumInt) -> TokenStream {
    let core = input.krate.core();
    match int {
        EnumInt::Int(int) => int.path(&core),
        EnumInt::CInt => quote!(#core::ffi::c_int),
    }
}

/// `CheckedBitPattern` for a struct: the `Bits` twin is declared with the
/// `repr` the derive saw; the runtime macro proves it has the item's layout.
fn checked_struct(cx: &Cx<'_>, fields: &[Field<'_>]) -> TokenStream {
    let input = cx.input;
    let ident = input.ident();
    let Cx {
        params,
        ty_args,
        where_preds,
        ..
    } = cx;
    let repr = repr_tokens(input);
    // The twin's name must not be one the item's own tokens use (a field of
    // a type `RecordBits` would otherwise name the twin inside its scope).
    let bits = crate::util::ident::fresh(&input.ast.to_token_stream(), "", ident, "Bits");
    // One parameter of the twin per field (the twin's only names).
    let members = typed_members(fields)
        .into_iter()
        .enumerate()
        .map(|(index, member)| {
            let param = format_ident!("F{}", index);
            quote!(#param #member)
        });
    let tuple = matches!(
        fields.first(),
        Some(Field {
            member: Member::Unnamed(_),
            ..
        })
    );
    let body = if tuple {
        quote!((#(#members),*))
    } else {
        quote!({ #(#members),* })
    };
    // Every field type is required where the impl is declared, spanned at
    // the field, so the impl's body (its `Bits`, its proof, its check)
    // assumes the bound instead of repeating an error for each item that
    // mentions the field: the proof still checks every field itself. A type
    // macro (it may expand to another type there) and a type that names
    // `Self` are left to the proof.
    //
    // A type that names no parameter gives its error right there, on the
    // field. One that names a parameter only makes the impl conditional, so
    // it is also probed, below, under the item's own bounds: a parameter
    // without the bound is then one error per field type that uses it, on
    // its first field, and the crate does not compile (so the conditional
    // impl never stands in for a bound the user did not write).
    let names = crate::util::ident::param_names(&input.ast.generics);
    let krate = &input.krate;
    let (generic, concrete): (Vec<&Field<'_>>, Vec<&Field<'_>>) = fields
        .iter()
        .filter(|field| {
            let tokens = field.ty.to_token_stream();
            // `Self` means nothing in the probe: left to the proof. So is a
            // `PhantomData` (it has the trait for every `'static` argument)
            // and a parameter the item declares with the trait: requiring
            // them again would only show twice in rustdoc.
            super::check::type_macro(&tokens).is_none()
                && !crate::util::ident::mentions(&tokens, &["Self".to_owned()])
                && !super::generic_check::is_phantom(field.ty)
                && !declared_with(&input.ast.generics, field.ty, "CheckedBitPattern")
        })
        .partition(|field| crate::util::ident::mentions(&field.ty.to_token_stream(), &names));
    let required = concrete.iter().chain(&generic).map(|field| {
        let ty = field.ty;
        let end = ty
            .to_token_stream()
            .into_iter()
            .last()
            .map_or_else(Span::call_site, |tree| tree.span());
        let bound = crate::util::respan(quote!(: #krate::CheckedBitPattern,), end);
        quote!(#ty #bound)
    });
    let where_preds_required = quote!(#where_preds #(#required)*);
    let probe = generic_field_probe(cx, &generic);
    let call = cx.call(&quote! {
        checked_struct [#params] [#ident #ty_args] [#where_preds_required]
        #[repr(#repr)] #ident #bits #body
    });
    quote!(#call #probe)
}

/// Whether `ty` is a type parameter that `generics` declares with a bound
/// named `trait_name` (inline or in the where clause), by the bound's last
/// path segment. Only decides whether a bound is worth repeating: a wrong
/// answer changes which errors a missing bound gives, never what is proved.
fn declared_with(generics: &syn::Generics, ty: &Type, trait_name: &str) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    let Some(param) = path.path.get_ident() else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    let names_trait =
        |bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
            bounds.iter().any(|bound| match bound {
                syn::TypeParamBound::Trait(bound) => bound
                    .path
                    .segments
                    .last()
                    .is_some_and(|segment| segment.ident == trait_name),
                _ => false,
            })
        };
    let inline = generics
        .type_params()
        .filter(|declared| declared.ident == *param)
        .any(|declared| names_trait(&declared.bounds));
    let in_where = generics.where_clause.iter().any(|clause| {
        clause.predicates.iter().any(|predicate| match predicate {
            syn::WherePredicate::Type(predicate) => {
                matches!(&predicate.bounded_ty, Type::Path(bounded)
                    if bounded.qself.is_none() && bounded.path.get_ident() == Some(param))
                    && names_trait(&predicate.bounds)
            }
            _ => false,
        })
    });
    inline || in_where
}

/// For the fields of a generic `CheckedBitPattern` struct whose types name
/// a parameter: a function under the item's own generics and bounds that
/// requires each such type to be `CheckedBitPattern`, spanned at the field.
/// Not a proof (that is `PROOF`, per instantiation): it reports a missing
/// bound once per field type, where the impl would only be conditional on
/// it.
fn generic_field_probe(cx: &Cx<'_>, fields: &[&Field<'_>]) -> TokenStream {
    if fields.is_empty() {
        return TokenStream::new();
    }
    let input = cx.input;
    let Cx {
        params,
        ty_args,
        where_preds,
        ..
    } = cx;
    let ident = input.ident();
    let krate = &input.krate;
    let probe = crate::util::ident::fresh(&input.ast.to_token_stream(), "", ident, "FieldBounds");
    // One check per type: a missing bound is one error, on the first field
    // of the type.
    let mut seen: Vec<String> = Vec::new();
    let fields = fields.iter().filter(|field| {
        let key = crate::util::ident::canonical(&field.ty.to_token_stream());
        let first = !seen.contains(&key);
        seen.push(key);
        first
    });
    let checks = fields.map(|field| {
        let ty = field.ty;
        let member = member(&field.member);
        quote! {
            let _ = #krate::__private::pod::checked_field::<#ty, #ident #ty_args>(
                |this: &#ident #ty_args| &raw const (*this).#member
            );
        }
    });
    quote! {
        const _: () = {
            // Never called: type-checking its body is the check.
            #[allow(dead_code, non_snake_case)]
            fn #probe<#params>() where #where_preds {
                #(#checks)*
            }
        };
    }
}

/// Every `repr` hint the derive saw, as one comma-separated list (`Rust`
/// when there is none, which the proof then compares like any other).
fn repr_tokens(input: &Input<'_>) -> TokenStream {
    let mut hints = Vec::new();
    for attr in &input.ast.attrs {
        if attr.path().is_ident("repr")
            && let syn::Meta::List(list) = &attr.meta
        {
            hints.push(list.tokens.clone());
        }
    }
    if hints.is_empty() {
        quote!(Rust)
    } else {
        quote!(#(#hints),*)
    }
}

/// `Zeroable` for an enum with fields: the variant to build from zeroes.
fn zero_variant(cx: &Cx<'_>, variant: &Variant<'_>) -> TokenStream {
    let Cx { header, .. } = cx;
    let ident = cx.input.ident();
    let name = variant.ident;
    let fields = if variant.fields.is_empty() {
        TokenStream::new()
    } else {
        let members = typed_members(&variant.fields);
        quote!({ #(#members),* })
    };
    let check = check_tokens(cx.input);
    cx.call(&quote!(zero_variant #header #ident #check #name #fields))
}

/// A refused item: the derive's errors, handed to the runtime's
/// `pod_refused!` together with the traits the derive implements, which it
/// emits as stand-ins next to the errors so that uses of the trait add no
/// errors of their own (see `runtime/src/pod/refused.rs`). Each error is one
/// `vouch! { ".." }` whose tokens carry the error's span.
///
/// With a `crate = ..` path the errors are emitted directly, without
/// stand-ins: a wrong path would otherwise hide them behind its own error.
pub(crate) fn refused(input: &Input<'_>, derive: Derive, error: syn::Error) -> TokenStream {
    let default = CratePath::default().to_token_stream().to_string();
    if input.krate.to_token_stream().to_string() != default {
        return error.into_compile_error();
    }
    let cx = Cx::new(input);
    let Cx { header, .. } = &cx;
    let errors = error.into_iter().map(|error| spanned_error(&error));
    let traits = stand_ins(input, derive);
    let krate = &input.krate;
    quote!(#krate::pod_refused! { #header [#traits] { #(#errors)* } })
}

/// `vouch! { "message" }`, its name and `!` spanned where the error
/// starts, its braces where it ends (as `syn` spans a `compile_error!`), so
/// rustc underlines the same tokens. One name for every derive: the same
/// mistake seen by two derives of the item is then the same diagnostic,
/// which rustc prints once.
fn spanned_error(error: &syn::Error) -> TokenStream {
    let trees: Vec<TokenTree> = error.to_compile_error().into_iter().collect();
    let start = trees.first().map_or_else(Span::call_site, TokenTree::span);
    let end = trees.last().map_or(start, TokenTree::span);
    let name = Ident::new("vouch", start);
    let mut bang = Punct::new('!', Spacing::Alone);
    bang.set_span(start);
    let mut group = Group::new(
        Delimiter::Brace,
        Literal::string(&error.to_string()).into_token_stream(),
    );
    group.set_span(end);
    quote!(#name #bang #group)
}

/// The traits `derive` implements, as `pod_refused!` reads them, or none
/// where a stand-in could conflict with what the user meant instead (an
/// enum is never `Pod` or `AnyBitPattern`: the fix is another derive).
fn stand_ins(input: &Input<'_>, derive: Derive) -> TokenStream {
    let is_enum = matches!(input.body, Body::Enum(_));
    match derive {
        Derive::Zeroable => quote!(Zeroable),
        Derive::NoUninit => quote!(NoUninit),
        Derive::Pod | Derive::AnyBitPattern if is_enum => TokenStream::new(),
        Derive::Pod => quote!(Pod),
        Derive::AnyBitPattern => quote!(Zeroable AnyBitPattern),
        Derive::CheckedBitPattern => {
            let bits =
                crate::util::ident::fresh(&input.ast.to_token_stream(), "", input.ident(), "Bits");
            quote!(CheckedBitPattern [#bits])
        }
        Derive::Contiguous => {
            let int = input.repr.int.map_or(Int::U8, |int| int.value);
            let int = int.path(&input.krate.core());
            quote!(Contiguous [#int])
        }
        Derive::TransparentWrapper => {
            let inner = match (&input.transparent, &input.body) {
                (Some((inner, _)), _) => Some(inner.to_token_stream()),
                (None, Body::Struct(fields)) if fields.len() == 1 => {
                    fields.first().map(|field| field.ty.to_token_stream())
                }
                _ => None,
            };
            match inner {
                Some(inner) => quote!(TransparentWrapper [#inner]),
                None => TokenStream::new(),
            }
        }
    }
}

/// `[check (arg) < PROOF]`: the names of the call that runs a check of
/// the proof that can fail (padding, a discriminant), and the ends of the
/// path that evaluates the proof now, all spanned at the item's name, so
/// that rustc reports a failed proof there.
fn check_tokens(input: &Input<'_>) -> TokenStream {
    let span = input.ident().span();
    let check = Ident::new("__vouch_check", span);
    let arg = Ident::new("__vouch_arg", span);
    let mut group = Group::new(Delimiter::Parenthesis, arg.into_token_stream());
    group.set_span(span);
    let mut lt = Punct::new('<', Spacing::Alone);
    lt.set_span(span);
    let proof = Ident::new("PROOF", span);
    quote!([#check #group #lt #proof])
}

/// The array type `[E; N]` a field's type is, seen through parentheses and
/// invisible groups.
fn array_of(ty: &syn::Type) -> Option<&syn::TypeArray> {
    match ty {
        syn::Type::Array(array) => Some(array),
        syn::Type::Group(group) => array_of(&group.elem),
        syn::Type::Paren(paren) => array_of(&paren.elem),
        _ => None,
    }
}
