//! The path under which generated code finds the `vouch` runtime.

use darling::FromMeta;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

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

impl FromMeta for CratePath {
    fn from_expr(expr: &syn::Expr) -> darling::Result<Self> {
        match expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(string),
                ..
            }) => string.parse().map(Self).map_err(|_| {
                darling::Error::custom(
                    "`crate` expects a path to the vouch crate; write e.g. `crate = \"::my_vouch\"`",
                )
                .with_span(string)
            }),
            syn::Expr::Path(path) if path.qself.is_none() => Ok(Self(path.path.clone())),
            syn::Expr::Group(group) => Self::from_expr(&group.expr),
            other => Err(darling::Error::custom(
                "`crate` expects a path to the vouch crate; write e.g. `crate = \"::my_vouch\"`",
            )
            .with_span(other)),
        }
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
}

impl ToTokens for CratePath {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}
