use vouch::pin_project;
pub struct Struct<T, U> {
    pinned: T,
    unpinned: U,
}
///Projection of a pinned `&mut Struct`, returned by `Struct::project`: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
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
pub struct StructProj<'pin, T, U>
where
    Struct<T, U>: 'pin,
{
    pinned: ::vouch::__private::core::pin::Pin<&'pin mut T>,
    unpinned: &'pin mut U,
}
///Projection of a pinned `&Struct`, returned by `Struct::project_ref`: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
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
pub struct StructRef<'pin, T, U>
where
    Struct<T, U>: 'pin,
{
    pinned: ::vouch::__private::core::pin::Pin<&'pin T>,
    unpinned: &'pin U,
}
///What `Struct::project_replace` returns of the replaced value: its unpinned fields by value, its `#[pin]` fields (dropped in place) as `PhantomData`.
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
pub struct StructOwn<T, U> {
    pinned: ::vouch::__private::core::marker::PhantomData<T>,
    unpinned: U,
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
    impl<T, U> Struct<T, U> {
        ///Projects a pinned `&mut Struct` to its fields: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
        #[inline]
        pub fn project<'pin>(
            self: ::vouch::__private::core::pin::Pin<&'pin mut Self>,
        ) -> StructProj<'pin, T, U> {
            unsafe {
                match ::vouch::__private::core::pin::Pin::get_unchecked_mut(self) {
                    Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        StructProj {
                            pinned: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
                            unpinned: __vouch_1,
                        }
                    }
                }
            }
        }
        ///Projects a pinned `&Struct` to its fields: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
        #[inline]
        pub fn project_ref<'pin>(
            self: ::vouch::__private::core::pin::Pin<&'pin Self>,
        ) -> StructRef<'pin, T, U> {
            unsafe {
                match ::vouch::__private::core::pin::Pin::get_ref(self) {
                    Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        StructRef {
                            pinned: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
                            unpinned: __vouch_1,
                        }
                    }
                }
            }
        }
        ///Replaces the pinned `Struct` with `replacement` and returns the old value's unpinned fields by value. Its `#[pin]` fields are dropped in place (they never move) and come back as `PhantomData`.
        #[inline]
        pub fn project_replace(
            self: ::vouch::__private::core::pin::Pin<&mut Self>,
            replacement: Self,
        ) -> StructOwn<T, U> {
            unsafe {
                let __vouch_self: *mut Self = ::vouch::__private::core::pin::Pin::get_unchecked_mut(
                    self,
                );
                let __vouch_guard = ::vouch::__private::pin::UnsafeOverwriteGuard::new(
                    __vouch_self,
                    replacement,
                );
                match &mut *__vouch_self {
                    Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        let __vouch_result = StructOwn {
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
                }
            }
        }
    }
    trait StructMustNotImplDropUsePinnedDropInstead {}
    #[allow(drop_bounds)]
    impl<
        __VouchT: ?::vouch::__private::core::marker::Sized
            + ::vouch::__private::core::ops::Drop,
    > StructMustNotImplDropUsePinnedDropInstead for __VouchT {}
    #[automatically_derived]
    impl<T, U> StructMustNotImplDropUsePinnedDropInstead for Struct<T, U> {}
    #[doc(hidden)]
    pub struct __StructPinnedFieldsMustBeUnpin<'pin, T, U> {
        __vouch_generics: ::vouch::__private::pin::AlwaysUnpin<
            (
                &'pin (),
                ::vouch::__private::core::marker::PhantomData<T>,
                ::vouch::__private::core::marker::PhantomData<U>,
            ),
        >,
        __field0: T,
    }
    #[automatically_derived]
    impl<'pin, T, U> ::vouch::__private::core::marker::Unpin for Struct<T, U>
    where
        __StructPinnedFieldsMustBeUnpin<
            'pin,
            T,
            U,
        >: ::vouch::__private::core::marker::Unpin,
    {}
    fn __vouch_assert_not_packed<T, U>(__vouch_this: &Struct<T, U>) {
        let _ = &__vouch_this.pinned;
        let _ = &__vouch_this.unpinned;
    }
    #[allow(unreachable_patterns)]
    fn __vouch_assert_pinned_types<T, U>(__vouch_this: &Struct<T, U>) {
        match __vouch_this {
            Struct { pinned: __vouch_0, .. } => {
                let __vouch_actual = ::vouch::__private::pin::type_of(__vouch_0);
                let _: ::vouch::__private::core::marker::PhantomData<T> = __vouch_actual;
            }
        }
    }
};
fn main() {}
