//! Hostile user crates: every macro of vouch, used from crates that make
//! generated code's life hard, must compile without a warning under clippy
//! pedantic. Each crate is
//!
//! - in edition 2015, 2018, 2021 or 2024;
//! - `#![no_implicit_prelude]`, `#![forbid(unsafe_code)]`,
//!   `#![deny(warnings, missing_docs)]`;
//! - full of items named like what generated code might name unqualified
//!   (`Option`, `Some`, `Ok`, `Result`, `Box`, `Pin`, `Drop`, `u8`, `core`,
//!   `__private`, `vouch`, `Sealed`, ...), glob-imported into the root;
//! - with user inherent methods named like the trait methods generated code
//!   calls;
//! - once depending on `vouch` as `vouch`, once as `my_vouch` with every
//!   macro pointed at it through its `crate` argument.

mod support;

use std::fmt::Write as _;
use std::path::Path;

const SHADOWS: &str = r"
/// Names generated code must never pick up unqualified.
pub mod shadows {
    /// Shadows the prelude's `Option`.
    pub struct Option;
    /// Shadows the prelude's `Some`.
    pub struct Some;
    /// Shadows the prelude's `None`.
    pub struct None;
    /// Shadows the prelude's `Result`.
    pub struct Result;
    /// Shadows the prelude's `Ok`.
    pub struct Ok;
    /// Shadows the prelude's `Err`.
    pub struct Err;
    /// Shadows the prelude's `Box`.
    pub struct Box;
    /// Shadows `Pin`.
    pub struct Pin;
    /// Shadows `PhantomData`.
    pub struct PhantomData;
    /// Shadows the prelude's `Drop`.
    pub trait Drop {}
    /// Shadows the prelude's `Unpin`.
    pub trait Unpin {}
    /// Shadows the prelude's `Copy`.
    pub trait Copy {}
    /// Shadows the prelude's `Clone`.
    pub trait Clone {}
    /// Shadows the prelude's `Default`.
    pub trait Default {}
    /// Shadows the prelude's `Into`.
    pub trait Into {}
    /// Shadows the prelude's `From`.
    pub trait From {}
    /// Shadows the prelude's `Sized`.
    pub trait Sized {}
    /// Shadows the primitive `u8`.
    #[allow(non_camel_case_types)]
    pub struct u8;
    /// Shadows the primitive `usize`.
    #[allow(non_camel_case_types)]
    pub struct usize;
    /// Shadows the primitive `bool`.
    #[allow(non_camel_case_types)]
    pub struct bool;
    /// Shadows `core`.
    pub mod core {}
    /// Shadows vouch's hidden module.
    pub mod __private {}
VOUCH_SHADOW    /// Shadows a common seal module name.
    pub mod sealed {}
    /// Shadows a common seal trait name.
    pub trait Sealed {}
}
pub use shadows::*;
";

const ITEMS: &str = r"
/// A record of plain old data.
#[derive(::std::clone::Clone, ::std::marker::Copy, V::Zeroable, V::Pod)]
#[repr(C)]
POD_CRATE
pub struct Record {
    /// A count.
    pub a: ::std::primitive::u32,
    /// Two halves.
    pub b: [::std::primitive::u16; 2],
}

impl Record {
    /// Named like `Zeroable::zeroed`.
    #[must_use]
    pub fn zeroed() -> ::std::primitive::u8 {
        0
    }
}

/// A kind, validated from bytes.
#[derive(::std::clone::Clone, ::std::marker::Copy, V::NoUninit, V::CheckedBitPattern, V::Contiguous)]
#[repr(u8)]
POD_CRATE
pub enum Kind {
    /// The first.
    A = 1,
    /// The second.
    B = 2,
}

impl Kind {
    /// Named like `CheckedBitPattern::is_valid_bit_pattern`.
    #[must_use]
    pub fn is_valid_bit_pattern() -> ::std::primitive::bool {
        false
    }
}

/// A wrapper.
#[derive(V::TransparentWrapper)]
#[repr(transparent)]
POD_CRATE
pub struct Meters(pub ::std::primitive::f64);

/// Reads a record from bytes.
#[must_use]
pub fn read(bytes: &[::std::primitive::u8]) -> ::std::option::Option<Record> {
    V::try_pod_read_unaligned(bytes).ok()
}

/// A future that counts its polls.
#[V::pin_project(project = CountProj PIN_CRATE)]
pub struct Count<F> {
    /// The inner future.
    #[pin]
    pub inner: F,
    /// How often it was polled.
    pub polls: ::std::primitive::u32,
}

impl<F> Count<F> {
    /// Named like a projection method.
    #[must_use]
    pub fn project_mut(&self) -> ::std::primitive::u32 {
        self.polls
    }
}

impl<F: ::std::future::Future> ::std::future::Future for Count<F> {
    type Output = F::Output;

    fn poll(
        self: ::std::pin::Pin<&mut Self>,
        cx: &mut ::std::task::Context<'_>,
    ) -> ::std::task::Poll<F::Output> {
        let CountProj { inner, polls } = self.project();
        *polls += 1;
        inner.poll(cx)
    }
}

/// Runs code when dropped, through `PinnedDrop`.
#[V::pin_project(PinnedDrop PIN_CRATE)]
pub struct Guard {
    /// A value.
    pub n: ::std::primitive::u32,
}

#[V::pinned_drop PINNED_DROP_CRATE]
impl PinnedDrop for Guard {
    fn drop(self: ::std::pin::Pin<&mut Self>) {
        let _ = self;
    }
}

/// A configuration built with a typestate builder.
#[derive(V::Builder)]
BUILDER_CRATE
pub struct Config {
    /// The host.
    pub host: ::std::string::String,
    /// The port.
    pub port: ::std::primitive::u16,
    /// An optional timeout.
    pub timeout: ::std::option::Option<::std::primitive::u32>,
    /// Named like the builder's state.
    pub state: ::std::primitive::u8,
}

/// Builds a configuration.
#[must_use]
pub fn config() -> Config {
    Config::builder()
        .host(::std::string::String::new())
        .port(80)
        .state(1)
        .build()
}

/// A sealed trait.
#[V::sealed(no_implicit_prelude SEALED_CRATE)]
pub trait Shape {
    /// The area.
    fn area(&self) -> ::std::primitive::f64;
}

/// A square.
pub struct Square(pub ::std::primitive::f64);

impl Square {
    /// Named like `Shape::area`, with another type.
    #[must_use]
    pub fn area(&self) -> ::std::primitive::u8 {
        <::std::primitive::u8 as ::std::convert::From<::std::primitive::bool>>::from(self.0 > 0.0)
    }
}

#[V::sealed]
impl Shape for Square {
    fn area(&self) -> ::std::primitive::f64 {
        self.0 * self.0
    }
}

/// Every shape.
#[derive(V::Sealed)]
#[sealed(SHAPE_PATH SEALED_CRATE)]
pub enum AnyShape {
    /// A square.
    Square(Square),
}

macro_rules! define {
    ($record:ident, $future:ident, $config:ident, $field:ident: $ty:ty) => {
        /// A record written by a declarative macro.
        #[derive(::std::clone::Clone, ::std::marker::Copy, V::Zeroable, V::Pod)]
        #[repr(C)]
        POD_CRATE
        pub struct $record {
            /// A field.
            pub $field: $ty,
        }

        /// A future written by a declarative macro.
        #[V::pin_project(project = MacroProj PIN_CRATE)]
        pub struct $future<F> {
            /// The inner future.
            #[pin]
            pub inner: F,
            /// A field.
            pub $field: $ty,
        }

        /// A configuration written by a declarative macro.
        #[derive(V::Builder)]
        BUILDER_CRATE
        pub struct $config {
            /// A field.
            pub $field: $ty,
        }
    };
}

define!(MacroRecord, MacroFuture, MacroConfig, value: ::std::primitive::u32);

/// Builds the macro-written configuration.
#[must_use]
pub fn macro_config() -> MacroConfig {
    MacroConfig::builder().value(1).build()
}

/// The area of any shape, through the delegating impl.
#[must_use]
pub fn area(shape: &AnyShape) -> ::std::primitive::f64 {
    Shape::area(shape)
}
";

fn source(edition: &str, renamed: bool) -> String {
    let (name, krate) = if renamed {
        ("my_vouch", "\"::my_vouch\"")
    } else {
        ("vouch", "\"::vouch\"")
    };
    let mut source = String::from(
        "//! A user crate that makes generated code's life hard.\n\
         #![no_implicit_prelude]\n#![forbid(unsafe_code)]\n#![deny(warnings, missing_docs)]\n",
    );
    if edition == "2015" {
        let _ = writeln!(source, "extern crate {name};");
    }
    let with = |text: &str| {
        if renamed {
            text.to_owned()
        } else {
            String::new()
        }
    };
    // With vouch renamed, a `vouch` at the root is one more trap (in edition
    // 2015 it would clash with `extern crate vouch` otherwise).
    source.push_str(&SHADOWS.replace(
        "VOUCH_SHADOW",
        &with("    /// Shadows the runtime crate's usual name.\n    pub mod vouch {}\n"),
    ));
    let items = ITEMS
        .replace(
            "POD_CRATE\n",
            &with(&format!("#[vouch(crate = {krate})]\n")),
        )
        .replace("PIN_CRATE", &with(&format!(", crate = {krate}")))
        .replace("PINNED_DROP_CRATE", &with(&format!("(crate = {krate})")))
        .replace(
            "BUILDER_CRATE\n",
            &with(&format!("#[builder(crate = {krate})]\n")),
        )
        .replace("SEALED_CRATE", &with(&format!(", crate = {krate}")))
        // Edition 2015 paths are relative to the crate root only with `::`.
        .replace(
            "SHAPE_PATH",
            if edition == "2015" {
                "::Shape"
            } else {
                "Shape"
            },
        )
        .replace("V::", &format!("::{name}::"));
    source.push_str(&items);
    source
}

#[test]
fn hostile_crates_compile_without_warnings() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    let target = support::target_dir();
    let mut failures = Vec::new();
    for edition in ["2015", "2018", "2021", "2024"] {
        for renamed in [false, true] {
            let key = if renamed { "my_vouch" } else { "vouch" };
            let name = format!("hostile-{edition}-{key}");
            let dir = root.join(&name);
            support::write_crate(
                &dir,
                &name,
                edition,
                &support::vouch_dependency(key),
                &source(edition, renamed),
            );
            let outcome = support::cargo(
                &dir,
                &target,
                "clippy",
                &["-D", "warnings", "-D", "clippy::pedantic"],
            );
            if !outcome.success {
                failures.push(format!("--- {name}:\n{}", outcome.stderr));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
