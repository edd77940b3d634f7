#[repr(C, packed)]
struct Packed {
    tag: u8,
    value: u64,
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Packed {}
#[automatically_derived]
impl ::core::clone::Clone for Packed {
    #[inline]
    fn clone(&self) -> Packed {
        let _: ::core::clone::AssertParamIsClone<u8>;
        let _: ::core::clone::AssertParamIsClone<u64>;
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for Packed {}
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
    fn __vouch_field_bounds(__vouch_this: &Packed) {
        let Packed { tag: _, value: _ } = __vouch_this;
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.tag);
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.value);
    }
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Zeroable for Packed {}
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
    fn __vouch_field_bounds(__vouch_this: &Packed) {
        let Packed { tag: _, value: _ } = __vouch_this;
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.tag);
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.value);
    }
    const __VOUCH_SIZE: ::vouch::__private::core::primitive::usize = ::vouch::__private::core::mem::size_of::<
        Packed,
    >();
    const __VOUCH_LAYOUT: [(
        ::vouch::__private::core::primitive::usize,
        ::vouch::__private::core::primitive::usize,
    ); 2usize] = [
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Packed,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).tag,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|__vouch_s: &Packed| {
                &raw const __vouch_s.tag
            }),
        ),
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Packed,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).value,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|__vouch_s: &Packed| {
                &raw const __vouch_s.value
            }),
        ),
    ];
    const _: () = if ::vouch::__private::pod::sum_sizes(&__VOUCH_LAYOUT) != __VOUCH_SIZE
        && ::vouch::__private::pod::no_gap(&__VOUCH_LAYOUT, __VOUCH_SIZE)
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has padding bytes, which `derive(Pod)` forbids; add explicit `_pad: [u8; N]` fields where the fields leave gaps",
                ),
            );
        }
    };
    const _: () = match ::vouch::__private::pod::gap_after(
        &__VOUCH_LAYOUT,
        0usize,
        __VOUCH_SIZE,
    ) {
        0 => {}
        1usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 1 byte of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 1]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        2usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 2 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 2]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        3usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 3 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 3]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        4usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 4 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 4]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        5usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 5 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 5]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        6usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 6 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 6]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        7usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 7 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 7]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        8usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 8 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 8]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        9usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 9 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 9]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        10usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 10 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 10]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        11usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 11 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 11]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        12usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 12 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 12]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        13usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 13 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 13]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        14usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 14 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 14]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        15usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 15 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; 15]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        _ => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has more than 15 bytes of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; N]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
    };
    const _: () = match ::vouch::__private::pod::gap_after(
        &__VOUCH_LAYOUT,
        1usize,
        __VOUCH_SIZE,
    ) {
        0 => {}
        1usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 1 byte of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 1]` at the end",
                ),
            );
        }
        2usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 2 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 2]` at the end",
                ),
            );
        }
        3usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 3 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 3]` at the end",
                ),
            );
        }
        4usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 4 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 4]` at the end",
                ),
            );
        }
        5usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 5 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 5]` at the end",
                ),
            );
        }
        6usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 6 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 6]` at the end",
                ),
            );
        }
        7usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 7 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 7]` at the end",
                ),
            );
        }
        8usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 8 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 8]` at the end",
                ),
            );
        }
        9usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 9 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 9]` at the end",
                ),
            );
        }
        10usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 10 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 10]` at the end",
                ),
            );
        }
        11usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 11 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 11]` at the end",
                ),
            );
        }
        12usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 12 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 12]` at the end",
                ),
            );
        }
        13usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 13 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 13]` at the end",
                ),
            );
        }
        14usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 14 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 14]` at the end",
                ),
            );
        }
        15usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has 15 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; 15]` at the end",
                ),
            );
        }
        _ => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Packed` has more than 15 bytes of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; N]` at the end",
                ),
            );
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Pod for Packed {}
};
fn main() {}
