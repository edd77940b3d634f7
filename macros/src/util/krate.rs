//! The path under which generated code finds the `vouch` runtime.

use super::Errors;
use super::attr::{Spanned, duplicate_at};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::parse::ParseStream;

/// `crate = "path"` or `crate = path`; `::vouch` when absent. Users who
/// rename the dependency (`my_vouch = { package = "vouch" }`) or re-export
/// vouch from their own crate point the generated code at it with this.
#[derive(Clone)]
pub(crate) struct CratePath(syn::Path);

impl Default for CratePath {
    fn default() -> Self {
        Self(syn::parse_quote!(::vouch))
    }
}

impl CratePath {
    /// Reads the value of `crate = ...`: a string holding a path, or a path.
    pub(crate) fn from_expr(expr: &syn::Expr) -> syn::Result<Self> {
        match expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(string),
                ..
            }) => string.parse().map(Self).map_err(|_| {
                syn::Error::new(
                    string.span(),
                    "`crate` expects a path to the vouch crate; write e.g. `crate = \"::my_vouch\"`",
                )
            }),
            syn::Expr::Path(path) if path.qself.is_none() => Ok(Self(path.path.clone())),
            syn::Expr::Group(group) => Self::from_expr(&group.expr),
            other => Err(syn::Error::new_spanned(
                other,
                "`crate` expects a path to the vouch crate; write e.g. `crate = \"::my_vouch\"`",
            )),
        }
    }
}

/// The one reader of `crate = "path"` / `crate = path` in an argument
/// list: the span of the `crate` key and the path. (Front ends that get the
/// value as a `syn::Expr` read it with [`CratePath::from_expr`].)
pub(crate) fn parse(input: ParseStream<'_>) -> syn::Result<(Span, CratePath)> {
    let token = input.parse::<syn::Token![crate]>()?;
    if !input.peek(syn::Token![=]) {
        return Err(syn::Error::new(
            token.span,
            "`crate` needs the path of the vouch crate; write e.g. `crate = \"::my_vouch\"`",
        ));
    }
    input.parse::<syn::Token![=]>()?;
    let expr: syn::Expr = input.parse()?;
    Ok((token.span, CratePath::from_expr(&expr)?))
}

/// The one rule for a `crate = ..` read at `key`: the first is kept, a
/// second is an error at it.
pub(crate) fn set(
    value: syn::Result<(Span, CratePath)>,
    slot: &mut Option<Spanned<CratePath>>,
    errors: &mut Errors,
) {
    match value {
        Ok((key, _)) if slot.is_some() => duplicate_at(errors, key, "`crate` argument"),
        Ok((key, path)) => {
            *slot = Some(Spanned {
                value: path,
                span: key,
            });
        }
        Err(error) => errors.push(error),
    }
}

impl CratePath {
    /// `<crate>::__private`, the hidden module generated code names.
    pub(crate) fn private(&self) -> TokenStream {
        let path = &self.0;
        quote!(#path::__private)
    }

    /// `<crate>::__private::core`, for `core` items in every edition.
    pub(crate) fn core(&self) -> TokenStream {
        let path = &self.0;
        quote!(#path::__private::core)
    }

    /// `::name..`, `crate::..` or `$crate::..`: a path that means the same
    /// in every module, where generated code may name it.
    pub(crate) fn is_absolute(&self) -> bool {
        self.0.leading_colon.is_some()
            || self
                .0
                .segments
                .first()
                .is_some_and(|segment| segment.ident == "crate" || segment.ident == "$crate")
    }
}

impl ToTokens for CratePath {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}
