//! The path under which generated code finds the `vouch` runtime.

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
