//! Never-panic property tests: thousands of generated items, valid and
//! malformed, through every expansion function. Each must return tokens or
//! errors (and what it returns must parse as Rust items), never panic.
//!
//! The generator is a small seeded grammar of what users write and what they
//! get wrong: random reprs, attributes (well-formed and not), generics, raw
//! identifiers, field types, discriminants, empty and huge items. Set
//! `VOUCH_NEVER_PANIC_CASES` to run more cases than the default.

use proc_macro2::TokenStream;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// xorshift64*: deterministic, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const ITEM_ATTRS: &[&str] = &[
    "#[repr(C)]",
    "#[repr(transparent)]",
    "#[repr(packed)]",
    "#[repr(packed(2))]",
    "#[repr(packed(3))]",
    "#[repr(align(8))]",
    "#[repr(align)]",
    "#[repr(align(0))]",
    "#[repr(u8)]",
    "#[repr(i32)]",
    "#[repr(usize)]",
    "#[repr(C, u16)]",
    "#[repr(C, packed(4))]",
    "#[repr(C, C)]",
    "#[repr(u8, u16)]",
    "#[repr(transparent, u8)]",
    "#[repr(simd)]",
    "#[repr()]",
    "#[repr]",
    "#[repr = \"C\"]",
    "#[repr(packed(99999999999999999999))]",
    "#[cfg_attr(feature = \"x\", repr(packed))]",
    "#[cfg_attr(all(), repr(C), derive(Clone))]",
    "#[cfg_attr()]",
    "#[vouch(crate = 1)]",
    "#[vouch(crate = \"::vouch\")]",
    "#[vouch(crate = \"\")]",
    "#[vouch(crate = \"not a path\")]",
    "#[vouch(crate = ::vouch)]",
    "#[vouch(crate)]",
    "#[vouch]",
    "#[vouch(unknown)]",
    "#[vouch(crate = \"::vouch\", crate = \"::vouch\")]",
    "#[transparent(u8)]",
    "#[transparent(T)]",
    "#[transparent]",
    "#[transparent(u8, u16)]",
    "#[builder(builder_type = B, start_fn = make, finish_fn = done)]",
    "#[builder(builder_type = 1)]",
    "#[builder(start_fn)]",
    "#[builder(crate = \"::vouch\")]",
    "#[builder(derive(Clone, Debug))]",
    "#[builder(derive(Nope))]",
    "#[builder(unknown = 1, unknown = 2)]",
    "#[builder]",
    "#[sealed(Shape)]",
    "#[sealed]",
    "#[sealed(1)]",
    "#[sealed(Shape, Shape)]",
    "#[pin]",
    "#[doc = \"docs\"]",
    "#[doc(hidden)]",
    "#[allow(dead_code)]",
];

const FIELD_ATTRS: &[&str] = &[
    "#[pin]",
    "#[pin]",
    "#[pin(x)]",
    "#[pin = 1]",
    "#[builder(default)]",
    "#[builder(default = 1 + 2)]",
    "#[builder(default = )]",
    "#[builder(default = a.b)]",
    "#[builder(into)]",
    "#[builder(into, into)]",
    "#[builder(skip)]",
    "#[builder(skip = 3)]",
    "#[builder(name = other)]",
    "#[builder(name = 1)]",
    "#[builder(unknown)]",
    "#[builder]",
    "#[builder(default, skip)]",
    "#[vouch(crate = \"x\")]",
    "#[transparent]",
    "#[doc = \"a field\"]",
    "#[cfg(any())]",
    "#[cfg(all())]",
];

/// Types no struct may have: what a macro gets from them need not be valid
/// Rust, only an answer (rustc reports the type itself).
const INVALID_TYPES: &[&str] = &["impl Tr", "_", "!", "dyn Tr", "[u8]"];

thread_local! {
    /// Whether the item being generated holds an invalid type.
    static INVALID: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

const TYPES: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "i8",
    "f32",
    "f64",
    "bool",
    "char",
    "()",
    "T",
    "U",
    "[u8; N]",
    "[T; 3]",
    "[u8; 0]",
    "[[u16; 2]; 3]",
    "&'a u8",
    "&'a mut T",
    "*const u8",
    "core::marker::PhantomData<T>",
    "::core::marker::PhantomPinned",
    "Option<u32>",
    "Option<core::num::NonZeroU32>",
    "Box<u8>",
    "String",
    "Vec<T>",
    "m!()",
    "fn()",
    "fn(u8) -> u8",
    "(u8, u16)",
    "[u8]",
    "dyn Tr",
    "Self",
    "<T as Tr>::Assoc",
    "impl Tr",
    "_",
    "!",
    "r#type",
    "S<T>",
];

const NAMES: &[&str] = &[
    "a", "b", "c", "value", "build", "builder", "state", "r#type", "r#fn", "self_", "_pad", "x0",
    "Option", "drop", "project", "pin",
];

const GENERICS: &[&str] = &[
    "",
    "",
    "<T>",
    "<T: Copy>",
    "<'a>",
    "<'a, T: 'a>",
    "<T, const N: usize>",
    "<const N: usize>",
    "<T = u8>",
    "<T: ?Sized>",
    "<'pin, T>",
    "<T, U>",
    "<>",
];

const WHERES: &[&str] = &["", "", "where T: Copy", "where Self: Sized", "where"];

const DISCRIMINANTS: &[&str] = &[
    "",
    "",
    "= 0",
    "= 1",
    "= -1",
    "= 255",
    "= 256",
    "= X",
    "= 1 << 70",
    "= \"s\"",
    "= u8::MAX",
    "= -128",
    "= 1 + 1",
];

fn attrs(rng: &mut Rng, pool: &[&str], out: &mut String) {
    for _ in 0..rng.below(4) {
        out.push_str(rng.pick(pool));
        out.push(' ');
    }
}

fn field_type(rng: &mut Rng) -> String {
    if rng.chance(3) {
        // Deep nesting, within what rustc itself would accept.
        let depth = 1 + rng.below(40);
        let mut ty = String::from("u8");
        for _ in 0..depth {
            ty = format!("[{ty}; 1]");
        }
        return ty;
    }
    let ty = rng.pick(TYPES);
    if INVALID_TYPES.contains(&ty) {
        INVALID.with(|invalid| invalid.set(true));
    }
    ty.to_owned()
}

fn fields(rng: &mut Rng, named: bool, out: &mut String) {
    let count = if rng.chance(2) { 300 } else { rng.below(6) };
    for i in 0..count {
        attrs(rng, FIELD_ATTRS, out);
        if rng.chance(20) {
            out.push_str("pub ");
        }
        if named {
            let name = rng.pick(NAMES);
            // Repeated names are a malformed input too; keep most distinct.
            if rng.chance(90) {
                let _ = write!(out, "{name}_{i}: ");
            } else {
                let _ = write!(out, "{name}: ");
            }
        }
        out.push_str(&field_type(rng));
        out.push_str(", ");
    }
}

/// A struct, enum or union, as users write them and as they get them wrong.
fn data_item(rng: &mut Rng) -> String {
    let mut out = String::new();
    attrs(rng, ITEM_ATTRS, &mut out);
    if rng.chance(30) {
        out.push_str("pub ");
    }
    let name = rng.pick(&["S", "r#type", "Thing", "r#struct"]);
    let generics = rng.pick(GENERICS);
    let where_clause = rng.pick(WHERES);
    match rng.below(5) {
        0 | 1 => {
            let _ = write!(out, "struct {name}{generics} {where_clause} {{ ");
            fields(rng, true, &mut out);
            out.push('}');
        }
        2 => {
            let _ = write!(out, "struct {name}{generics} ( ");
            fields(rng, false, &mut out);
            let _ = write!(out, ") {where_clause};");
        }
        3 => {
            let _ = write!(out, "enum {name}{generics} {where_clause} {{ ");
            for i in 0..rng.below(6) {
                attrs(rng, FIELD_ATTRS, &mut out);
                let _ = write!(out, "V{i}");
                match rng.below(4) {
                    0 => {
                        out.push('(');
                        fields(rng, false, &mut out);
                        out.push(')');
                    }
                    1 => {
                        out.push('{');
                        fields(rng, true, &mut out);
                        out.push('}');
                    }
                    _ => {}
                }
                let _ = write!(out, " {}, ", rng.pick(DISCRIMINANTS));
            }
            out.push('}');
        }
        _ => {
            let _ = write!(out, "union {name}{generics} {where_clause} {{ ");
            fields(rng, true, &mut out);
            out.push('}');
        }
    }
    if rng.chance(2) {
        out.push_str(" struct Extra;");
    }
    out
}

/// A trait, impl or stray item for `#[sealed]` and `#[pinned_drop]`.
fn other_item(rng: &mut Rng) -> String {
    rng.pick(&[
        "",
        "trait Shape { fn area(&self) -> f64; }",
        "pub trait Shape: Clone + 'static where Self: Sized { type Out; const N: usize; fn f(&self) {} }",
        "pub(crate) unsafe trait Shape<T, const N: usize> {}",
        "trait Sub: Shape {}",
        "impl Shape for Square { fn area(&self) -> f64 { 1.0 } }",
        "impl<T: Copy> Shape for T {}",
        "impl<'a, T> Shape for &'a T where T: Shape {}",
        "impl<const N: usize> Shape for [u8; N] {}",
        "impl Square {}",
        "impl !Shape for Square {}",
        "unsafe impl Shape for Square {}",
        "impl PinnedDrop for S { fn drop(self: Pin<&mut Self>) {} }",
        "impl vouch::PinnedDrop for S { fn drop(self: core::pin::Pin<&mut Self>) { let _ = self; } }",
        "impl<T> PinnedDrop for S<T> where T: Copy { fn drop(self: Pin<&mut Self>) {} }",
        "impl PinnedDrop for S { fn drop(&mut self) {} }",
        "impl PinnedDrop for S { fn drop(self: Pin<&mut Self>) {} fn other() {} }",
        "impl PinnedDrop for S {}",
        "impl Drop for S { fn drop(&mut self) {} }",
        "fn f() {}",
        "struct S;",
        "mod m {}",
        "const X: u8 = 1;",
        "trait",
        "impl",
        "impl for S {}",
        "{ } ] )",
    ])
    .to_owned()
}

fn args(rng: &mut Rng) -> String {
    let mut out = String::new();
    for i in 0..rng.below(4) {
        if i > 0 {
            out.push_str(rng.pick(&[", ", ", ", " ", ",, "]));
        }
        out.push_str(rng.pick(&[
            "PinnedDrop",
            "UnsafeUnpin",
            "!Unpin",
            "!",
            "Unpin",
            "project = P",
            "project =",
            "project = 1",
            "project_ref = R",
            "project_replace = X",
            "project_replace",
            "crate = \"::vouch\"",
            "crate = 1",
            "crate = ::vouch",
            "erase",
            "= =",
            "(",
            "[]",
            "r#type",
            "Shape",
            "\"string\"",
        ]));
    }
    out
}

fn cases() -> usize {
    std::env::var("VOUCH_NEVER_PANIC_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000)
}

fn tokens(source: &str) -> Option<TokenStream> {
    source.parse().ok()
}

/// Runs `expand` and checks the property: no panic, and the output (tokens
/// or `compile_error!`s) parses as a file of items.
fn check(what: &str, case: usize, input: &str, expand: impl FnOnce() -> syn::Result<TokenStream>) {
    let Ok(result) = catch_unwind(AssertUnwindSafe(expand)) else {
        panic!("{what} panicked on case {case}:\n{input}");
    };
    let output = result.unwrap_or_else(syn::Error::into_compile_error);
    if INVALID.with(std::cell::Cell::get) {
        return;
    }
    if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
        panic!(
            "{what} produced tokens that are not items on case {case} ({error}):\n{input}\n--- output:\n{output}"
        );
    }
}

#[test]
fn derives_never_panic() {
    let mut rng = Rng(0x5EED_0F70_00C4);
    let mut parsed = 0;
    for case in 0..cases() {
        INVALID.with(|invalid| invalid.set(false));
        let source = data_item(&mut rng);
        // Only what parses as an item reaches a derive.
        let Ok(input) = syn::parse_str::<syn::DeriveInput>(&source) else {
            continue;
        };
        parsed += 1;
        for entry in crate::DERIVES {
            check(entry.name, case, &source, || (entry.expand)(&input));
        }
    }
    // The generator must mostly produce items, or the property says little.
    assert!(
        parsed * 2 > cases(),
        "only {parsed} of {} cases parsed",
        cases()
    );
}

#[test]
fn attributes_never_panic() {
    let mut rng = Rng(0x0A77_121B_07E5);
    let mut ran = 0;
    for case in 0..cases() {
        INVALID.with(|invalid| invalid.set(false));
        let item = if rng.chance(60) {
            data_item(&mut rng)
        } else {
            other_item(&mut rng)
        };
        // What is not Rust may come back as it came; what is must stay so.
        if syn::parse_str::<syn::File>(&item).is_err() {
            INVALID.with(|invalid| invalid.set(true));
        }
        let args = args(&mut rng);
        // Attribute macros receive any token trees: malformed items too.
        let (Some(args_tokens), Some(item_tokens)) = (tokens(&args), tokens(&item)) else {
            continue;
        };
        ran += 1;
        for entry in crate::ATTRIBUTES {
            let input = format!("#[{}({args})]\n{item}", entry.name);
            check(entry.name, case, &input, || {
                (entry.expand)(args_tokens.clone(), item_tokens.clone())
            });
        }
    }
    assert!(ran * 2 > cases(), "only {ran} of {} cases ran", cases());
}

/// A `#[repr(C)]` struct of `fields` `u8` fields.
fn huge(fields: usize) -> String {
    let mut huge = String::from("#[repr(C)] struct Huge { ");
    for i in 0..fields {
        let _ = write!(huge, "f{i}: u8, ");
    }
    huge.push('}');
    huge
}

/// How many fields the huge input of a macro has: the builder's typestate
/// names every field in every setter, so its expansion grows with the square
/// of the field count; 150 fields stays quick while being far beyond real
/// structs.
fn huge_fields(what: &str) -> usize {
    if what.contains("Builder") || what == "builder" {
        150
    } else {
        2000
    }
}

#[test]
fn empty_and_huge_inputs_never_panic() {
    for entry in crate::ATTRIBUTES {
        check(entry.name, 0, "<empty>", || {
            (entry.expand)(TokenStream::new(), TokenStream::new())
        });
    }
    for entry in crate::DERIVES {
        let source = huge(huge_fields(entry.name));
        let input = syn::parse_str::<syn::DeriveInput>(&source).expect("a struct");
        check(entry.name, 0, "<huge struct>", || (entry.expand)(&input));
    }
    for entry in crate::ATTRIBUTES {
        let tokens: TokenStream = huge(huge_fields(entry.name)).parse().expect("tokens");
        check(entry.name, 0, "<huge struct>", || {
            (entry.expand)(TokenStream::new(), tokens)
        });
    }
}
