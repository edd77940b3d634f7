struct Slice<'a, T: Clone, const N: usize, U = u8>
where
    U: Copy,
{
    items: &'a [T; N],
    extra: Option<U>,
}
/** Builds a `Slice`: start with `Slice::builder()`, call a setter per field, finish with `.build()`.

 `S` is the builder's state, which fields are set: see `slice_builder::State`.*/
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
struct SliceBuilder<
    'a,
    T: Clone,
    const N: usize,
    U = u8,
    S: slice_builder::State = slice_builder::Empty,
>
where
    U: Copy,
{
    __vouch_state: (
        ::vouch::__private::builder::Stored<&'a [T; N]>,
        ::vouch::__private::core::option::Option<U>,
    ),
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        (fn() -> Slice<'a, T, N, U>, fn() -> S),
    >,
}
/** The state of `SliceBuilder`: `State` says which fields are set, one associated type per field (`Set` or `Unset`), so methods of your own can take and return the builder in any state (`impl<S: State> SliceBuilder<S>`, `where S::Member: IsUnset`, `SliceBuilder<SetMember<S>>`, `S: IsComplete`).

 It also names each field and setter of `SliceBuilder` by a type, as the bounds of its methods and its compile errors name them. A bound `S::Items: Required<items, ..>` reads "the field `items` is set". They are names, never values.*/
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
mod slice_builder {
    pub use ::vouch::builder::{IsSet, IsUnset};
    mod State_is_sealed {
        pub trait Sealed {}
    }
    /// The state of a `SliceBuilder`: for each field with a setter, whether it is set (`Set`) or not (`Unset`). Implemented by `Empty`, the first state, and by `Set<Member><S>`, the state `S` with one more field set.
    pub trait State: State_is_sealed::Sealed {
        /// The state of the field `items`: `Set` or `Unset`.
        type Items;
        /// The state of the field `extra`: `Set` or `Unset`.
        type Extra;
    }
    /// The state of a new builder: no member set.
    pub enum Empty {}
    impl State_is_sealed::Sealed for Empty {}
    #[automatically_derived]
    impl State for Empty {
        type Items = ::vouch::builder::Unset<items>;
        type Extra = ::vouch::builder::Unset<extra>;
    }
    /// The state `S` with the field `items` set: what its setter returns, `SliceBuilder<SetItems<S>>`. `SetItems` alone is the state after that one setter.
    pub struct SetItems<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetItems<S> {}
    #[automatically_derived]
    impl<S: State> State for SetItems<S> {
        type Items = ::vouch::builder::Set<items>;
        type Extra = S::Extra;
    }
    /// The state `S` with the field `extra` set: what its setter returns, `SliceBuilder<SetExtra<S>>`. `SetExtra` alone is the state after that one setter.
    pub struct SetExtra<S = Empty>(
        ::vouch::__private::core::marker::PhantomData<fn() -> S>,
    );
    impl<S> State_is_sealed::Sealed for SetExtra<S> {}
    #[automatically_derived]
    impl<S: State> State for SetExtra<S> {
        type Items = S::Items;
        type Extra = ::vouch::builder::Set<extra>;
    }
    /// A state in which every required field of `SliceBuilder` is set, so its finishing method can be called: `impl<S: IsComplete> SliceBuilder<S>`.
    pub trait IsComplete: State<Items: IsSet> {}
    #[automatically_derived]
    impl<S: State<Items: IsSet>> IsComplete for S {}
    /// The field `items` of `Slice`, set by `SliceBuilder::items()`.
    pub enum items {}
    /// The field `extra` of `Slice`, set by `SliceBuilder::extra()`.
    pub enum extra {}
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
impl<'a, T: Clone, const N: usize, U> Slice<'a, T, N, U>
where
    U: Copy,
{
    /// Starts a builder of `Slice`: call a setter per field, then `.build()`.
    #[inline(always)]
    fn builder() -> SliceBuilder<'a, T, N, U> {
        SliceBuilder {
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
impl<
    'a,
    T: Clone,
    const N: usize,
    U,
    S: slice_builder::State,
> SliceBuilder<'a, T, N, U, S>
where
    U: Copy,
{
    /// Sets `items`.
    #[inline(always)]
    fn items(
        mut self,
        value: &'a [T; N],
    ) -> SliceBuilder<'a, T, N, U, slice_builder::SetItems<S>>
    where
        S::Items: ::vouch::__private::builder::NotSet<
            slice_builder::items,
            slice_builder::items,
            Slice<'a, T, N, U>,
        >,
    {
        self.__vouch_state.0 = ::vouch::__private::builder::Stored::Value(value);
        SliceBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra`.
    #[inline(always)]
    fn extra(mut self, value: U) -> SliceBuilder<'a, T, N, U, slice_builder::SetExtra<S>>
    where
        S::Extra: ::vouch::__private::builder::OptionNotSet<
            slice_builder::extra,
            slice_builder::extra,
            Slice<'a, T, N, U>,
        >,
    {
        self.__vouch_state.1 = ::vouch::__private::core::option::Option::Some(value);
        SliceBuilder {
            __vouch_state: self.__vouch_state,
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra` to `Some(value)` or `None`, as given: `.extra(value)` with an `Option`.
    #[inline(always)]
    fn maybe_extra(
        mut self,
        value: ::vouch::__private::core::option::Option<U>,
    ) -> SliceBuilder<'a, T, N, U, slice_builder::SetExtra<S>>
    where
        S::Extra: ::vouch::__private::builder::OptionNotSet<
            slice_builder::extra,
            slice_builder::extra,
            Slice<'a, T, N, U>,
        >,
    {
        self.__vouch_state.1 = value;
        SliceBuilder {
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
impl<
    'a,
    T: Clone,
    const N: usize,
    U,
    S: slice_builder::State,
> SliceBuilder<'a, T, N, U, S>
where
    U: Copy,
{
    /// Builds the `Slice`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    fn build(self) -> Slice<'a, T, N, U>
    where
        S::Items: ::vouch::__private::builder::Required<
            slice_builder::items,
            slice_builder::items,
            Slice<'a, T, N, U>,
        >,
    {
        let __vouch_field0: &'a [T; N] = ::vouch::__private::builder::take(
            self.__vouch_state.0,
        );
        let __vouch_field1: Option<U> = <Option<
            U,
        > as ::vouch::__private::builder::CoreOption<
            U,
        >>::from_core(self.__vouch_state.1);
        Slice {
            items: __vouch_field0,
            extra: __vouch_field1,
        }
    }
}
