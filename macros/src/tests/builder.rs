//! Unit tests of `derive(Builder)`.

use crate::builder::derive_builder;
use proc_macro2::TokenStream;

fn run(source: &str) -> syn::Result<TokenStream> {
    derive_builder(syn::parse_str(source).expect("test input parses"))
}

fn error_count(source: &str) -> usize {
    run(source)
        .err()
        .map_or(0, |error| error.into_iter().count())
}

#[test]
fn accepts_every_shape_of_struct() {
    for source in [
        "struct A;",
        "struct A {}",
        "struct A { a: u8 }",
        "struct A<'a, T: Clone = u8, const N: usize = 3> where T: Copy { a: &'a [T; N] }",
        "struct A { r#type: u8, r#match: Option<u8>, build2: u8 }",
        "#[builder(builder_type(name = B, vis = \"\"), start_fn(name = s), finish_fn = f, derive(Clone, Debug), crate = \"::v\")] pub struct A { #[builder(into, name = x)] a: Option<String>, #[builder(skip = 1)] b: u8, #[builder(default)] c: u8, #[builder(required)] d: Option<u8> }",
        "struct A { next: Option<Box<Self>>, #[builder(default = Self::X)] x: u8 }",
        "#[builder(on(String, into), on(_, required))] struct A { a: String, b: Option<String> }",
    ] {
        assert!(run(source).is_ok(), "{source}");
    }
}

#[test]
fn reports_every_attribute_error_at_once() {
    assert_eq!(
        error_count(
            "#[builder(finsh_fn = f, state_mod = s, on(String, transparent))] struct A { \
             #[builder(defualt)] a: u8, #[builder(into, into)] b: u8, \
             #[builder(skip, name = c)] c: u8, #[builder(name = 3)] d: u8 }"
        ),
        7
    );
}

#[test]
fn refuses_what_is_not_a_named_struct() {
    for source in ["enum A { B }", "union A { a: u8 }", "struct A(u8);"] {
        assert_eq!(error_count(source), 1, "{source}");
    }
}

#[test]
fn setter_names_must_not_collide() {
    assert_eq!(error_count("struct A { build: u8 }"), 1);
    assert_eq!(error_count("struct A { a: Option<u8>, maybe_a: u8 }"), 1);
    assert_eq!(
        error_count("struct A { a: u8, #[builder(name = a)] b: u8 }"),
        1
    );
    assert_eq!(
        error_count("#[builder(finish_fn = go)] struct A { build: u8 }"),
        0
    );
}

#[test]
fn malformed_options_never_panic() {
    for source in [
        "struct A { #[builder] a: u8 }",
        "struct A { #[builder = 1] a: u8 }",
        "struct A { #[builder(default = )] a: u8 }",
        "struct A { #[builder(a::b, = , ,)] a: u8 }",
        "#[builder(builder_type(vis = 3, name = \"1x\"))] struct A { a: u8 }",
        "#[builder(derive(Clone(bounds()), Debug = 1, ::x))] struct A { a: u8 }",
        "#[builder(crate)] #[builder(crate = 1)] struct A { a: u8 }",
    ] {
        assert!(error_count(source) >= 1, "{source}");
    }
}
