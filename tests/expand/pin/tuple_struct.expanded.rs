use vouch::pin_project;
struct TupleStruct<T, U>(T, U);
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
const _: () = {
    ///Projection of a pinned `&mut TupleStruct`, returned by `TupleStruct::project`: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
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
        explicit_outlives_requirements,
        missing_debug_implementations,
        missing_copy_implementations,
        variant_size_differences,
    )]
    struct __TupleStructProjection<'pin, T, U>(
        ::vouch::__private::core::pin::Pin<&'pin mut T>,
        &'pin mut U,
    )
    where
        TupleStruct<T, U>: 'pin;
    ///Projection of a pinned `&TupleStruct`, returned by `TupleStruct::project_ref`: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
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
        explicit_outlives_requirements,
        missing_debug_implementations,
        missing_copy_implementations,
        variant_size_differences,
    )]
    struct __TupleStructProjectionRef<'pin, T, U>(
        ::vouch::__private::core::pin::Pin<&'pin T>,
        &'pin U,
    )
    where
        TupleStruct<T, U>: 'pin;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        unused_qualifications,
        unreachable_code,
        dead_code,
        single_use_lifetimes,
        clippy::pedantic,
        clippy::nursery,
        clippy::restriction,
        clippy::style,
        clippy::complexity,
    )]
    #[allow(deprecated)]
    const _: () = {
        trait TupleStructMustNotImplDropUsePinnedDropInstead {}
        #[allow(drop_bounds)]
        impl<
            __VouchAny: ?::vouch::__private::core::marker::Sized
                + ::vouch::__private::core::ops::Drop,
        > TupleStructMustNotImplDropUsePinnedDropInstead for __VouchAny {}
        #[automatically_derived]
        #[allow(deprecated)]
        impl<T, U> TupleStructMustNotImplDropUsePinnedDropInstead for TupleStruct<T, U> {}
        use ::vouch::__private::core::marker::Unpin as Unpin;
        ///`TupleStruct` is `Unpin` when each of its `#[pin]` fields is.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'pin, T, U> Unpin for TupleStruct<T, U>
        where
            ::vouch::__private::pin::Pinned<'pin, T>: Unpin,
        {}
        #[allow(unreachable_patterns, unused_variables)]
        fn __vouch_pin_guard<T, U>(
            this: &mut TupleStruct<T, U>,
            this_type: ::vouch::__private::pin::Invariant<TupleStruct<T, U>>,
        ) {
            match this {
                TupleStruct { 0: __vouch_0, 1: __vouch_1 } => {
                    let _ = {
                        fn expected<T, U>(
                            _: ::vouch::__private::pin::Invariant<TupleStruct<T, U>>,
                        ) -> ::vouch::__private::pin::Invariant<T> {
                            ::vouch::__private::core::marker::PhantomData
                        }
                        let __vouch_0 = ::vouch::__private::pin::type_of(__vouch_0);
                        let _ = [expected(this_type), __vouch_0];
                    };
                }
            }
        }
        impl<T, U> TupleStruct<T, U> {
            ///Projects a pinned `&mut TupleStruct` to its fields: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
            #[inline]
            fn project<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin mut Self>,
            ) -> __TupleStructProjection<'pin, T, U> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_unchecked_mut(self) {
                        Self { 0: __vouch_0, 1: __vouch_1 } => {
                            __TupleStructProjection {
                                0: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                1: __vouch_1,
                            }
                        }
                    }
                }
            }
            ///Projects a pinned `&TupleStruct` to its fields: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
            #[inline]
            fn project_ref<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin Self>,
            ) -> __TupleStructProjectionRef<'pin, T, U> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_ref(self) {
                        Self { 0: __vouch_0, 1: __vouch_1 } => {
                            __TupleStructProjectionRef {
                                0: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                1: __vouch_1,
                            }
                        }
                    }
                }
            }
        }
    };
};
fn main() {}
