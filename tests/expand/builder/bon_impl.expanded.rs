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

 `State` is the builder's state: a tuple with one slot per argument that has a setter, `Unset` until the setter is called, then `Set<T>` holding the value.*/
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
pub struct PointBuilder<
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
> {
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<fn() -> ()>,
}
/// The names of the arguments and setters of `PointBuilder`, as the bounds of its methods and its compile errors name them: `X: RequiredArg<x, ..>` reads "the slot `X` holds the argument `x`". They are names, never values.
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
#[allow(unreachable_pub, missing_debug_implementations, missing_copy_implementations)]
pub mod point_builder {
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
                ::vouch::__private::builder::Unset,
                ::vouch::__private::builder::Unset,
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
impl<X, Y> PointBuilder<(X, Y)> {
    /// Sets `x`.
    #[inline(always)]
    pub fn x(
        self,
        value: i32,
    ) -> PointBuilder<(::vouch::__private::builder::Set<i32>, Y)>
    where
        X: ::vouch::__private::builder::ArgNotSet<
            point_builder::x,
            point_builder::x,
            point_builder::new,
        >,
    {
        let (_, __vouch_slot1) = self.__vouch_state;
        PointBuilder {
            __vouch_state: (::vouch::__private::builder::set(value), __vouch_slot1),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `y`.
    #[inline(always)]
    pub fn y(
        self,
        value: i32,
    ) -> PointBuilder<
        (
            X,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<i32>,
            >,
        ),
    >
    where
        Y: ::vouch::__private::builder::OptionArgNotSet<
            point_builder::y,
            point_builder::y,
            point_builder::new,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        PointBuilder {
            __vouch_state: (
                __vouch_slot0,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `y` to `Some(value)` or `None`, as given: `.y(value)` with an `Option`.
    #[inline(always)]
    pub fn maybe_y(
        self,
        value: ::vouch::__private::core::option::Option<i32>,
    ) -> PointBuilder<
        (
            X,
            ::vouch::__private::builder::Set<
                ::vouch::__private::core::option::Option<i32>,
            >,
        ),
    >
    where
        Y: ::vouch::__private::builder::OptionArgNotSet<
            point_builder::y,
            point_builder::y,
            point_builder::new,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        PointBuilder {
            __vouch_state: (__vouch_slot0, ::vouch::__private::builder::set(value)),
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
impl<X, Y> PointBuilder<(X, Y)> {
    /// Calls `new` with the arguments set. Exists once every required argument is set.
    #[inline(always)]
    pub fn build(self) -> Point
    where
        X: ::vouch::__private::builder::RequiredArg<
            point_builder::x,
            point_builder::x,
            point_builder::new,
            i32,
        >,
        Y: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<i32>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let __vouch_field0: i32 = <X as ::vouch::__private::builder::RequiredArg<
            point_builder::x,
            point_builder::x,
            point_builder::new,
            i32,
        >>::take(__vouch_slot0);
        let __vouch_field1: i32 = match ::vouch::__private::core::option::Option::flatten(
            <Y as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<i32>,
            >>::into_option(__vouch_slot1),
        ) {
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
