trait Shape {
    type Unit;
}
#[builder(generics(setters = "conv_{}"))]
struct Measure<'a, T: Shape, U>
where
    Vec<T>: Default,
{
    name: &'a str,
    size: T::Unit,
    extra: Option<U>,
}
/** Builds a `Measure`: start with `Measure::builder()`, call a setter per field, finish with `.build()`.

 `S` is the builder's state, which fields are set: see `measure_builder::State`.*/
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
struct MeasureBuilder<
    'a,
    T: Shape,
    U,
    S: measure_builder::State = measure_builder::Empty,
>
where
    Vec<T>: Default,
{
    __vouch_state: (
        ::vouch::__private::builder::Stored<&'a str>,
        ::vouch::__private::builder::Stored<T::Unit>,
        ::vouch::__private::core::option::Option<U>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> Measure<'a, T, U>, fn() -> S),
    >,
}
/** The state of `MeasureBuilder`: `State` says which fields are set, one associated type per field (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> MeasureBuilder<S>`, `where S::Member: IsUnset`, `MeasureBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each field and setter of `MeasureBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Name: Required<name, ..>` reads "the field `name` is set". They are names, never values.*/
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
mod measure_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `MeasureBuilder`: for each field with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more field set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the field `name`: `Set` or `Unset`.
        type Name;
        /// The state of the field `size`: `Set` or `Unset`.
        type Size;
        /// The state of the field `extra`: `Set` or `Unset`.
        type Extra;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Name = ::vouch::builder::Unset<name>;
        type Size = ::vouch::builder::Unset<size>;
        type Extra = ::vouch::builder::Unset<extra>;
    }
    /// The state `S` with the field `name` set: what its setter returns, `MeasureBuilder<SetName<S>>`. `SetName` alone is the state after that one setter.
    pub struct SetName<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetName<S> {}
    #[automatically_derived]
    impl<S: State> State for SetName<S> {
        type Name = ::vouch::builder::Set<name>;
        type Size = S::Size;
        type Extra = S::Extra;
    }
    /// The state `S` with the field `size` set: what its setter returns, `MeasureBuilder<SetSize<S>>`. `SetSize` alone is the state after that one setter.
    pub struct SetSize<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetSize<S> {}
    #[automatically_derived]
    impl<S: State> State for SetSize<S> {
        type Name = S::Name;
        type Size = ::vouch::builder::Set<size>;
        type Extra = S::Extra;
    }
    /// The state `S` with the field `extra` set: what its setter returns, `MeasureBuilder<SetExtra<S>>`. `SetExtra` alone is the state after that one setter.
    pub struct SetExtra<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetExtra<S> {}
    #[automatically_derived]
    impl<S: State> State for SetExtra<S> {
        type Name = S::Name;
        type Size = S::Size;
        type Extra = ::vouch::builder::Set<extra>;
    }
    /// A state in which every required field of `MeasureBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> MeasureBuilder<S>`.
    pub trait IsComplete: State<Name: IsSet, Size: IsSet> {}
    #[automatically_derived]
    impl<S: State<Name: IsSet, Size: IsSet>> IsComplete for S {}
    /// The field `name` of `Measure`, set by `MeasureBuilder::name()`.
    pub enum name {}
    /// The field `size` of `Measure`, set by `MeasureBuilder::size()`.
    pub enum size {}
    /// The field `extra` of `Measure`, set by `MeasureBuilder::extra()`.
    pub enum extra {}
    /// The method `MeasureBuilder::conv_t()`, which changes the type parameter `T`.
    pub enum conv_t {}
    /// The method `MeasureBuilder::conv_u()`, which changes the type parameter `U`.
    pub enum conv_u {}
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
impl<'a, T: Shape, U> Measure<'a, T, U>
where
    Vec<T>: Default,
{
    /// Starts a builder of `Measure`: call a setter per field, then `.build()`.
    #[inline(always)]
    fn builder() -> MeasureBuilder<'a, T, U> {
        MeasureBuilder {
            __vouch_state: (
                ::vouch::__private::builder::Stored::Empty,
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
impl<'a, T: Shape, U, S: measure_builder::State> MeasureBuilder<'a, T, U, S>
where
    Vec<T>: Default,
{
    /// Sets `name`.
    #[inline(always)]
    fn name(
        mut self,
        value: &'a str,
    ) -> MeasureBuilder<'a, T, U, measure_builder::SetName<S>>
    where
        S::Name: ::vouch::__private::builder::NotSet<
            measure_builder::name,
            measure_builder::name,
            Measure<'a, T, U>,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(value);
        MeasureBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `size`.
    #[inline(always)]
    fn size(
        mut self,
        value: T::Unit,
    ) -> MeasureBuilder<'a, T, U, measure_builder::SetSize<S>>
    where
        S::Size: ::vouch::__private::builder::NotSet<
            measure_builder::size,
            measure_builder::size,
            Measure<'a, T, U>,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::builder::Stored::Value(value);
        MeasureBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra`.
    #[inline(always)]
    fn extra(
        mut self,
        value: U,
    ) -> MeasureBuilder<'a, T, U, measure_builder::SetExtra<S>>
    where
        S::Extra: ::vouch::__private::builder::OptionNotSet<
            measure_builder::extra,
            measure_builder::extra,
            Measure<'a, T, U>,
        >,
    {
        self.__vouch_state.2 = ::vouch::__private::core::option::Option::Some(value);
        MeasureBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra` to `Some(value)` or `None`, as given: `.extra(value)` with an `Option`.
    #[inline(always)]
    fn maybe_extra(
        mut self,
        value: ::vouch::__private::core::option::Option<U>,
    ) -> MeasureBuilder<'a, T, U, measure_builder::SetExtra<S>>
    where
        S::Extra: ::vouch::__private::builder::OptionNotSet<
            measure_builder::extra,
            measure_builder::extra,
            Measure<'a, T, U>,
        >,
    {
        self.__vouch_state.2 = value;
        MeasureBuilder {
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
impl<'a, T: Shape, U, S: measure_builder::State> MeasureBuilder<'a, T, U, S>
where
    Vec<T>: Default,
{
    /// Changes the builder's type parameter `T` to `NewT`, while every field whose type names `T` is unset: `size`.
    #[inline(always)]
    fn conv_t<NewT: Shape>(self) -> MeasureBuilder<'a, NewT, U, S>
    where
        S::Size: ::vouch::__private::builder::Convertible<
            measure_builder::size,
            measure_builder::conv_t,
            Measure<'a, T, U>,
        >,
        Vec<NewT>: Default,
    {
        MeasureBuilder {
            __vouch_state: (
                self.__vouch_state.0,
                ::vouch::__private::builder::Stored::Empty,
                self.__vouch_state.2,
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Changes the builder's type parameter `U` to `NewU`, while every field whose type names `U` is unset: `extra`.
    #[inline(always)]
    fn conv_u<NewU>(self) -> MeasureBuilder<'a, T, NewU, S>
    where
        S::Extra: ::vouch::__private::builder::Convertible<
            measure_builder::extra,
            measure_builder::conv_u,
            Measure<'a, T, U>,
        >,
    {
        MeasureBuilder {
            __vouch_state: (
                self.__vouch_state.0,
                self.__vouch_state.1,
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
impl<'a, T: Shape, U, S: measure_builder::State> MeasureBuilder<'a, T, U, S>
where
    Vec<T>: Default,
{
    /// Builds the `Measure`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    fn build(self) -> Measure<'a, T, U>
    where
        S::Name: ::vouch::__private::builder::Required<
            measure_builder::name,
            measure_builder::name,
            Measure<'a, T, U>,
        >,
        S::Size: ::vouch::__private::builder::Required<
            measure_builder::size,
            measure_builder::size,
            Measure<'a, T, U>,
        >,
    {
        let __vouch_field0: &'a str = ::vouch::__private::builder::take(
            self.__vouch_state.0,
        );
        let __vouch_field1: T::Unit = ::vouch::__private::builder::take(
            self.__vouch_state.1,
        );
        let __vouch_field2: Option<U> = <Option<
            U,
        > as ::vouch::__private::builder::CoreOption<
            U,
        >>::from_core(self.__vouch_state.2);
        Measure {
            name: __vouch_field0,
            size: __vouch_field1,
            extra: __vouch_field2,
        }
    }
}
