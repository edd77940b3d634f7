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
        trait StructMustNotImplDropUsePinnedDropInstead {}
        #[allow(drop_bounds)]
        impl<
            __VouchAny: ?::vouch::__private::core::marker::Sized
                + ::vouch::__private::core::ops::Drop,
        > StructMustNotImplDropUsePinnedDropInstead for __VouchAny {}
        #[automatically_derived]
        #[allow(deprecated)]
        impl<T, U> StructMustNotImplDropUsePinnedDropInstead for Struct<T, U> {}
        use ::vouch::__private::core::marker::Unpin as Unpin;
        ///`Struct` is `Unpin` when each of its `#[pin]` fields is.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'pin, T, U> Unpin for Struct<T, U>
        where
            ::vouch::__private::pin::Pinned<'pin, T>: Unpin,
        {}
        #[allow(unreachable_patterns, unused_variables)]
        fn __vouch_pin_guard<T, U>(
            this: &mut Struct<T, U>,
            this_type: ::vouch::__private::pin::Invariant<Struct<T, U>>,
        ) {
            match this {
                Struct { pinned: __vouch_0, unpinned: __vouch_1 } => {
                    let _ = {
                        fn expected<T, U>(
                            _: ::vouch::__private::pin::Invariant<Struct<T, U>>,
                        ) -> ::vouch::__private::pin::Invariant<T> {
                            ::vouch::__private::core::marker::PhantomData
                        }
                        let __vouch_0 = ::vouch::__private::pin::type_of(__vouch_0);
                        let _ = [expected(this_type), __vouch_0];
                    };
                }
            }
        }
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
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
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
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
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
                    let this: *mut Self = ::vouch::__private::core::pin::Pin::get_unchecked_mut(
                        self,
                    );
                    let overwrite = ::vouch::__private::pin::UnsafeOverwriteGuard::new(
                        this,
                        replacement,
                    );
                    let result = match &mut *this {
                        Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                            let result = StructOwn {
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
                    };
                    ::vouch::__private::core::mem::drop(overwrite);
                    result
                }
            }
        }
    };
};
fn main() {}
