use vouch::pin_project;
enum Enum<T, U> {
    Struct { pinned: T, unpinned: U },
    Tuple(T, U),
    Unit,
}
///Projection of a pinned `&mut Enum`, returned by `Enum::project`: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
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
enum EnumProj<'pin, T, U>
where
    Enum<T, U>: 'pin,
{
    Struct {
        pinned: ::vouch::__private::core::pin::Pin<&'pin mut T>,
        unpinned: &'pin mut U,
    },
    Tuple(::vouch::__private::core::pin::Pin<&'pin mut T>, &'pin mut U),
    Unit,
}
///Projection of a pinned `&Enum`, returned by `Enum::project_ref`: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
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
enum EnumRef<'pin, T, U>
where
    Enum<T, U>: 'pin,
{
    Struct { pinned: ::vouch::__private::core::pin::Pin<&'pin T>, unpinned: &'pin U },
    Tuple(::vouch::__private::core::pin::Pin<&'pin T>, &'pin U),
    Unit,
}
///What `Enum::project_replace` returns of the replaced value: its unpinned fields by value, its `#[pin]` fields (dropped in place) as `PhantomData`.
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
enum EnumOwn<T, U> {
    Struct { pinned: ::vouch::__private::core::marker::PhantomData<T>, unpinned: U },
    Tuple(::vouch::__private::core::marker::PhantomData<T>, U),
    Unit,
}
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
        trait EnumMustNotImplDropUsePinnedDropInstead {}
        #[allow(drop_bounds)]
        impl<
            __VouchAny: ?::vouch::__private::core::marker::Sized
                + ::vouch::__private::core::ops::Drop,
        > EnumMustNotImplDropUsePinnedDropInstead for __VouchAny {}
        #[automatically_derived]
        #[allow(deprecated)]
        impl<T, U> EnumMustNotImplDropUsePinnedDropInstead for Enum<T, U> {}
        use ::vouch::__private::core::marker::Unpin as Unpin;
        ///`Enum` is `Unpin` when each of its `#[pin]` fields is.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'pin, T, U> Unpin for Enum<T, U>
        where
            ::vouch::__private::pin::Pinned<'pin, T>: Unpin,
            ::vouch::__private::pin::Pinned<'pin, T>: Unpin,
        {}
        #[allow(unreachable_patterns, unused_variables)]
        fn __vouch_pin_guard<T, U>(
            this: &mut Enum<T, U>,
            this_type: ::vouch::__private::pin::Invariant<Enum<T, U>>,
        ) {
            match this {
                Enum::Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                    let _ = {
                        fn expected<T, U>(
                            _: ::vouch::__private::pin::Invariant<Enum<T, U>>,
                        ) -> ::vouch::__private::pin::Invariant<T> {
                            ::vouch::__private::core::marker::PhantomData
                        }
                        let __vouch_0 = ::vouch::__private::pin::type_of(__vouch_0);
                        let _ = [expected(this_type), __vouch_0];
                    };
                }
                Enum::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                    let _ = {
                        fn expected<T, U>(
                            _: ::vouch::__private::pin::Invariant<Enum<T, U>>,
                        ) -> ::vouch::__private::pin::Invariant<T> {
                            ::vouch::__private::core::marker::PhantomData
                        }
                        let __vouch_0 = ::vouch::__private::pin::type_of(__vouch_0);
                        let _ = [expected(this_type), __vouch_0];
                    };
                }
                Enum::Unit {} => {}
            }
        }
        impl<T, U> Enum<T, U> {
            ///Projects a pinned `&mut Enum` to its fields: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
            #[inline]
            fn project<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin mut Self>,
            ) -> EnumProj<'pin, T, U> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_unchecked_mut(self) {
                        Self::Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                            EnumProj::Struct {
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                unpinned: __vouch_1,
                            }
                        }
                        Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                            EnumProj::Tuple {
                                0: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                1: __vouch_1,
                            }
                        }
                        Self::Unit {} => EnumProj::Unit {},
                    }
                }
            }
            ///Projects a pinned `&Enum` to its fields: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
            #[inline]
            fn project_ref<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin Self>,
            ) -> EnumRef<'pin, T, U> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_ref(self) {
                        Self::Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                            EnumRef::Struct {
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                unpinned: __vouch_1,
                            }
                        }
                        Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                            EnumRef::Tuple {
                                0: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                                1: __vouch_1,
                            }
                        }
                        Self::Unit {} => EnumRef::Unit {},
                    }
                }
            }
            ///Replaces the pinned `Enum` with `replacement` and returns the old value's unpinned fields by value. Its `#[pin]` fields are dropped in place (they never move) and come back as `PhantomData`.
            #[inline]
            fn project_replace(
                self: ::vouch::__private::core::pin::Pin<&mut Self>,
                replacement: Self,
            ) -> EnumOwn<T, U> {
                unsafe {
                    let this: *mut Self = ::vouch::__private::core::pin::Pin::get_unchecked_mut(
                        self,
                    );
                    let overwrite = ::vouch::__private::pin::UnsafeOverwriteGuard::new(
                        this,
                        replacement,
                    );
                    let result = match &mut *this {
                        Self::Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                            let result = EnumOwn::Struct {
                                pinned: ::vouch::__private::core::marker::PhantomData,
                                unpinned: ::vouch::__private::core::ptr::read(__vouch_1),
                            };
                            {
                                let _in_place = (
                                    ::vouch::__private::pin::UnsafeDropInPlaceGuard::new(
                                        __vouch_0,
                                    ),
                                    (),
                                );
                            }
                            result
                        }
                        Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                            let result = EnumOwn::Tuple {
                                0: ::vouch::__private::core::marker::PhantomData,
                                1: ::vouch::__private::core::ptr::read(__vouch_1),
                            };
                            {
                                let _in_place = (
                                    ::vouch::__private::pin::UnsafeDropInPlaceGuard::new(
                                        __vouch_0,
                                    ),
                                    (),
                                );
                            }
                            result
                        }
                        Self::Unit {} => {
                            let result = EnumOwn::Unit {};
                            {
                                let _in_place = ();
                            }
                            result
                        }
                    };
                    ::vouch::__private::core::mem::drop(overwrite);
                    result
                }
            }
        }
    };
};
fn main() {}
