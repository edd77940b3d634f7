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
//!
//! # Reading a builder's methods
//!
//! The rules "a setter runs once" and "`build()` needs every required
//! field" are bounds on the builder's methods, written with the traits of
//! this module. Next to each builder the derive adds a module named after
//! it in snake case (`endpoint_builder` for `EndpointBuilder`), holding one
//! uninhabited type per field and per setter, named exactly like it. They
//! are names, not values: `Host: Required<host, host, Endpoint, &str>`
//! reads "the slot `Host` holds the field `host` of `Endpoint`, set by the
//! setter `host`", and a compile error about a field names it the same way.
//!
//! ```
//! #[derive(vouch::Builder)]
//! pub struct Endpoint {
//!     host: &'static str,
//! }
//!
//! // The field `host` of `Endpoint`, as named in bounds and errors:
//! fn takes_a_name(_: Option<endpoint_builder::host>) {}
//! # takes_a_name(None);
//! ```

// `inline(always)`: the slot operations are moves and constant
// `None`/`Some`s that must disappear even in debug builds, so a builder
// costs what a literal costs.
#![allow(clippy::inline_always)]

use core::fmt;

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

/// The bound `build()` puts on the slot of each required field: the slot
/// holds the field's value. Only [`Set`] implements it.
///
/// `Field` and `Setter` are the types named like the field and its setter
/// that the derive generates next to the builder, `Struct` is the struct
/// being built, and `T` the field's type; they are there so that a missing
/// field is reported by name: "field `port` of `Config` is not set".
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is not set",
    label = "`{Field}` is required",
    note = "call its setter `{Setter}` before this call"
)]
pub trait Required<Field, Setter, Struct, T>: sealed::Sealed {
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

/// The bound each setter puts on its field's slot: the slot is still
/// empty, so a second call of a setter is an error that names the field.
/// Only [`Unset`] implements it. The parameters are those of [`Required`].
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is already set",
    label = "`{Field}` was set by an earlier call",
    note = "each field is set once: keep one call of its setter `{Setter}`"
)]
pub trait NotSet<Field, Setter, Struct>: sealed::Sealed {}

#[diagnostic::do_not_recommend]
impl<Field, Setter, Struct> NotSet<Field, Setter, Struct> for Unset {}

/// [`NotSet`] for an `Option` field, which two setters fill: `port(value)`
/// and `maybe_port(option)`.
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is already set",
    label = "`{Field}` was set by an earlier call",
    note = "each field is set once: keep one call of its setter `{Setter}` or of its `maybe_` twin"
)]
pub trait OptionNotSet<Field, Setter, Struct>: sealed::Sealed {}

#[diagnostic::do_not_recommend]
impl<Field, Setter, Struct> OptionNotSet<Field, Setter, Struct> for Unset {}

/// The bound of a member's getter (`#[builder(getter)]`): its slot is set.
/// `Field` and `Struct` name the member and what the builder builds, for
/// the message when it is not.
#[diagnostic::on_unimplemented(
    message = "`{Field}` of `{Struct}` is not set yet, and its getter reads it",
    label = "`{Field}` is not set yet",
    note = "call its setter before its getter"
)]
pub trait Get<Field, Struct, T>: sealed::Sealed {
    /// The value in the slot.
    fn get(&self) -> &T;
}

#[diagnostic::do_not_recommend]
impl<Field, Struct, T> Get<Field, Struct, T> for Set<T> {
    #[inline(always)]
    fn get(&self) -> &T {
        &self.0
    }
}

/// [`Required`] for an argument of a function builder
/// (`#[vouch::builder] fn`, `#[builder]` in a `#[vouch::bon]` impl): the
/// bound `call()` puts on the slot of each required argument. `Function`
/// is the type named like the function, in the module of names next to its
/// builder.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is not set",
    label = "`{Arg}` is required",
    note = "call its setter `{Setter}` before this call"
)]
pub trait RequiredArg<Arg, Setter, Function, T>: sealed::Sealed {
    /// Takes the value out of the slot.
    fn take(self) -> T;
}

#[diagnostic::do_not_recommend]
impl<Arg, Setter, Function, T> RequiredArg<Arg, Setter, Function, T> for Set<T> {
    #[inline(always)]
    fn take(self) -> T {
        self.0
    }
}

/// [`NotSet`] for an argument of a function builder.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is already set",
    label = "`{Arg}` was set by an earlier call",
    note = "each argument is set once: keep one call of its setter `{Setter}`"
)]
pub trait ArgNotSet<Arg, Setter, Function>: sealed::Sealed {}

#[diagnostic::do_not_recommend]
impl<Arg, Setter, Function> ArgNotSet<Arg, Setter, Function> for Unset {}

/// [`OptionNotSet`] for an argument of a function builder that may stay
/// unset.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is already set",
    label = "`{Arg}` was set by an earlier call",
    note = "each argument is set once: keep one call of its setter `{Setter}` or of its `maybe_` twin"
)]
pub trait OptionArgNotSet<Arg, Setter, Function>: sealed::Sealed {}

#[diagnostic::do_not_recommend]
impl<Arg, Setter, Function> OptionArgNotSet<Arg, Setter, Function> for Unset {}

/// The bound `build()` puts on the slot of an optional or defaulted field:
/// either state will do, an unset slot takes the default. `T` is what the
/// slot holds (`Option<u16>` for a field `port: Option<u16>`).
pub trait Optional<T>: sealed::Sealed {
    /// `Some(value)` for a set slot, `None` for an unset one. Resolved per
    /// state at compile time, so after inlining no branch is left.
    fn into_option(self) -> Option<T>;
}

impl<T> Optional<T> for Unset {
    #[inline(always)]
    fn into_option(self) -> Option<T> {
        None
    }
}

impl<T> Optional<T> for Set<T> {
    #[inline(always)]
    fn into_option(self) -> Option<T> {
        Some(self.0)
    }
}

/// Implemented by `core::option::Option` only: the derive tells an
/// optional field by its spelling, `Option<T>`, and `build()` passes the
/// field's value through this trait, so a type of the user's own named
/// `Option` is reported with what to write instead of a type mismatch.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not `core::option::Option`, but a field whose type is spelled `Option<..>` is optional",
    label = "a type named `Option` that is not core's",
    note = "to make it a required field of this type, write `#[builder(required)]` on the field"
)]
pub trait CoreOption<T>: Sized {
    /// The value itself.
    fn from_core(value: Option<T>) -> Self;
}

impl<T> CoreOption<T> for Option<T> {
    #[inline(always)]
    fn from_core(value: Option<T>) -> Self {
        value
    }
}

/// How a slot appears in the `Debug` output of a builder with
/// `#[builder(derive(Debug))]`: a set slot shows its value, an unset one is
/// left out.
pub trait DebugSlot: sealed::Sealed {
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

/// [`DebugSlot`] for a member that may stay unset (an `Option` field, a
/// field with a default), whose slot stores an `Option`: a set slot shows
/// the value it was set to, one unset or set to `None` is left out.
pub trait DebugOptionSlot: sealed::Sealed {
    /// Adds the slot, named `name`, to `out` when it holds a value.
    fn debug_slot(&self, name: &str, out: &mut fmt::DebugStruct<'_, '_>);
}

impl DebugOptionSlot for Unset {
    #[inline]
    fn debug_slot(&self, _: &str, _: &mut fmt::DebugStruct<'_, '_>) {}
}

impl<T: fmt::Debug> DebugOptionSlot for Set<Option<T>> {
    #[inline]
    fn debug_slot(&self, name: &str, out: &mut fmt::DebugStruct<'_, '_>) {
        if let Some(value) = &self.0 {
            out.field(name, value);
        }
    }
}

/// Evaluates the `#[cfg]`s on a function builder's arguments for
/// `#[vouch::builder]` (or on those of the builder methods of a
/// `#[vouch::bon]` block), one predicate per round, then calls the macro
/// again with the answers. Not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __vouch_builder_cfg {
    ([($($pred:tt)*) $($rest:tt)*] [$($done:tt)*] $entry:ident $args:tt { $($item:tt)* }) => {
        #[cfg($($pred)*)]
        $crate::__vouch_builder_cfg! { [$($rest)*] [$($done)* true,] $entry $args { $($item)* } }
        #[cfg(not($($pred)*))]
        $crate::__vouch_builder_cfg! { [$($rest)*] [$($done)* false,] $entry $args { $($item)* } }
    };
    ([] [$($done:tt)*] builder ($($args:tt)*) { $($item:tt)* }) => {
        #[$crate::builder(__cfgs = [$($done)*], $($args)*)]
        $($item)*
    };
    ([] [$($done:tt)*] bon ($($args:tt)*) { $($item:tt)* }) => {
        #[$crate::bon(__cfgs = [$($done)*], $($args)*)]
        $($item)*
    };
}

/// Items that only generated code names, re-exported as
/// `vouch::__private::builder`.
#[doc(hidden)]
pub mod __private {
    pub use super::{
        ArgNotSet, CoreOption, DebugOptionSlot, DebugSlot, Get, NotSet, OptionArgNotSet,
        OptionNotSet, Optional, Required, RequiredArg, Set, Unset,
    };

    /// Stores a setter's value in its slot.
    #[inline(always)]
    #[must_use]
    pub const fn set<T>(value: T) -> Set<T> {
        Set(value)
    }
}
