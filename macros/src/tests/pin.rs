//! Unit tests of the expansion functions: odd and malformed inputs give
//! tokens or errors, never a panic, and no output ever holds `unsafe`
//! (every `unsafe` comes from the runtime's `project!`).

use proc_macro2::{TokenStream, TokenTree};
use std::str::FromStr;

fn tokens(source: &str) -> TokenStream {
    TokenStream::from_str(source).unwrap_or_else(|error| panic!("bad test input {source}: {error}"))
}

/// Whether `tokens` holds the `unsafe` keyword anywhere.
fn has_unsafe(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == "unsafe",
        TokenTree::Group(group) => has_unsafe(group.stream()),
        _ => false,
    })
}

fn has_error(tokens: &TokenStream) -> bool {
    tokens.to_string().contains("compile_error")
}

const ARGS: &[&str] = &[
    "",
    "PinnedDrop",
    "UnsafeUnpin",
    "!Unpin",
    "! Unpin, !Unpin",
    "!",
    "!Send",
    "project = P",
    "project =",
    "project = \"P\"",
    "project = 1",
    "project",
    "project_ref = R, project_replace",
    "project_replace = O, PinnedDrop",
    "crate = ::vouch",
    "crate = \"::vouch\"",
    "crate = 1",
    "crate",
    ",,,",
    "PinnedDrop UnsafeUnpin",
    "r#PinnedDrop",
    "(x)",
    "project = P, project_ref = P, project_replace = P",
];

const ITEMS: &[&str] = &[
    "struct S { #[pin] a: u8, b: u8 }",
    "struct S(#[pin] u8, u8);",
    "struct S;",
    "struct S {}",
    "struct S();",
    "pub(crate) struct r#S<'pin, 'a, T: ?Sized + 'a, const N: usize = 3> where T: Copy { #[pin] r#a: &'a T, b: [u8; N] }",
    "struct S { #[pin] #[pin] a: u8 }",
    "struct S { #[pin()] a: u8, #[pin = 1] b: u8, #[pin(x)] c: u8 }",
    "#[pin] struct S { a: u8 }",
    "#[repr(packed)] struct S { #[pin] a: u8 }",
    "#[repr(packed(2), C)] struct S { #[pin] a: u8 }",
    "#[cfg_attr(all(), repr(packed))] struct S { #[pin] a: u8 }",
    "#[repr] struct S { #[pin] a: u8 }",
    "#[repr(packed(3))] struct S { #[pin] a: u8 }",
    "struct S(#[cfg(all())] #[pin] u8);",
    "struct S { #[pin] a: m!(), b: Option<n!{}> }",
    "struct S { #[pin] a: fn() -> !, b: Self }",
    "struct S<'r#pin, r#T> { #[r#pin] r#type: &'r#pin r#T, b: for<'pin_> fn(&'pin_ u8) }",
    "struct S { #[cfg(any())] a: u8 }",
    "enum E { #[cfg(any())] A(#[pin] u8), B { #[cfg(all())] #[pin] b: u8 } }",
    "struct S<T = u8, const N: usize = 3> where Self: Sized, T: Copy { #[pin] a: [T; N] }",
    "struct S { #[pin] a: __SPinnedFieldsMustBeUnpin, b: SMustNotImplDropUsePinnedDropInstead }",
    "enum E { A { #[pin] a: u8 }, B(#[pin] u8, u8), C }",
    "enum E {}",
    "enum E { A, B = 3 }",
    "enum E { #[pin] A(u8) }",
    "union U { #[pin] a: u8 }",
    "fn f() {}",
    "impl S {}",
    "",
    "struct",
];

#[test]
fn pin_project_never_panics_and_never_emits_unsafe_with_errors() {
    for args in ARGS {
        for item in ITEMS {
            let result =
                std::panic::catch_unwind(|| crate::pin::pin_project(tokens(args), tokens(item)));
            let Ok(result) = result else {
                panic!("`#[pin_project({args})]` panicked on `{item}`");
            };
            if let Ok(output) = result {
                assert!(
                    !has_unsafe(output),
                    "`#[pin_project({args})]` emitted `unsafe` for `{item}`"
                );
            }
        }
    }
}

#[test]
fn a_valid_item_expands_without_errors() {
    let output = crate::pin::pin_project(
        tokens("project = P, project_ref = R, project_replace = O"),
        tokens("struct S<T> { #[pin] a: T, b: u8 }"),
    );
    let output = output.unwrap_or_else(|error| panic!("{error}"));
    assert!(!has_error(&output), "{output}");
    assert!(!has_unsafe(output.clone()), "{output}");
    assert!(
        output.to_string().contains(":: vouch :: pin_projection !"),
        "{output}"
    );
}

const DROP_ITEMS: &[&str] = &[
    "impl PinnedDrop for S { fn drop(self: Pin<&mut Self>) {} }",
    "impl<T> vouch::PinnedDrop for S<T> where T: Copy { fn drop(self: Pin<&mut Self>) {} }",
    "impl PinnedDrop for S { fn drop(&mut self) {} }",
    "impl PinnedDrop for S { fn drop() {} }",
    "impl PinnedDrop for S { fn drop(x: u8) {} }",
    "impl PinnedDrop for S { fn drop(self: Pin<&mut Self>, y: u8,) {} fn other() {} const X: u8 = 1; }",
    "impl PinnedDrop for S {}",
    "unsafe impl PinnedDrop for S { unsafe fn drop(self: Pin<&mut Self>) {} }",
    "impl !PinnedDrop for S {}",
    "impl PinnedDrop<u8> for S { fn drop(self: Pin<&mut Self>) {} }",
    "impl Drop for S { fn drop(&mut self) {} }",
    "impl S {}",
    "struct S;",
    "#[attr] struct S;",
    "",
    "impl",
];

#[test]
fn pinned_drop_never_panics() {
    for args in [
        "",
        "crate = ::vouch",
        "crate = 1",
        "x",
        "crate = ::vouch, y",
    ] {
        for item in DROP_ITEMS {
            let result =
                std::panic::catch_unwind(|| crate::pin::pinned_drop(tokens(args), tokens(item)));
            assert!(
                result.is_ok(),
                "`#[pinned_drop({args})]` panicked on `{item}`"
            );
        }
    }
}
