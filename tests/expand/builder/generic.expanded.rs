struct Slice<'a, T: Clone, const N: usize, U = u8>
where
    U: Copy,
{
    items: &'a [T; N],
    extra: Option<U>,
}
/** Builds a `Slice`: start with `Slice::builder()`, call a setter per field, finish with `.build()`.

 The type parameter after the struct's own is the builder's state: which fields are set so far.*/
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
)]
#[allow(missing_debug_implementations, missing_copy_implementations, deprecated)]
struct SliceBuilder<
    'a,
    T: Clone,
    const N: usize,
    U = u8,
    __VouchState
        = (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
>
where
    U: Copy,
{
    __vouch_state: __VouchState,
    __vouch_type: ::vouch::__private::core::marker::PhantomData<
        fn() -> Slice<'a, T, N, U>,
    >,
}
#[allow(deprecated)]
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
)]
const _: () = {
    #[doc(hidden)]
    pub mod __vouch_fields {
        #[doc(hidden)]
        pub struct items {}
        #[doc(hidden)]
        pub struct extra {}
    }
    #[automatically_derived]
    impl<'a, T: Clone, const N: usize, U> Slice<'a, T, N, U>
    where
        U: Copy,
    {
        /// Starts a builder of `Slice`: call a setter per field, then `.build()`.
        #[inline(always)]
        fn builder() -> SliceBuilder<
            'a,
            T,
            N,
            U,
            (::vouch::__private::builder::Unset, ::vouch::__private::builder::Unset),
        > {
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
    impl<
        'a,
        T: Clone,
        const N: usize,
        U,
        __S_items,
        __S_extra,
    > SliceBuilder<'a, T, N, U, (__S_items, __S_extra)>
    where
        U: Copy,
    {
        /// Sets `items`.
        #[inline(always)]
        fn items(
            self,
            value: &'a [T; N],
        ) -> SliceBuilder<
            'a,
            T,
            N,
            U,
            (::vouch::__private::builder::Set<&'a [T; N]>, __S_extra),
        >
        where
            __S_items: ::vouch::__private::builder::NotSet<
                __vouch_fields::items,
                __vouch_fields::items,
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
                __S_items,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<U>,
                >,
            ),
        >
        where
            __S_extra: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::extra,
                __vouch_fields::extra,
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
                __S_items,
                ::vouch::__private::builder::Set<
                    ::vouch::__private::core::option::Option<U>,
                >,
            ),
        >
        where
            __S_extra: ::vouch::__private::builder::OptionNotSet<
                __vouch_fields::extra,
                __vouch_fields::extra,
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
    impl<
        'a,
        T: Clone,
        const N: usize,
        U,
        __S_items,
        __S_extra,
    > SliceBuilder<'a, T, N, U, (__S_items, __S_extra)>
    where
        U: Copy,
    {
        /// Builds the `Slice`. Exists once every required field is set.
        #[inline(always)]
        #[must_use]
        fn build(self) -> Slice<'a, T, N, U>
        where
            __S_items: ::vouch::__private::builder::Required<
                __vouch_fields::items,
                __vouch_fields::items,
                Slice<'a, T, N, U>,
                &'a [T; N],
            >,
            __S_extra: ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<U>,
            >,
        {
            ::vouch::__private::builder::assert_core_option::<Option<U>>();
            let (__vouch_slot0, __vouch_slot1) = self.__vouch_state;
            let __vouch_field0: &'a [T; N] = <__S_items as ::vouch::__private::builder::Required<
                __vouch_fields::items,
                __vouch_fields::items,
                Slice<'a, T, N, U>,
                &'a [T; N],
            >>::take(__vouch_slot0);
            let __vouch_field1: Option<U> = match <__S_extra as ::vouch::__private::builder::Optional<
                ::vouch::__private::core::option::Option<U>,
            >>::into_option(__vouch_slot1) {
                ::vouch::__private::core::option::Option::Some(__vouch_value) => {
                    __vouch_value
                }
                ::vouch::__private::core::option::Option::None => {
                    ::vouch::__private::core::option::Option::None
                }
            };
            Slice {
                items: __vouch_field0,
                extra: __vouch_field1,
            }
        }
    }
};
