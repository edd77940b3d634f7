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
mod expand;
mod model;

use crate::util::Errors;
pub(crate) use model::Derive;
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

/// Runs the pod derive `derive` on `input` (the entry of every shim in
/// `lib.rs`).
pub(crate) fn derive(input: syn::DeriveInput, derive: Derive) -> syn::Result<TokenStream> {
    run(input, derive)
}

#[cfg(test)]
mod tests {
    //! Odd inputs through every derive: each returns tokens or errors, never
    //! panics, and never writes the `unsafe` keyword itself: every `unsafe
    //! impl` comes from the runtime's `pod_proof!`, with its proof.

    use super::*;

    const ITEMS: &[&str] = &[
        "struct A;",
        "struct A {}",
        "struct A();",
        "#[repr(C)] struct A { r#type: u8, r#match: u32 }",
        "#[repr(C, packed(2))] struct A(u8, u32);",
        "#[repr(transparent)] #[transparent(u32)] struct A(u32, ::core::marker::PhantomData<u8>);",
        "#[repr(transparent)] #[transparent(u64)] struct A(u32);",
        "#[repr(transparent)] #[transparent] struct A(u32);",
        "#[repr(transparent)] #[transparent(m!())] struct A(m!());",
        "#[vouch(crate = 1)] struct A;",
        "#[vouch(crate)] struct A;",
        "#[vouch(crate = \"not a path\")] struct A;",
        "#[vouch(unknown = 1, crate = ::x)] struct A;",
        "#[vouch = 3] struct A;",
        "#[repr(u8)] enum A {}",
        "enum A {}",
        "#[repr(u8)] enum A { B = 1, C = -1, D = X, E }",
        "#[repr(C, u8)] enum A { B(u32), C { x: u8 } = 0 }",
        "#[repr(i128)] enum A { B = 170141183460469231731687303715884105727, C }",
        "#[repr(u8)] enum A { B = 18446744073709551616999999999999999999999, C }",
        "#[repr(C)] union A { x: u32, y: f32 }",
        "#[repr(C)] union A<T: Copy> { x: T }",
        "#[repr(C)] struct A<'a, T, const N: usize> { x: &'a T, y: [T; N] }",
        "#[repr(C, align(3))] struct A;",
        "#[repr(C, packed, align(4))] struct A(u8);",
        "#[repr(simd, u8, u16, C, transparent)] struct A(u8);",
        "#[repr] struct A;",
        "#[repr(C)] struct A<T> where T: Copy { x: T, y: [T; 2], z: ::core::marker::PhantomData<T> }",
    ];

    /// Whether `tokens` hold the keyword `unsafe` at any depth.
    fn writes_unsafe(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => ident == "unsafe",
            proc_macro2::TokenTree::Group(group) => writes_unsafe(group.stream()),
            _ => false,
        })
    }

    #[test]
    fn never_panics_and_never_writes_unsafe() {
        for item in ITEMS {
            let input: syn::DeriveInput = match syn::parse_str(item) {
                Ok(input) => input,
                Err(error) => panic!("test item does not parse: {item}: {error}"),
            };
            for derive in Derive::ALL {
                let outcome = std::panic::catch_unwind(|| run(input.clone(), derive));
                assert!(outcome.is_ok(), "a derive panicked on {item}");
                let tokens = match outcome {
                    Ok(Ok(tokens)) => tokens,
                    Ok(Err(error)) => error.into_compile_error(),
                    Err(_) => unreachable!(),
                };
                assert!(!writes_unsafe(tokens.clone()), "{item}: {tokens}");
            }
        }
    }
}
