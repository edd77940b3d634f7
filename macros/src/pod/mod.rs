//! Plain-old-data derives: `Zeroable`, `Pod`, `AnyBitPattern`, `NoUninit`,
//! `CheckedBitPattern`, `TransparentWrapper`, `Contiguous`.

use proc_macro2::{Span, TokenStream};

fn todo(what: &str) -> syn::Result<TokenStream> {
    Err(syn::Error::new(
        Span::call_site(),
        format!("`{what}` is not implemented yet"),
    ))
}

pub(crate) fn derive_zeroable(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(Zeroable)")
}
pub(crate) fn derive_pod(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(Pod)")
}
pub(crate) fn derive_any_bit_pattern(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(AnyBitPattern)")
}
pub(crate) fn derive_no_uninit(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(NoUninit)")
}
pub(crate) fn derive_checked_bit_pattern(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(CheckedBitPattern)")
}
pub(crate) fn derive_transparent_wrapper(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(TransparentWrapper)")
}
pub(crate) fn derive_contiguous(_input: syn::DeriveInput) -> syn::Result<TokenStream> {
    todo("derive(Contiguous)")
}
