use vouch::{pin_project, UnsafeUnpin};
struct Struct<T> {
    pinned: T,
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
    struct __StructProjection<'pin, T>
    where
        Struct<T>: 'pin,
    {
        pinned: ::vouch::__private::core::pin::Pin<&'pin mut T>,
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
    struct __StructProjectionRef<'pin, T>
    where
        Struct<T>: 'pin,
    {
        pinned: ::vouch::__private::core::pin::Pin<&'pin T>,
    }
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
        impl<T> StructMustNotImplDropUsePinnedDropInstead for Struct<T> {}
        use ::vouch::__private::pin::UnsafeUnpin as UnsafeUnpin;
        ///`Struct` is `Unpin` when it implements `UnsafeUnpin`.
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'pin, T> ::vouch::__private::core::marker::Unpin for Struct<T>
        where
            ::vouch::__private::pin::Pinned<'pin, Self>: UnsafeUnpin,
        {}
        #[allow(unreachable_patterns, unused_variables)]
        fn __vouch_pin_guard<T>(
            this: &mut Struct<T>,
            this_type: ::vouch::__private::pin::Invariant<Struct<T>>,
        ) {
            match this {
                Struct { pinned: __vouch_0 } => {
                    let _ = {
                        fn expected<T>(
                            _: ::vouch::__private::pin::Invariant<Struct<T>>,
                        ) -> ::vouch::__private::pin::Invariant<T> {
                            ::vouch::__private::core::marker::PhantomData
                        }
                        let __vouch_0 = ::vouch::__private::pin::type_of(__vouch_0);
                        let _ = [expected(this_type), __vouch_0];
                    };
                }
            }
        }
        impl<T> Struct<T> {
            ///Projects a pinned `&mut Struct` to its fields: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
            #[inline]
            fn project<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin mut Self>,
            ) -> __StructProjection<'pin, T> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_unchecked_mut(self) {
                        Self { pinned: __vouch_0 } => {
                            __StructProjection {
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                            }
                        }
                    }
                }
            }
            ///Projects a pinned `&Struct` to its fields: `#[pin]` fields as `Pin<&_>`, the other fields as `&_`.
            #[inline]
            fn project_ref<'pin>(
                self: ::vouch::__private::core::pin::Pin<&'pin Self>,
            ) -> __StructProjectionRef<'pin, T> {
                unsafe {
                    match ::vouch::__private::core::pin::Pin::get_ref(self) {
                        Self { pinned: __vouch_0 } => {
                            __StructProjectionRef {
                                pinned: {
                                    let pinned = ::vouch::__private::core::pin::Pin::new_unchecked(
                                        __vouch_0,
                                    );
                                    pinned
                                },
                            }
                        }
                    }
                }
            }
        }
    };
};
unsafe impl<T: Unpin> UnsafeUnpin for Struct<T> {}
fn main() {}
