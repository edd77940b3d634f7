//! Odd inputs through every derive: each returns tokens or errors, never
//! panics, and never writes the `unsafe` keyword itself: every `unsafe
//! impl` comes from the runtime's `pod_proof!`, with its proof.

use crate::pod::{Derive, derive as run};
use proc_macro2::TokenStream;

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
            let outcome = std::panic::catch_unwind(|| run(&input, derive));
            let Ok(tokens) = outcome else {
                panic!("a derive panicked on {item}");
            };
            assert!(!writes_unsafe(tokens.clone()), "{item}: {tokens}");
        }
    }
}
