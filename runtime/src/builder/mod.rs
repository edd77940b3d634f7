//! The builder capability: the state types of `#[derive(vouch::Builder)]`.
//!
//! A derived builder carries its state in one type parameter: a tuple with
//! one slot per field that has a setter, in declaration order. Each slot is
//! [`Unset`] until its setter is called, then [`Set<T>`] holding the value.
//! The values live in the slots themselves, so `build()` moves them into the
//! struct with no `Option` checked at run time: a builder is exactly as big
//! as the values set so far, and `build()` compiles to a struct literal.
//!
//! ```
//! #[derive(vouch::Builder)]
//! struct Endpoint {
//!     host: &'static str,
//!     port: Option<u16>,
//! }
//!
//! let endpoint = Endpoint::builder().host("example.com").port(8080).build();
//! assert_eq!((endpoint.host, endpoint.port), ("example.com", Some(8080)));
//!
//! // The state is visible in the builder's type, if you ever need to name it:
//! let half: EndpointBuilder<(vouch::Set<&str>, vouch::Unset)> = Endpoint::builder().host("a");
//! # let _ = half;
//! ```

/// The state of a builder slot whose setter has not been called yet.
///
/// Required fields cannot be built from an `Unset` slot; optional and
/// defaulted fields take their default value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Unset;

/// The state of a builder slot whose setter has been called: it holds the
/// value. Only the setters of a derived builder create one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Set<T>(T);

mod sealed {
    /// Only [`Set`](super::Set) and [`Unset`](super::Unset) are slot states.
    pub trait Sealed {}
    impl Sealed for super::Unset {}
    impl<T> Sealed for super::Set<T> {}
}

/// Items that only generated code names, re-exported as
/// `vouch::__private::builder`.
#[doc(hidden)]
// `inline(always)`: these are moves and constant `None`/`Some`s that must
// disappear even in debug builds, so a builder costs what a literal costs.
#[allow(clippy::inline_always)]
pub mod __private {
    pub use super::{Set, Unset};
    use core::fmt;

    /// "The slot of field `Field` of `Struct` is set": the bound of
    /// `build()` per required field. `Field` is a unit type generated per
    /// field and named like it, so the message reads with the field's name.
    /// (The message lives here because `#[diagnostic]` attributes cannot be
    /// named from a crate with `#![no_implicit_prelude]`.)
    #[diagnostic::on_unimplemented(
        message = "field `{Field}` of `{Struct}` is not set",
        label = "`{Field}` is required",
        note = "call `.{Setter}(...)` before this call"
    )]
    pub trait Required<Field, Setter, Struct, T> {
        /// Takes the value out of the slot.
        fn take(self) -> T;
    }

    #[diagnostic::do_not_recommend]
    impl<Field, Setter, Struct, T> Required<Field, Setter, Struct, T> for Set<T> {
        #[inline(always)]
        fn take(self) -> T {
            self.0
        }
    }

    /// "The slot of field `Field` of `Struct` is still unset": the bound of
    /// each setter, so a second call is an error naming the field.
    #[diagnostic::on_unimplemented(
        message = "field `{Field}` of `{Struct}` is already set",
        label = "`{Field}` was set by an earlier call",
        note = "each field is set once: keep only one of the `.{Setter}(...)` calls"
    )]
    pub trait NotSet<Field, Setter, Struct> {}

    #[diagnostic::do_not_recommend]
    impl<Field, Setter, Struct> NotSet<Field, Setter, Struct> for Unset {}

    /// [`NotSet`] for an `Option` field, whose slot two setters fill.
    #[diagnostic::on_unimplemented(
        message = "field `{Field}` of `{Struct}` is already set",
        label = "`{Field}` was set by an earlier call",
        note = "each field is set once: keep only one of the `.{Setter}(...)` / `.maybe_{Setter}(...)` calls"
    )]
    pub trait OptionNotSet<Field, Setter, Struct> {}

    #[diagnostic::do_not_recommend]
    impl<Field, Setter, Struct> OptionNotSet<Field, Setter, Struct> for Unset {}

    /// Implemented by `core::option::Option` only. The derive tells an
    /// optional field by its spelling, `Option<T>`; `build()` asserts the
    /// spelling names core's type, so a type of the user's own named
    /// `Option` gets this message instead of a type mismatch inside the
    /// derive.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not `core::option::Option`, but a field whose type is spelled `Option<..>` is optional",
        label = "a type named `Option` that is not core's",
        note = "to make it a required field of this type, write `#[builder(required)]` on the field"
    )]
    pub trait CoreOption {}

    impl<T> CoreOption for core::option::Option<T> {}

    /// Compiles only for a `core::option::Option`; see [`CoreOption`].
    #[inline(always)]
    pub const fn assert_core_option<T: CoreOption>() {}

    /// Stores a setter's value in its slot.
    #[inline(always)]
    #[must_use]
    pub const fn set<T>(value: T) -> Set<T> {
        Set(value)
    }

    /// A slot of an optional or defaulted field: either state may be built.
    /// `into_option` is resolved per state at compile time, so after
    /// inlining no branch is left.
    pub trait Optional<T>: super::sealed::Sealed {
        /// `Some(value)` for a set slot, `None` for an unset one.
        fn into_option(self) -> core::option::Option<T>;
    }

    impl<T> Optional<T> for Unset {
        #[inline(always)]
        fn into_option(self) -> core::option::Option<T> {
            core::option::Option::None
        }
    }

    impl<T> Optional<T> for Set<T> {
        #[inline(always)]
        fn into_option(self) -> core::option::Option<T> {
            core::option::Option::Some(self.0)
        }
    }

    /// How a slot appears in a builder's `Debug` output: a set slot shows
    /// its value, an unset one is left out.
    pub trait DebugSlot: super::sealed::Sealed {
        /// Adds the slot, named `name`, to `out` when it is set.
        fn debug_slot(&self, name: &str, out: &mut fmt::DebugStruct<'_, '_>);
    }

    impl DebugSlot for Unset {
        #[inline]
        fn debug_slot(&self, _: &str, _: &mut fmt::DebugStruct<'_, '_>) {}
    }

    impl<T: fmt::Debug> DebugSlot for Set<T> {
        #[inline]
        fn debug_slot(&self, name: &str, out: &mut fmt::DebugStruct<'_, '_>) {
            out.field(name, &self.0);
        }
    }
}
