//! Pin projection: `#[pin_project]` and `#[pinned_drop]`.

use proc_macro2::{Span, TokenStream};

pub(crate) fn pin_project(_args: TokenStream, _input: TokenStream) -> syn::Result<TokenStream> {
    Err(syn::Error::new(
        Span::call_site(),
        "`pin_project` is not implemented yet",
    ))
}

pub(crate) fn pinned_drop(_args: TokenStream, _input: TokenStream) -> syn::Result<TokenStream> {
    Err(syn::Error::new(
        Span::call_site(),
        "`pinned_drop` is not implemented yet",
    ))
}
