#[repr(C)]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: [T; 2],
}
#[automatically_derived]
impl<T: ::core::clone::Clone + vouch::Pod> ::core::clone::Clone for Vec3<T> {
    #[inline]
    fn clone(&self) -> Vec3<T> {
        Vec3 {
            x: ::core::clone::Clone::clone(&self.x),
            y: ::core::clone::Clone::clone(&self.y),
        }
    }
}
#[automatically_derived]
impl<T: ::core::marker::Copy + vouch::Pod> ::core::marker::Copy for Vec3<T> {}
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
    fn __vouch_field_bounds<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let Vec3 { x: _, y: _ } = __vouch_this;
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.x);
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.y);
    }
    #[automatically_derived]
    unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Zeroable for Vec3<T> {}
};
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
    fn __vouch_field_bounds<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let Vec3 { x: _, y: _ } = __vouch_this;
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.x);
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.y);
    }
    fn __vouch_uniform<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let __vouch_elem = ::vouch::__private::pod::elem();
        ::vouch::__private::pod::elem_is(&__vouch_elem, &raw const __vouch_this.x);
        ::vouch::__private::pod::elem_array(&__vouch_elem, &raw const __vouch_this.y);
    }
    const __VOUCH_SIZE: ::vouch::__private::core::primitive::usize = ::vouch::__private::core::mem::size_of::<
        Vec3<::vouch::__private::core::primitive::u8>,
    >();
    const __VOUCH_LAYOUT: [(
        ::vouch::__private::core::primitive::usize,
        ::vouch::__private::core::primitive::usize,
    ); 2usize] = [
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Vec3<::vouch::__private::core::primitive::u8>,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).x,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|
                __vouch_s: &Vec3<::vouch::__private::core::primitive::u8>|
            &raw const __vouch_s.x),
        ),
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Vec3<::vouch::__private::core::primitive::u8>,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).y,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|
                __vouch_s: &Vec3<::vouch::__private::core::primitive::u8>|
            &raw const __vouch_s.y),
        ),
    ];
    const _: () = if ::vouch::__private::pod::sum_sizes(&__VOUCH_LAYOUT) != __VOUCH_SIZE
        && ::vouch::__private::pod::no_gap(&__VOUCH_LAYOUT, __VOUCH_SIZE)
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Vec3` has padding bytes, which `derive(Pod)` forbids; add explicit `_pad: [u8; N]` fields where the fields leave gaps",
                ),
            );
        }
    };
    const _: () = {
        let __vouch_gap = ::vouch::__private::pod::gap_after(
            &__VOUCH_LAYOUT,
            0usize,
            __VOUCH_SIZE,
        );
        if __vouch_gap != 0 {
            let __vouch_message = ::vouch::__private::pod::Message::new()
                .push("`Vec3` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of padding after field `x`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push(
                    "]` right after `x`, or reorder the fields from the largest alignment to the smallest",
                );
            {
                ::core::panicking::panic_display(&__vouch_message.as_str());
            }
        }
    };
    const _: () = {
        let __vouch_gap = ::vouch::__private::pod::gap_after(
            &__VOUCH_LAYOUT,
            1usize,
            __VOUCH_SIZE,
        );
        if __vouch_gap != 0 {
            let __vouch_message = ::vouch::__private::pod::Message::new()
                .push("`Vec3` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of trailing padding after its last field `y`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push("]` at the end");
            {
                ::core::panicking::panic_display(&__vouch_message.as_str());
            }
        }
    };
    #[automatically_derived]
    unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Pod for Vec3<T> {}
};
fn main() {}
