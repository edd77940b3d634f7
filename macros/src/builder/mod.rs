//! Typestate builders: `derive(Builder)`.

use proc_macro2::{Span, TokenStream};

pub(crate) fn derive_builder(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    Err(syn::Error::new(Span::call_site(), "`derive(Builder)` is not implemented yet"))
}
