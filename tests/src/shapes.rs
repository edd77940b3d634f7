//! The shapes the other modules leave out, for every macro.
//!
//! `#[deprecated]` items and fields, private items, items written by
//! `macro_rules!`, and generics with `where` clauses: generated code must not
//! warn about any of them (say, by naming a deprecated item or field, or by
//! making a private item's helpers public).

/// Deprecated items and fields of builder and sealed.
pub mod deprecated {
    /// A deprecated configuration with a deprecated field.
    #[deprecated = "a test of deprecated items"]
    #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Builder)]
    pub struct OldConfig {
        /// A deprecated field.
        #[deprecated = "a test of deprecated fields"]
        pub old: u8,
        /// A deprecated optional field.
        #[deprecated = "a test of deprecated fields"]
        pub maybe: ::core::option::Option<u8>,
        /// A deprecated field with a default.
        #[deprecated = "a test of deprecated fields"]
        #[builder(default)]
        pub defaulted: u8,
    }

    /// A deprecated sealed trait.
    #[deprecated = "a test of deprecated items"]
    #[::vouch::sealed(no_implicit_prelude)]
    pub trait OldShape {
        /// A deprecated method.
        #[deprecated = "a test of deprecated methods"]
        fn sides(&self) -> u32;
    }

    /// A figure.
    #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
    pub struct Line;

    #[expect(deprecated, reason = "implements a deprecated trait on purpose")]
    #[::vouch::sealed]
    impl OldShape for Line {
        fn sides(&self) -> u32 {
            1
        }
    }

    /// A closed hierarchy over a deprecated sealed trait, with a deprecated
    /// variant.
    #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Sealed)]
    #[sealed(OldShape)]
    pub enum AnyOld {
        /// A line.
        #[deprecated = "a test of deprecated variants"]
        Line(Line),
    }
}

/// Deprecated items and fields of pod and pin.
pub mod deprecated_pod_pin {
    /// A deprecated record of plain old data with a deprecated field.
    #[deprecated = "a test of deprecated items"]
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::vouch::Zeroable,
        ::vouch::Pod,
    )]
    #[repr(C)]
    pub struct OldRecord {
        /// A deprecated field.
        #[deprecated = "a test of deprecated fields"]
        pub old: u32,
        /// A field.
        pub new: u32,
    }

    /// A deprecated enum, checked from bytes.
    #[deprecated = "a test of deprecated items"]
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::vouch::NoUninit,
        ::vouch::CheckedBitPattern,
        ::vouch::Contiguous,
    )]
    #[repr(u16)]
    pub enum OldKind {
        /// A deprecated variant.
        #[deprecated = "a test of deprecated variants"]
        First = 1,
        /// A variant.
        Second = 2,
    }

    /// A deprecated future with a deprecated pinned field.
    #[deprecated = "a test of deprecated items"]
    #[::vouch::pin_project(project = OldProj)]
    #[derive(::core::fmt::Debug)]
    pub struct OldFuture<F> {
        /// A deprecated pinned field.
        #[deprecated = "a test of deprecated fields"]
        #[pin]
        pub inner: F,
        /// A deprecated field.
        #[deprecated = "a test of deprecated fields"]
        pub count: u32,
    }
}

/// Private items: nothing generated for them may be public or unused.
pub mod private {
    /// A private record.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::vouch::Zeroable,
        ::vouch::Pod,
    )]
    #[repr(C)]
    struct Hidden {
        /// A field.
        value: u32,
    }

    /// A private future.
    #[::vouch::pin_project(project = HiddenProj)]
    #[derive(::core::fmt::Debug)]
    struct HiddenFuture<F> {
        /// The inner future.
        #[pin]
        inner: F,
    }

    /// A private configuration.
    #[derive(::core::fmt::Debug, ::vouch::Builder)]
    struct HiddenConfig {
        /// A field.
        value: u8,
    }

    /// A crate-private sealed trait.
    #[::vouch::sealed(no_implicit_prelude)]
    pub(crate) trait HiddenShape {
        /// The value.
        fn value(&self) -> u8;
    }

    #[::vouch::sealed]
    impl HiddenShape for HiddenConfig {
        fn value(&self) -> u8 {
            self.value
        }
    }

    /// Uses every private item, so none is dead.
    #[must_use]
    pub fn use_all() -> u32 {
        let hidden: Hidden = ::vouch::Zeroable::zeroed();
        let config = HiddenConfig::builder().value(2).build();
        let future = HiddenFuture { inner: () };
        let pinned = ::core::pin::pin!(future);
        let HiddenProj { inner } = pinned.project();
        let () = *inner;
        hidden
            .value
            .wrapping_add(::core::convert::From::from(config.value()))
    }
}

/// Items written by a declarative macro, so the tokens the macros see come
/// from `macro_rules!` (with its own hygiene) rather than from the source.
pub mod declarative {
    /// Writes one item for every macro, named by the caller.
    macro_rules! items {
        ($record:ident, $future:ident, $config:ident, $shape:ident, $any:ident, $field:ident: $ty:ty) => {
            /// A record written by a declarative macro.
            #[derive(
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::marker::Copy,
                ::vouch::Zeroable,
                ::vouch::Pod,
            )]
            #[repr(C)]
            pub struct $record {
                /// A field.
                pub $field: $ty,
            }

            /// A future written by a declarative macro.
            #[::vouch::pin_project]
            #[derive(::core::fmt::Debug)]
            pub struct $future<F> {
                /// The inner future.
                #[pin]
                pub inner: F,
                /// A field.
                pub $field: $ty,
            }

            /// A configuration written by a declarative macro.
            #[derive(
                ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Builder,
            )]
            pub struct $config {
                /// A field.
                pub $field: $ty,
            }

            /// A sealed trait written by a declarative macro.
            #[::vouch::sealed(no_implicit_prelude)]
            pub trait $shape {
                /// The field.
                fn $field(&self) -> $ty;
            }

            #[::vouch::sealed]
            impl $shape for $config {
                fn $field(&self) -> $ty {
                    self.$field
                }
            }

            /// A closed hierarchy written by a declarative macro.
            #[derive(
                ::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::vouch::Sealed,
            )]
            #[sealed($shape)]
            pub enum $any {
                /// A configuration.
                Config($config),
            }
        };
    }

    items!(Record, Future, Config, Shape, AnyShape, value: u32);

    /// Builds the macro-written configuration.
    #[must_use]
    pub fn config() -> u32 {
        Shape::value(&Config::builder().value(1).build())
    }
}

/// Generics with bounds in `where` clauses, defaults and lifetimes.
pub mod generic {
    /// A pinned future over borrowed data.
    pub mod pinned {
        /// A generic future with a lifetime, a bound in a `where` clause and a
        /// default type.
        #[::vouch::pin_project(project = BorrowProj)]
        #[derive(::core::fmt::Debug)]
        pub struct Borrow<'data, F, T = u8>
        where
            T: ::core::fmt::Debug,
        {
            /// The inner future.
            #[pin]
            pub inner: F,
            /// Borrowed data.
            pub data: &'data [T],
        }
    }

    /// A generic record with its bounds in a `where` clause.
    #[derive(
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::vouch::Zeroable,
        ::vouch::Pod,
    )]
    #[repr(C)]
    pub struct Pair<T>
    where
        T: ::vouch::Pod,
    {
        /// First.
        pub first: T,
        /// Second.
        pub second: T,
    }

    /// A generic configuration with a lifetime and a `where` clause.
    #[derive(::core::fmt::Debug, ::vouch::Builder)]
    pub struct Query<'text, T>
    where
        T: ::core::clone::Clone + ::core::fmt::Debug,
    {
        /// The text.
        pub text: &'text str,
        /// A value.
        pub value: T,
        /// An optional limit.
        pub limit: ::core::option::Option<T>,
    }

    /// Builds a query.
    #[must_use]
    pub fn query(text: &str) -> Query<'_, u8> {
        Query::builder().text(text).value(1).build()
    }

    /// A generic sealed trait with a `where` clause.
    #[::vouch::sealed(no_implicit_prelude)]
    pub trait Convert<T>
    where
        T: ::core::marker::Copy,
    {
        /// Converts.
        fn convert(&self) -> T;
    }

    #[::vouch::sealed]
    impl<T> Convert<T> for Pair<T>
    where
        T: ::vouch::Pod,
    {
        fn convert(&self) -> T {
            self.first
        }
    }
}
