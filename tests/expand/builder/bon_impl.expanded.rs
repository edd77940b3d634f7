pub struct Point {
    x: i32,
    y: i32,
}
impl Point {
    #[doc(hidden)]
    #[allow(clippy::single_call_fn)]
    fn __orig_new(x: i32, y: i32) -> Self {
        Self { x, y }
    }
}
/** Calls `new`: start with `builder()`, call a setter per argument, finish with `.build()`.

 `S` is the builder's state, which arguments are set: see `point_builder::State`.*/
#[must_use = "a builder does nothing until `.build()` is called"]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
#[allow(
    missing_debug_implementations,
    missing_copy_implementations,
    deprecated,
    explicit_outlives_requirements,
)]
pub struct PointBuilder<S: point_builder::State = point_builder::Empty> {
    __vouch_state: (
        ::vouch::__private::builder::Stored<i32>,
        ::vouch::__private::core::option::Option<i32>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<(fn() -> (), fn() -> S)>,
}
/** The state of `PointBuilder`: `State` says which arguments are set, one associated type per argument (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> PointBuilder<S>`, `where S::Member: IsUnset`, `PointBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each argument and setter of `PointBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::X: RequiredArg<x, ..>` reads "the argument `x` is set". They are names, never values.*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
#[allow(
    unreachable_pub,
    unused_imports,
    missing_debug_implementations,
    missing_copy_implementations,
)]
pub mod point_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `PointBuilder`: for each argument with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more argument set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the argument `x`: `Set` or `Unset`.
        type X;
        /// The state of the argument `y`: `Set` or `Unset`.
        type Y;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type X = ::vouch::builder::Unset<x>;
        type Y = ::vouch::builder::Unset<y>;
    }
    /// The state `S` with the argument `x` set: what its setter returns, `PointBuilder<SetX<S>>`. `SetX` alone is the state after that one setter.
    pub struct SetX<S = Empty>(::vouch::__private::core::marker::PhantomData<fn() -> S>);
    impl<S> State_is_sealed::Sealed for SetX<S> {}
    #[automatically_derived]
    impl<S: State> State for SetX<S> {
        type X = ::vouch::builder::Set<x>;
        type Y = S::Y;
    }
    /// The state `S` with the argument `y` set: what its setter returns, `PointBuilder<SetY<S>>`. `SetY` alone is the state after that one setter.
    pub struct SetY<S = Empty>(::vouch::__private::core::marker::PhantomData<fn() -> S>);
    impl<S> State_is_sealed::Sealed for SetY<S> {}
    #[automatically_derived]
    impl<S: State> State for SetY<S> {
        type X = S::X;
        type Y = ::vouch::builder::Set<y>;
    }
    /// A state in which every required argument of `PointBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> PointBuilder<S>`.
    pub trait IsComplete: State<X: IsSet> {}
    #[automatically_derived]
    impl<S: State<X: IsSet>> IsComplete for S {}
    /// The argument `x` of `new`, set by `PointBuilder::x()`.
    pub enum x {}
    /// The argument `y` of `new`, set by `PointBuilder::y()`.
    pub enum y {}
    /// The function `new`, called by `PointBuilder`.
    pub enum new {}
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl Point {
    /// A point.
    #[inline(always)]
    pub fn builder() -> PointBuilder {
        PointBuilder {
            __vouch_state: (
                ::vouch::__private::builder::Stored::Empty,
                ::vouch::__private::core::option::Option::None,
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl<S: point_builder::State> PointBuilder<S> {
    /// Sets `x`.
    #[inline(always)]
    pub fn x(mut self, value: i32) -> PointBuilder<point_builder::SetX<S>>
    where
        S::X: ::vouch::__private::builder::ArgNotSet<
            point_builder::x,
            point_builder::x,
            point_builder::new,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(value);
        PointBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `y`.
    #[inline(always)]
    pub fn y(mut self, value: i32) -> PointBuilder<point_builder::SetY<S>>
    where
        S::Y: ::vouch::__private::builder::OptionArgNotSet<
            point_builder::y,
            point_builder::y,
            point_builder::new,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::core::option::Option::Some(value);
        PointBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `y` to `Some(value)` or `None`, as given: `.y(value)` with an `Option`.
    #[inline(always)]
    pub fn maybe_y(
        mut self,
        value: ::vouch::__private::core::option::Option<i32>,
    ) -> PointBuilder<point_builder::SetY<S>>
    where
        S::Y: ::vouch::__private::builder::OptionArgNotSet<
            point_builder::y,
            point_builder::y,
            point_builder::new,
        >,
    {
        self.__vouch_state.1 = value;
        PointBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
}
#[automatically_derived]
#[allow(
    non_camel_case_types,
    non_snake_case,
    unused_qualifications,
    unreachable_code,
    dead_code,
    deprecated,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
    clippy::suspicious,
)]
impl<S: point_builder::State> PointBuilder<S> {
    /// Calls `new` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    pub fn build(self) -> Point
    where
        S::X: ::vouch::__private::builder::RequiredArg<
            point_builder::x,
            point_builder::x,
            point_builder::new,
        >,
    {
        let __vouch_field0: i32 = ::vouch::__private::builder::take(
            self.__vouch_state.0,
        );
        let __vouch_field1: i32 = match self.__vouch_state.1 {
            ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                __vouch_value
            }
            ::vouch::__private::core::option::Option::None => {
                <i32 as ::vouch::__private::core::default::Default>::default()
            }
        };
        <Point>::__orig_new(__vouch_field0, __vouch_field1)
    }
}
