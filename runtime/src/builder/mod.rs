//! The builder capability: the state types of `#[derive(vouch::Builder)]`,
//! `#[vouch::builder] fn` and `#[vouch::bon]` builders.
//!
//! A builder carries its state in one type parameter, last among its
//! parameters: which members are set so far. As in bon, each builder has a
//! state module next to it, named after it in snake case
//! (`endpoint_builder` for `EndpointBuilder`), holding:
//!
//! - `State`, the trait of its states, with one associated type per member
//!   that has a setter, named after the member in camel case (`S::Host`):
//!   [`Unset`] until its setter is called, then [`Set`];
//! - `Empty`, the state of a new builder, and `SetHost<S>`, the state `S`
//!   with `host` set: what the setter `host()` returns;
//! - `IsComplete`, implemented by the states in which every required member
//!   is set, and the re-exports [`IsSet`] and [`IsUnset`].
//!
//! The states hold no values. The builder stores its values in one field
//! whose type depends only on the struct's generics, never on the state:
//! a tuple with one entry per member, empty while the member is unset (an
//! `Option` member or one with a default stores its own `Option`, `None`
//! meaning "not given"; another member, an internal `repr(u8)` enum). A
//! setter moves the tuple, stores one value and returns the builder in its
//! next state; `build()` takes the values out. The state is what makes
//! that safe: `build()` exists only when every required member's state is
//! [`Set`], so its entry holds a value, and release builds remove the
//! check. A state never names a member's type. (Code of the defining
//! module that assembles a builder by hand from its private fields can
//! pair a `Set` state with no value: `build()` then panics, nothing worse;
//! the builder has no `unsafe` code.)
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
//! let half: EndpointBuilder<endpoint_builder::SetHost> = Endpoint::builder().host("a");
//! # let _ = half;
//! ```
//!
//! # Methods of your own
//!
//! The state module lets you add methods to a builder that work in any
//! state, as bon's typestate API does: bound the state by `State`, require
//! a member unset before calling its setter, or take a complete builder.
//!
//! ```
//! #[derive(vouch::Builder)]
//! struct Endpoint {
//!     host: String,
//!     port: Option<u16>,
//! }
//!
//! use endpoint_builder::{IsComplete, IsUnset, SetHost, State};
//!
//! impl<S: State> EndpointBuilder<S> {
//!     fn localhost(self) -> EndpointBuilder<SetHost<S>>
//!     where
//!         S::Host: IsUnset,
//!     {
//!         self.host("localhost".to_owned())
//!     }
//! }
//!
//! impl<S: IsComplete> EndpointBuilder<S> {
//!     fn url(self) -> String {
//!         let endpoint = self.build();
//!         format!("{}:{}", endpoint.host, endpoint.port.unwrap_or(80))
//!     }
//! }
//!
//! assert_eq!(Endpoint::builder().port(8080).localhost().url(), "localhost:8080");
//! ```
//!
//! # Reading a builder's methods
//!
//! The rules "a setter runs once" and "`build()` needs every required
//! field" are bounds on the builder's methods, written with the traits of
//! this module. The state module also holds one uninhabited type per field
//! and per setter, named exactly like it. They are names, not values:
//! `S::Host: Required<host, host, Endpoint>` reads "the field `host` of
//! `Endpoint`, set by the setter `host`, is set", and a compile error about
//! a field names it the same way. Each of these traits is implemented for
//! every [`IsSet`] (or [`IsUnset`]) state, so a method of your own that
//! requires `S::Host: IsUnset` may call the setter `host()`.
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

// `inline(always)`: the helpers generated code calls are a match on an
// `Option` whose `None` arm the optimizer removes, so a builder costs what
// a literal costs in release builds.
#![allow(clippy::inline_always)]

use core::fmt;
use core::marker::PhantomData;

/// The state of a member whose setter has not been called yet. `Name` is
/// the type named like the member in the builder's state module
/// (`config_builder::host`), so a compile error about the state names the
/// member.
///
/// Required members cannot be built from an `Unset` state; optional and
/// defaulted members take their default value.
pub struct Unset<Name>(PhantomData<fn() -> Name>);

/// The state of a member whose setter has been called. `Name` is as for
/// [`Unset`].
pub struct Set<Name>(PhantomData<fn() -> Name>);

mod sealed {
    /// Only [`Set`](super::Set) and [`Unset`](super::Unset) are slot states.
    pub trait Sealed {}
    impl<Name> Sealed for super::Unset<Name> {}
    impl<Name> Sealed for super::Set<Name> {}
}

/// The state of one member of a builder, [`Set`] or [`Unset`]. Each
/// builder's `State` trait has one associated type per member, always one
/// of the two (the trait is sealed). It holds no value and stores none: the
/// builder keeps its values in `Option`s whose type does not depend on the
/// state.
pub trait Slot: sealed::Sealed {}

impl<Name> Slot for Unset<Name> {}

impl<Name> Slot for Set<Name> {}

/// A member whose setter has been called: only [`Set`] implements it. A
/// method of your own takes the builder with a member set by the bound
/// `S::Port: IsSet`.
#[diagnostic::on_unimplemented(
    message = "`{Self}`: the member is not set",
    label = "the member is not set here",
    note = "call its setter first, or require `S::Member: IsSet` of the state `S`"
)]
pub trait IsSet: Slot {}

impl<Name> IsSet for Set<Name> {}

/// A member whose setter has not been called yet: only [`Unset`]
/// implements it. A method of your own that calls a setter puts
/// `S::Port: IsUnset` on the state `S`, as the setter does.
#[diagnostic::on_unimplemented(
    message = "`{Self}`: the member is already set",
    label = "the member is already set here",
    note = "set it once, or require `S::Member: IsUnset` of the state `S`"
)]
pub trait IsUnset: Slot {}

impl<Name> IsUnset for Unset<Name> {}

/// The bound `build()` puts on the state of each required field: the field
/// is set. Every [`IsSet`] state implements it.
///
/// `Field` and `Setter` are the types named like the field and its setter
/// that the derive generates next to the builder, and `Struct` is the
/// struct being built; they are there so that a missing field is reported
/// by name: "field `port` of `Config` is not set".
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is not set",
    label = "`{Field}` is required",
    note = "call its setter `{Setter}` before this call"
)]
pub trait Required<Field, Setter, Struct>: IsSet {}

impl<X: IsSet, Field, Setter, Struct> Required<Field, Setter, Struct> for X {}

/// The bound each setter puts on its field's state: the field is still
/// unset, so a second call of a setter is an error that names the field.
/// Every [`IsUnset`] state implements it. The parameters are those of
/// [`Required`].
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is already set",
    label = "`{Field}` was set by an earlier call",
    note = "each field is set once: keep one call of its setter `{Setter}`; in a method of your own generic over the builder's state, require `IsUnset` of the field's state"
)]
pub trait NotSet<Field, Setter, Struct>: IsUnset {}

impl<X: IsUnset, Field, Setter, Struct> NotSet<Field, Setter, Struct> for X {}

/// [`NotSet`] for an `Option` field, which two setters fill: `port(value)`
/// and `maybe_port(option)`.
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is already set",
    label = "`{Field}` was set by an earlier call",
    note = "each field is set once: keep one call of its setter `{Setter}` or of its `maybe_` twin; in a method of your own generic over the builder's state, require `IsUnset` of the field's state"
)]
pub trait OptionNotSet<Field, Setter, Struct>: IsUnset {}

impl<X: IsUnset, Field, Setter, Struct> OptionNotSet<Field, Setter, Struct> for X {}

/// The bound of a member's getter (`#[builder(getter)]`): it is set.
/// `Field` and `Struct` name the member and what the builder builds, for
/// the message when it is not.
#[diagnostic::on_unimplemented(
    message = "`{Field}` of `{Struct}` is not set yet, and its getter reads it",
    label = "`{Field}` is not set yet",
    note = "call its setter before its getter"
)]
pub trait Get<Field, Struct>: IsSet {}

impl<X: IsSet, Field, Struct> Get<Field, Struct> for X {}

/// [`Required`] for an argument of a function builder
/// (`#[vouch::builder] fn`, `#[builder]` in a `#[vouch::bon]` impl): the
/// bound `call()` puts on the state of each required argument. `Function`
/// is the type named like the function, in the state module next to its
/// builder.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is not set",
    label = "`{Arg}` is required",
    note = "call its setter `{Setter}` before this call"
)]
pub trait RequiredArg<Arg, Setter, Function>: IsSet {}

impl<X: IsSet, Arg, Setter, Function> RequiredArg<Arg, Setter, Function> for X {}

/// [`NotSet`] for an argument of a function builder.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is already set",
    label = "`{Arg}` was set by an earlier call",
    note = "each argument is set once: keep one call of its setter `{Setter}`; in a method of your own generic over the builder's state, require `IsUnset` of the argument's state"
)]
pub trait ArgNotSet<Arg, Setter, Function>: IsUnset {}

impl<X: IsUnset, Arg, Setter, Function> ArgNotSet<Arg, Setter, Function> for X {}

/// [`OptionNotSet`] for an argument of a function builder that may stay
/// unset.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is already set",
    label = "`{Arg}` was set by an earlier call",
    note = "each argument is set once: keep one call of its setter `{Setter}` or of its `maybe_` twin; in a method of your own generic over the builder's state, require `IsUnset` of the argument's state"
)]
pub trait OptionArgNotSet<Arg, Setter, Function>: IsUnset {}

impl<X: IsUnset, Arg, Setter, Function> OptionArgNotSet<Arg, Setter, Function> for X {}

/// The bound a conversion method of `#[builder(generics(setters(..)))]`
/// puts on the state of each field whose type names the type parameter it
/// changes: the field is still unset, since a value cannot change its
/// type. Every [`IsUnset`] state implements it. `Method` is the type named
/// like the conversion method in the builder's state module; `Field` and
/// `Struct` are as for [`Required`].
#[diagnostic::on_unimplemented(
    message = "field `{Field}` of `{Struct}` is already set, and `{Method}` would change its type",
    label = "`{Field}` was set by an earlier call",
    note = "a value cannot change its type: call `{Method}` before the setter of `{Field}`; in a method of your own generic over the builder's state, require `IsUnset` of the field's state"
)]
pub trait Convertible<Field, Method, Struct>: IsUnset {}

impl<X: IsUnset, Field, Method, Struct> Convertible<Field, Method, Struct> for X {}

/// [`Convertible`] for an argument of a function builder.
#[diagnostic::on_unimplemented(
    message = "argument `{Arg}` of `{Function}` is already set, and `{Method}` would change its type",
    label = "`{Arg}` was set by an earlier call",
    note = "a value cannot change its type: call `{Method}` before the setter of `{Arg}`; in a method of your own generic over the builder's state, require `IsUnset` of the argument's state"
)]
pub trait ConvertibleArg<Arg, Method, Function>: IsUnset {}

impl<X: IsUnset, Arg, Method, Function> ConvertibleArg<Arg, Method, Function> for X {}

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

/// What a builder stores for one member of type `T`: an `Option<T>` (a
/// member that may stay unset, whose setters store its own `Option`), or
/// an internal type for a member whose state says whether it is set. The
/// traits for `derive(Clone)` and `derive(Debug)` read a member through it.
pub trait Storage: Sized {
    /// The member's value, when it holds one.
    type Value;

    /// The storage of a member that is not set.
    fn empty() -> Self;

    /// The storage of a member set to `value`.
    fn full(value: Self::Value) -> Self;

    /// The value, when there is one.
    fn value(&self) -> Option<&Self::Value>;
}

impl<T> Storage for Option<T> {
    type Value = T;

    #[inline(always)]
    fn empty() -> Self {
        None
    }

    #[inline(always)]
    fn full(value: T) -> Self {
        Some(value)
    }

    #[inline(always)]
    fn value(&self) -> Option<&T> {
        self.as_ref()
    }
}

impl<T> Storage for __private::Stored<T> {
    type Value = T;

    #[inline(always)]
    fn empty() -> Self {
        __private::Stored::Empty
    }

    #[inline(always)]
    fn full(value: T) -> Self {
        __private::Stored::Value(value)
    }

    #[inline(always)]
    fn value(&self) -> Option<&T> {
        match self {
            __private::Stored::Value(value) => Some(value),
            __private::Stored::Empty => None,
        }
    }
}

/// How a member appears in the `Debug` output of a builder with
/// `#[builder(derive(Debug))]`: a set member shows its value, an unset one
/// (or an `Option` one set to `None`) is left out. `T` is the value the
/// builder stores for the member; only a set member needs `T: Debug`.
pub trait DebugSlot<T>: Slot {
    /// Adds the member, named `name`, to `out` when it holds a value.
    fn debug_slot<V: Storage<Value = T>>(slot: &V, name: &str, out: &mut fmt::DebugStruct<'_, '_>);
}

impl<T, Name> DebugSlot<T> for Unset<Name> {
    #[inline]
    fn debug_slot<V: Storage<Value = T>>(_: &V, _: &str, _: &mut fmt::DebugStruct<'_, '_>) {}
}

impl<T: fmt::Debug, Name> DebugSlot<T> for Set<Name> {
    #[inline]
    fn debug_slot<V: Storage<Value = T>>(slot: &V, name: &str, out: &mut fmt::DebugStruct<'_, '_>) {
        if let Some(value) = slot.value() {
            out.field(name, value);
        }
    }
}

/// [`DebugSlot`] for an `Option<T>` member with a default, which the
/// builder stores as the `Option` it was set to: a set member shows the
/// value it was set to, one unset or set to `None` is left out.
pub trait DebugOptionSlot<T>: Slot {
    /// Adds the member, named `name`, to `out` when it holds a value.
    fn debug_slot<V: Storage<Value = Option<T>>>(
        slot: &V,
        name: &str,
        out: &mut fmt::DebugStruct<'_, '_>,
    );
}

impl<T, Name> DebugOptionSlot<T> for Unset<Name> {
    #[inline]
    fn debug_slot<V: Storage<Value = Option<T>>>(_: &V, _: &str, _: &mut fmt::DebugStruct<'_, '_>) {
    }
}

impl<T: fmt::Debug, Name> DebugOptionSlot<T> for Set<Name> {
    #[inline]
    fn debug_slot<V: Storage<Value = Option<T>>>(
        slot: &V,
        name: &str,
        out: &mut fmt::DebugStruct<'_, '_>,
    ) {
        if let Some(Some(value)) = slot.value() {
            out.field(name, value);
        }
    }
}

/// How a builder with `#[builder(derive(Clone))]` clones a member: an
/// unset one has nothing to clone, a set one needs `T: Clone` (`T` is the
/// value the builder stores for the member).
pub trait CloneSlot<T>: Slot {
    /// A clone of what the builder stores for the member.
    fn clone_slot<V: Storage<Value = T>>(slot: &V) -> V;
}

impl<T, Name> CloneSlot<T> for Unset<Name> {
    #[inline(always)]
    fn clone_slot<V: Storage<Value = T>>(_: &V) -> V {
        V::empty()
    }
}

impl<T: Clone, Name> CloneSlot<T> for Set<Name> {
    #[inline(always)]
    fn clone_slot<V: Storage<Value = T>>(slot: &V) -> V {
        match slot.value() {
            Some(value) => V::full(value.clone()),
            None => V::empty(),
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
        ArgNotSet, CloneSlot, Convertible, ConvertibleArg, CoreOption, DebugOptionSlot, DebugSlot,
        Get, IsSet, IsUnset, NotSet, OptionArgNotSet, OptionNotSet, Required, RequiredArg, Set,
        Slot, Storage, Unset,
    };

    /// Renames the function it is on, after the attribute macros before it.
    #[cfg(feature = "derive")]
    pub use vouch_macros::rename_fn;

    /// What a builder stores for a member whose state says whether it is
    /// set (a required member, an `Option` member with a default): `Value`
    /// once its setter ran, `Empty` before.
    ///
    /// Not an `Option`: a `repr(u8)` enum has its own tag, never a niche
    /// in the value, so the tag `take` matches on is the constant its setter
    /// wrote, and the optimizer removes the `Empty` arm. (An
    /// `Option<String>` keeps its tag in the string's capacity, which the
    /// optimizer cannot prove valid for a string it was handed, so a check
    /// would stay in release builds.)
    #[repr(u8)]
    pub enum Stored<T> {
        /// Not set.
        Empty,
        /// Set to this value.
        Value(T),
    }

    // Why `take` and `get` cannot be reached with `Empty`, and why it would
    // not matter if they were. A builder's values sit in one private field,
    // a tuple with one `Option` or `Stored` per member, empty until its
    // setter stores a value; the generated code calls `take`/`get` (or, in
    // the `const fn` finishing method of `#[builder(const)]`, matches with
    // `unset` as the `Empty` arm) only on the `Stored` of a member whose
    // state the method's where-clause requires to be `Set` (`build()`,
    // `call()`, a getter), and only a setter
    // makes a state `Set`, in the same move that stores the value. Safe code
    // cannot change a state without a setter: the state is a type
    // parameter, and the only other way to a builder in another state is a
    // struct literal of its private fields, which only code in the defining
    // module can write. Such code can pair a `Set` state with an `Empty`
    // value; then `build()` reaches `unset()` and panics with the message
    // below. That is the worst case: a panic, never undefined behaviour,
    // because nothing here is `unsafe` (no `unwrap_unchecked`, no
    // `MaybeUninit`), and no other code relies on the value being there.

    /// The value of a member whose state is [`Set`].
    #[inline(always)]
    pub fn take<T>(slot: Stored<T>) -> T {
        match slot {
            Stored::Value(value) => value,
            Stored::Empty => unset(),
        }
    }

    /// [`take`] by reference, for getters. A `const fn`, for the getters of
    /// a `#[builder(const)]` builder. (`take` cannot be one: a `const fn`
    /// may not drop a `Stored<T>` of any `T`, so such a builder's finishing
    /// method matches on the slot itself and calls [`unset`].)
    #[inline(always)]
    pub const fn get<T>(slot: &Stored<T>) -> &T {
        match slot {
            Stored::Value(value) => value,
            Stored::Empty => unset(),
        }
    }

    /// Stores `value` in the slot of a member whose state is [`Unset`], in
    /// the `const fn` setters of `#[builder(const)]`: an assignment drops
    /// the value it replaces, which a `const fn` may not do for a slot of
    /// any type. What is replaced is nothing (`Empty`, or `None`: the state
    /// says so, see the comment above [`take`]), so forgetting it leaks
    /// nothing; a builder assembled by hand could at worst leak a value.
    #[inline(always)]
    pub const fn put<V>(slot: &mut V, value: V) {
        core::mem::forget(core::mem::replace(slot, value));
    }

    /// The branch the typestate makes unreachable (see the comment above
    /// [`take`]): a builder whose state says a member is set holds no value for
    /// it, which only a builder assembled by hand from its private fields can
    /// do. A `const fn`, which a `#[builder(const)]` builder calls.
    #[cold]
    #[inline(never)]
    pub const fn unset() -> ! {
        panic!(
            "vouch builder: a member marked set by the builder's state holds no value; \
             only a builder assembled by hand from its private fields can get here"
        )
    }
}
