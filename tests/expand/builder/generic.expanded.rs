struct Slice<'a, T: Clone, const N: usize, U = u8>
where
    U: Copy,
{
    items: &'a [T; N],
    extra: Option<U>,
}
/** Builds a `Slice`: start with `Slice::builder()`, call a setter per field, finish with `.build()`.

 `State` is the builder's state: a tuple with one slot per field that has a setter, `Unset` until the setter is called, then `Set<T>` holding the value.*/
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
    State = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
>
where
    U: Copy,
{
    __vouch_state: State,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        fn() -> Slice<'a, T, N, U>,
    >,
}
/// The names of the fields and setters of `SliceBuilder`, as the bounds of its methods and its compile errors name them: `Items: Required<items, ..>` reads "the slot `Items` holds the field `items`". They are names, never values.
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
mod slice_builder {
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
impl<
    'a,
    T: Clone,
    const N: usize,
    U,
    Items,
    Extra,
> SliceBuilder<'a, T, N, U, (Items, Extra)>
where
    U: Copy,
{
    /// Sets `items`.
    #[inline(always)]
    fn items(
        self,
        value: &'a [T; N],
    ) -> SliceBuilder<'a, T, N, U, (::vouch::__private::builder::Set<&'a [T; N]>, Extra)>
    where
        Items: ::vouch::__private::builder::NotSet<
            slice_builder::items,
            slice_builder::items,
            Slice<'a, T, N, U>,
        >,
    {
        let (_, __vouch_slot1) = self.__vouch_state;
        SliceBuilder {
            __vouch_state: (::vouch::__private::builder::set(value), __vouch_slot1),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra`.
    #[inline(always)]
    fn extra(
        self,
        value: U,
    ) -> SliceBuilder<
        'a,
        T,
        N,
        U,
        (
            Items,
            ::vouch::__private::builder::Set<::vouch::__private::core::option::Option<U>>,
        ),
    >
    where
        Extra: ::vouch::__private::builder::OptionNotSet<
            slice_builder::extra,
            slice_builder::extra,
            Slice<'a, T, N, U>,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        SliceBuilder {
            __vouch_state: (
                __vouch_slot0,
                ::vouch::__private::builder::set(
                    ::vouch::__private::core::option::Option::Some(value),
                ),
            ),
            __vouch_type: ::vouch::__private::core::marker::PhantomData,
        }
    }
    /// Sets `extra` to `Some(value)` or `None`, as given: `.extra(value)` with an `Option`.
    #[inline(always)]
    fn maybe_extra(
        self,
        value: ::vouch::__private::core::option::Option<U>,
    ) -> SliceBuilder<
        'a,
        T,
        N,
        U,
        (
            Items,
            ::vouch::__private::builder::Set<::vouch::__private::core::option::Option<U>>,
        ),
    >
    where
        Extra: ::vouch::__private::builder::OptionNotSet<
            slice_builder::extra,
            slice_builder::extra,
            Slice<'a, T, N, U>,
        >,
    {
        let (__vouch_slot0, _) = self.__vouch_state;
        SliceBuilder {
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
impl<
    'a,
    T: Clone,
    const N: usize,
    U,
    Items,
    Extra,
> SliceBuilder<'a, T, N, U, (Items, Extra)>
where
    U: Copy,
{
    /// Builds the `Slice`. Exists once every required field is set.
    #[inline(always)]
    #[must_use]
    fn build(self) -> Slice<'a, T, N, U>
    where
        Items: ::vouch::__private::builder::Required<
            slice_builder::items,
            slice_builder::items,
            Slice<'a, T, N, U>,
            &'a [T; N],
        >,
        Extra: ::vouch::__private::builder::Optional<
            ::vouch::__private::core::option::Option<U>,
        >,
    {
        let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
        let __vouch_field0: &'a [T; N] = <Items as ::vouch::__private::builder::Required<
            slice_builder::items,
            slice_builder::items,
            Slice<'a, T, N, U>,
            &'a [T; N],
        >>::take(__vouch_slot0);
        let __vouch_field1: Option<U> = <Option<
            U,
        > as ::vouch::__private::builder::CoreOption<
            U,
        >>::from_core(
            match <Extra as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<U>,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            },
        );
        Slice {
            items: __vouch_field0,
            extra: __vouch_field1,
        }
    }
}
