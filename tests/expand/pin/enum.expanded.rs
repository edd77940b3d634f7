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
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
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
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
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
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
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
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction,
    clippy::style,
    clippy::complexity,
)]
const _: () = {
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
                            pinned: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
                            unpinned: __vouch_1,
                        }
                    }
                    Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                        EnumProj::Tuple {
                            0: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
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
                            pinned: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
                            unpinned: __vouch_1,
                        }
                    }
                    Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                        EnumRef::Tuple {
                            0: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
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
                let __vouch_self: *mut Self = ::vouch::__private::core::pin::Pin::get_unchecked_mut(
                    self,
                );
                let __vouch_guard = ::vouch::__private::pin::UnsafeOverwriteGuard::new(
                    __vouch_self,
                    replacement,
                );
                match &mut *__vouch_self {
                    Self::Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        let __vouch_result = EnumOwn::Struct {
                            pinned: ::vouch::__private::core::marker::PhantomData,
                            unpinned: ::vouch::__private::core::ptr::read(__vouch_1),
                        };
                        {
                            let __vouch_drop_0 = ::vouch::__private::pin::UnsafeDropInPlaceGuard::new(
                                __vouch_0,
                            );
                        }
                        __vouch_result
                    }
                    Self::Tuple { 0: __vouch_0, 1: __vouch_1 } => {
                        let __vouch_result = EnumOwn::Tuple {
                            0: ::vouch::__private::core::marker::PhantomData,
                            1: ::vouch::__private::core::ptr::read(__vouch_1),
                        };
                        {
                            let __vouch_drop_0 = ::vouch::__private::pin::UnsafeDropInPlaceGuard::new(
                                __vouch_0,
                            );
                        }
                        __vouch_result
                    }
                    Self::Unit {} => {
                        let __vouch_result = EnumOwn::Unit {};
                        {}
                        __vouch_result
                    }
                }
            }
        }
    }
    trait EnumMustNotImplDropUsePinnedDropInstead {}
    #[allow(drop_bounds)]
    impl<
        __VouchT: ?::vouch::__private::core::marker::Sized
            + ::vouch::__private::core::ops::Drop,
    > EnumMustNotImplDropUsePinnedDropInstead for __VouchT {}
    #[automatically_derived]
    impl<T, U> EnumMustNotImplDropUsePinnedDropInstead for Enum<T, U> {}
    #[doc(hidden)]
    pub struct __EnumPinnedFieldsMustBeUnpin<'pin, T, U> {
        __vouch_generics: ::vouch::__private::pin::AlwaysUnpin<
            (
                &'pin (),
                ::vouch::__private::core::marker::PhantomData<T>,
                ::vouch::__private::core::marker::PhantomData<U>,
            ),
        >,
        __field0: T,
        __field1: T,
    }
    #[automatically_derived]
    impl<'pin, T, U> ::vouch::__private::core::marker::Unpin for Enum<T, U>
    where
        __EnumPinnedFieldsMustBeUnpin<
            'pin,
            T,
            U,
        >: ::vouch::__private::core::marker::Unpin,
    {}
    #[allow(unreachable_patterns)]
    fn __vouch_assert_pinned_types<T, U>(__vouch_this: &Enum<T, U>) {
        match __vouch_this {
            Enum::Struct { pinned: __vouch_0, .. } => {
                let __vouch_actual = ::vouch::__private::pin::type_of(__vouch_0);
                let _: ::vouch::__private::core::marker::PhantomData<T> = __vouch_actual;
            }
            Enum::Tuple { 0: __vouch_0, .. } => {
                let __vouch_actual = ::vouch::__private::pin::type_of(__vouch_0);
                let _: ::vouch::__private::core::marker::PhantomData<T> = __vouch_actual;
            }
            Enum::Unit { .. } => {}
        }
    }
};
fn main() {}
