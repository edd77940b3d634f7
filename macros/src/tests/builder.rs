//! Unit tests of `derive(Builder)`.

use crate::builder::derive_builder;
use proc_macro2::TokenStream;

fn run(source: &str) -> syn::Result<TokenStream> {
    derive_builder(&syn::parse_str(source).expect("test input parses"))
}

/// The errors of an expansion: those it returns, or the `compile_error!`s
/// it emits next to the builder it still makes.
fn error_count(source: &str) -> usize {
    fn emitted(tokens: TokenStream) -> usize {
        tokens
            .into_iter()
            .map(|tree| match tree {
                proc_macro2::TokenTree::Ident(ident) if ident == "compile_error" => 1,
                proc_macro2::TokenTree::Group(group) => emitted(group.stream()),
                _ => 0,
            })
            .sum()
    }
    match run(source) {
        Ok(tokens) => emitted(tokens),
        Err(error) => error.into_iter().count(),
    }
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
            "#[builder(finsh_fn = f, generics(setters = \"x\"), on(String, transparent))] struct A { \
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

/// Every name the expansion declares that rustc or rustdoc may print is
/// readable: the only `__` identifiers are the builder's private fields,
/// the hygienic locals of its method bodies, and the runtime's `__private`
/// path.
#[test]
fn declares_no_generated_name_a_reader_sees() {
    fn idents(tokens: TokenStream, out: &mut Vec<String>) {
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Ident(ident) => out.push(ident.to_string()),
                proc_macro2::TokenTree::Group(group) => idents(group.stream(), out),
                _ => {}
            }
        }
    }
    let private = [
        "__private",
        "__vouch_state",
        "__vouch_type",
        "__vouch_value",
    ];
    for source in [
        "pub struct Config { host: String, port: Option<u16>, #[builder(default)] retries: u8 }",
        "#[builder(derive(Clone, Debug), finish_fn = go)] pub struct W<'a, T, const N: usize> { items: &'a [T; N], #[builder(default = 1, name = set_n)] n: u8 }",
        "struct S<State> { state: State, config: Config, string: String }",
    ] {
        let mut names = Vec::new();
        idents(run(source).expect("accepted"), &mut names);
        let hidden: Vec<&String> = names
            .iter()
            .filter(|name| name.starts_with("__"))
            .filter(|name| {
                !private.contains(&name.as_str())
                    && !name.starts_with("__vouch_slot")
                    && !name.starts_with("__vouch_field")
            })
            .collect();
        assert!(hidden.is_empty(), "{source}: {hidden:?}");
    }
}

#[test]
fn names_its_state_after_the_fields() {
    let expanded = run("pub struct HTTPConfig { max_conn: u8, r#type: u8, config: Config }")
        .expect("accepted")
        .to_string();
    for expected in [
        "mod http_config_builder",
        "type MaxConn",
        "type Type",
        "type Config",
        "struct SetMaxConn",
        "S : http_config_builder :: State = http_config_builder :: Empty",
    ] {
        assert!(expanded.contains(expected), "{expected} in {expanded}");
    }
}

#[test]
fn function_builders_never_panic() {
    for (args, item) in [
        (
            "",
            "fn f(a: u8, b: &str, c: Option<&'_ [u8]>) -> &str { b }",
        ),
        (
            "",
            "fn f<'a, T: Clone, const N: usize>(x: &'a [T; N], y: &T) -> T where T: Copy { *y }",
        ),
        ("", "async unsafe fn f(mut a: u8) -> u8 { a += 1; a }"),
        ("", "fn f(&self) {}"),
        ("", "fn f(self: Box<Self>, a: u8) {}"),
        (
            "",
            "fn f(a: impl Fn(&u8) -> &u8, (b, c): (u8, u8), ref d: u8, e @ 1..=2: u8) {}",
        ),
        ("", "const extern \"C\" fn f(a: u8, ...) {}"),
        ("", "fn r#type(r#type: &r#type, r#fn: u8) {}"),
        (
            "",
            "fn f(a: &dyn Fn(&u8), b: &'static str, c: Box<dyn Send + '_>) -> &u8 {}",
        ),
        (
            "finish_fn = run, builder_type = B, derive(Clone, Debug, Into)",
            "fn f(a: u8) {}",
        ),
        (
            "derive(IntoFuture(Box, ?Send))",
            "async fn f(#[builder(start_fn)] a: u8) {}",
        ),
        ("finish_fn", "fn f(a: u8) {}"),
        ("a::b = 1, , =", "fn f(a: u8) {}"),
        (
            "",
            "fn f(#[builder(default = 1, into, name = x)] a: u8, #[builder] b: u8) {}",
        ),
        (
            "",
            "fn f(#[builder(with = |x: u8, y| x)] a: u8, #[builder(with = Some)] b: u8) {}",
        ),
        (
            "",
            "fn f(#[cfg(all())] a: u8, #[builder(finish_fn, start_fn)] b: u8) {}",
        ),
        ("", "fn f() {}"),
        ("", "fn build(build: u8) {}"),
        ("", "struct A;"),
        ("", "impl A {}"),
        ("", ""),
        ("", "fn"),
    ] {
        let args: TokenStream = args.parse().expect("args lex");
        let item: TokenStream = item.parse().expect("item lexes");
        let _ = crate::builder::builder_fn(args, item);
    }
}

#[test]
fn function_builders_name_their_lifetimes_after_arguments() {
    let item = "pub fn f(text: &str, items: &[&u8], conv: impl Into<u8>) -> u8 { 0 }"
        .parse()
        .expect("lexes");
    let expanded = crate::builder::builder_fn(TokenStream::new(), item).to_string();
    for expected in [
        "'text",
        "'items",
        "'items_",
        "ImplConv",
        "pub struct FBuilder",
        "fn call",
    ] {
        assert!(expanded.contains(expected), "{expected} in {expanded}");
    }
    assert!(!expanded.contains("compile_error"), "{expanded}");
}

#[test]
fn bon_impls_never_panic() {
    for (args, item) in [
        ("", "impl A { #[builder] fn new(a: u8) -> Self { Self } }"),
        (
            "",
            "impl<T: Clone> A<T> where T: Copy { #[builder(finish_fn = go)] pub fn make<const N: usize>(a: &T, b: impl Into<T>) -> Self { todo!() } fn other(&self) {} }",
        ),
        (
            "",
            "impl A { #[builder] fn m(&self, a: u8) {} #[builder = 1] fn n(a: u8) {} #[builder(nope)] fn o(a: u8) {} }",
        ),
        (
            "",
            "impl Trait for A { #[builder] fn new(a: u8) -> Self { Self } }",
        ),
        ("x", "impl A {}"),
        (
            "crate = ::v",
            "impl<'a> A<'_, &'a u8> { #[builder] fn m(&'a self, b: &u8) -> &u8 { b } }",
        ),
        (
            "",
            "impl A { #[builder] async unsafe fn new((a, b): (u8, u8), ...) {} }",
        ),
        ("", "impl <A as B>::C { #[builder] fn new(a: u8) {} }"),
        ("", "fn f() {}"),
        ("", ""),
    ] {
        let args: TokenStream = args.parse().expect("args lex");
        let item: TokenStream = item.parse().expect("item lexes");
        let _ = crate::builder::bon_impl(args, item);
    }
}
