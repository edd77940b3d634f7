#[repr(C)]
struct Header {
    len: u32,
    kind: u16,
    _pad: [u8; 2],
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Header {}
#[automatically_derived]
impl ::core::clone::Clone for Header {
    #[inline]
    fn clone(&self) -> Header {
        let _: ::core::clone::AssertParamIsClone<u32>;
        let _: ::core::clone::AssertParamIsClone<u16>;
        let _: ::core::clone::AssertParamIsClone<[u8; 2]>;
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for Header {}
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
    fn __vouch_field_bounds(__vouch_this: &Header) {
        let Header { len: _, kind: _, _pad: _ } = __vouch_this;
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.len);
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.kind);
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this._pad);
    }
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Zeroable for Header {}
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
    fn __vouch_field_bounds(__vouch_this: &Header) {
        let Header { len: _, kind: _, _pad: _ } = __vouch_this;
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.len);
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.kind);
        ::vouch::__private::pod::is_pod(&raw const __vouch_this._pad);
    }
    const __VOUCH_SIZE: ::vouch::__private::core::primitive::usize = ::vouch::__private::core::mem::size_of::<
        Header,
    >();
    const __VOUCH_LAYOUT: [(
        ::vouch::__private::core::primitive::usize,
        ::vouch::__private::core::primitive::usize,
    ); 3usize] = [
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Header,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).len,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|__vouch_s: &Header| {
                &raw const __vouch_s.len
            }),
        ),
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Header,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base).kind,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|__vouch_s: &Header| {
                &raw const __vouch_s.kind
            }),
        ),
        (
            {
                let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                    Header,
                >::uninit();
                let __vouch_base = __vouch_value.as_ptr();
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        __vouch_base,
                        &raw const (*__vouch_base)._pad,
                    )
                }
            },
            ::vouch::__private::pod::field_size(|__vouch_s: &Header| {
                &raw const __vouch_s._pad
            }),
        ),
    ];
    const _: () = if ::vouch::__private::pod::sum_sizes(&__VOUCH_LAYOUT) != __VOUCH_SIZE
        && ::vouch::__private::pod::no_gap(&__VOUCH_LAYOUT, __VOUCH_SIZE)
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has padding bytes, which `derive(Pod)` forbids; add explicit `_pad: [u8; N]` fields where the fields leave gaps",
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
                    "`Header` has 1 byte of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 1]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        2usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 2 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 2]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        3usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 3 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 3]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        4usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 4 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 4]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        5usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 5 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 5]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        6usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 6 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 6]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        7usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 7 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 7]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        8usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 8 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 8]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        9usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 9 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 9]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        10usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 10 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 10]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        11usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 11 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 11]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        12usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 12 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 12]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        13usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 13 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 13]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        14usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 14 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 14]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        15usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 15 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; 15]` right after `len`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        _ => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has more than 15 bytes of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; N]` right after `len`, or reorder the fields from the largest alignment to the smallest",
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
                    "`Header` has 1 byte of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 1]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        2usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 2 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 2]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        3usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 3 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 3]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        4usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 4 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 4]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        5usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 5 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 5]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        6usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 6 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 6]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        7usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 7 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 7]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        8usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 8 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 8]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        9usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 9 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 9]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        10usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 10 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 10]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        11usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 11 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 11]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        12usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 12 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 12]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        13usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 13 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 13]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        14usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 14 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 14]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        15usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 15 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; 15]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
        _ => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has more than 15 bytes of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; N]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                ),
            );
        }
    };
    const _: () = match ::vouch::__private::pod::gap_after(
        &__VOUCH_LAYOUT,
        2usize,
        __VOUCH_SIZE,
    ) {
        0 => {}
        1usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 1 byte of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 1]` at the end",
                ),
            );
        }
        2usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 2 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 2]` at the end",
                ),
            );
        }
        3usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 3 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 3]` at the end",
                ),
            );
        }
        4usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 4 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 4]` at the end",
                ),
            );
        }
        5usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 5 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 5]` at the end",
                ),
            );
        }
        6usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 6 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 6]` at the end",
                ),
            );
        }
        7usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 7 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 7]` at the end",
                ),
            );
        }
        8usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 8 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 8]` at the end",
                ),
            );
        }
        9usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 9 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 9]` at the end",
                ),
            );
        }
        10usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 10 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 10]` at the end",
                ),
            );
        }
        11usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 11 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 11]` at the end",
                ),
            );
        }
        12usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 12 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 12]` at the end",
                ),
            );
        }
        13usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 13 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 13]` at the end",
                ),
            );
        }
        14usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 14 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 14]` at the end",
                ),
            );
        }
        15usize => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has 15 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; 15]` at the end",
                ),
            );
        }
        _ => {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Header` has more than 15 bytes of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; N]` at the end",
                ),
            );
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Pod for Header {}
};
fn main() {}
