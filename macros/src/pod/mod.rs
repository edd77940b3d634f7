//! Plain-old-data derives: `Zeroable`, `Pod`, `AnyBitPattern`, `NoUninit`,
//! `CheckedBitPattern`, `TransparentWrapper`, `Contiguous`.
//!
//! Each runs the same three phases: [`attr`] reads the item into a model
//! that keeps every syn node, [`check`] decides what the derive must prove
//! (or records every reason it cannot), [`expand`] (with [`layout`] and
//! [`enums`]) emits the proofs and, only when nothing failed, the
//! `unsafe impl` they justify.

mod attr;
mod check;
mod enum_check;
mod enums;
mod expand;
mod layout;

use crate::util::Errors;
use check::Derive;
use proc_macro2::TokenStream;
use quote::quote;

// The entry points receive the input by value (the `util::derive` contract);
// it is only read here.
#[allow(clippy::needless_pass_by_value)]
fn run(ast: syn::DeriveInput, derive: Derive) -> syn::Result<TokenStream> {
    let mut errors = Errors::new();
    let input = attr::Input::parse(&ast, &mut errors);
    let plan = check::check(&input, derive, &mut errors);
    // Any recorded error means no impl at all, only the errors.
    errors.finish()?;
    match plan {
        Some(plan) => Ok(expand::expand(&input, derive, &plan)),
        None => Ok(quote!()),
    }
}

pub(crate) fn derive_zeroable(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::Zeroable)
}

pub(crate) fn derive_pod(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::Pod)
}

pub(crate) fn derive_any_bit_pattern(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::AnyBitPattern)
}

pub(crate) fn derive_no_uninit(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::NoUninit)
}

pub(crate) fn derive_checked_bit_pattern(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::CheckedBitPattern)
}

pub(crate) fn derive_transparent_wrapper(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::TransparentWrapper)
}

pub(crate) fn derive_contiguous(input: syn::DeriveInput) -> syn::Result<TokenStream> {
    run(input, Derive::Contiguous)
}
