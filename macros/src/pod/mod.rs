//! Plain-old-data derives: `Zeroable`, `Pod`, `AnyBitPattern`, `NoUninit`,
//! `CheckedBitPattern`, `TransparentWrapper`, `Contiguous`.
//!
//! Each runs the same three phases: [`attr`] reads the item into a model
//! ([`model`]) that keeps every syn node, [`check`] (with [`enum_check`]
//! and [`generic_check`]) decides what the derive must prove (or records
//! every reason it cannot), [`expand`] emits the proofs and, only when
//! nothing failed, the `unsafe impl` they justify. When something failed, the runtime's
//! `pod_refused!` emits the errors and stand-in impls next to them.

mod attr;
mod check;
mod enum_check;
mod expand;
mod generic_check;
mod model;

use crate::util::Errors;
pub(crate) use model::Derive;
use proc_macro2::TokenStream;
use quote::quote;

fn run(ast: &syn::DeriveInput, derive: Derive) -> TokenStream {
    let mut errors = Errors::new();
    let input = attr::Input::parse(ast, &mut errors);
    let plan = check::check(&input, derive, &mut errors);
    // A refused item: its errors, and stand-ins of the traits so that uses
    // of them add no errors of their own (sound only because the errors
    // stop the build; see `runtime/src/pod/refused.rs`).
    if let Err(error) = errors.finish() {
        return expand::refused(&input, derive, error);
    }
    match plan {
        Some(plan) => expand::expand(&input, derive, &plan),
        None => quote!(),
    }
}

/// Runs the pod derive `derive` on `input` (the entry of every shim in
/// `lib.rs`). Its errors are part of the tokens (see [`expand::refused`]).
pub(crate) fn derive(input: &syn::DeriveInput, derive: Derive) -> TokenStream {
    run(input, derive)
}
