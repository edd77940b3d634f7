use core::pin::Pin;
use vouch::{pin_project, pinned_drop};
struct Struct<T> {
    pinned: T,
    unpinned: u8,
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
    struct __StructProjection<'pin, T>
    where
        Struct<T>: 'pin,
    {
        pinned: ::vouch::__private::core::pin::Pin<&'pin mut T>,
        unpinned: &'pin mut u8,
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
    struct __StructProjectionRef<'pin, T>
    where
        Struct<T>: 'pin,
    {
        pinned: ::vouch::__private::core::pin::Pin<&'pin T>,
        unpinned: &'pin u8,
    }
    impl<T> Struct<T> {
        ///Projects a pinned `&mut Struct` to its fields: `#[pin]` fields as `Pin<&mut _>`, the other fields as `&mut _`.
        #[inline]
        fn project<'pin>(
            self: ::vouch::__private::core::pin::Pin<&'pin mut Self>,
        ) -> __StructProjection<'pin, T> {
            unsafe {
                match ::vouch::__private::core::pin::Pin::get_unchecked_mut(self) {
                    Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        __StructProjection {
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
        fn project_ref<'pin>(
            self: ::vouch::__private::core::pin::Pin<&'pin Self>,
        ) -> __StructProjectionRef<'pin, T> {
            unsafe {
                match ::vouch::__private::core::pin::Pin::get_ref(self) {
                    Self { pinned: __vouch_0, unpinned: __vouch_1 } => {
                        __StructProjectionRef {
                            pinned: ::vouch::__private::core::pin::Pin::new_unchecked(
                                __vouch_0,
                            ),
                            unpinned: __vouch_1,
                        }
                    }
                }
            }
        }
    }
    #[automatically_derived]
    impl<T> ::vouch::__private::pin::PinnedDropArgument for Struct<T> {}
    #[automatically_derived]
    impl<T> ::vouch::__private::core::ops::Drop for Struct<T> {
        fn drop(&mut self) {
            let __vouch_pinned = unsafe {
                ::vouch::__private::core::pin::Pin::new_unchecked(self)
            };
            <Self as ::vouch::__private::pin::PinnedDrop>::drop(
                __vouch_pinned,
                unsafe { ::vouch::__private::pin::PinnedDropToken::<Self>::__new() },
            );
        }
    }
    #[doc(hidden)]
    pub struct __StructPinnedFieldsMustBeUnpin<'pin, T> {
        __vouch_generics: ::vouch::__private::pin::AlwaysUnpin<
            (&'pin (), ::vouch::__private::core::marker::PhantomData<T>),
        >,
        __field0: T,
    }
    #[automatically_derived]
    impl<'pin, T> ::vouch::__private::core::marker::Unpin for Struct<T>
    where
        __StructPinnedFieldsMustBeUnpin<
            'pin,
            T,
        >: ::vouch::__private::core::marker::Unpin,
    {}
    fn __vouch_assert_not_packed<T>(__vouch_this: &Struct<T>) {
        let _ = &__vouch_this.pinned;
        let _ = &__vouch_this.unpinned;
    }
    #[allow(unreachable_patterns)]
    fn __vouch_assert_pinned_types<T>(__vouch_this: &Struct<T>) {
        match __vouch_this {
            Struct { pinned: __vouch_0, .. } => {
                let __vouch_actual = ::vouch::__private::pin::type_of(__vouch_0);
                let _: ::vouch::__private::core::marker::PhantomData<T> = __vouch_actual;
            }
        }
    }
};
impl<T> ::vouch::__private::pin::PinnedDrop for Struct<T> {
    fn drop(self: Pin<&mut Self>, _: ::vouch::__private::pin::PinnedDropToken<Self>) {
        let _ = self.project().unpinned;
    }
}
fn main() {}
