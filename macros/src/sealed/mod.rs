//! Sealed hierarchies: `#[sealed]` on traits and impls, `derive(Sealed)`.

use proc_macro2::{Span, TokenStream};

pub(crate) fn sealed(_args: TokenStream, _input: TokenStream) -> syn::Result<TokenStream> {
    Err(syn::Error::new(
        Span::call_site(),
        "`sealed` is not implemented yet",
    ))
}

pub(crate) fn derive_sealed(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    Err(syn::Error::new(
        Span::call_site(),
        "`derive(Sealed)` is not implemented yet",
    ))
}
