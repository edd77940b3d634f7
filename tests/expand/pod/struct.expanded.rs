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
    const _: () = {
        let __vouch_gap = ::vouch::__private::pod::gap_after(
            &__VOUCH_LAYOUT,
            0usize,
            __VOUCH_SIZE,
        );
        if __vouch_gap != 0 {
            let __vouch_message = ::vouch::__private::pod::Message::new()
                .push("`Header` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of padding after field `len`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push(
                    "]` right after `len`, or reorder the fields from the largest alignment to the smallest",
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
                .push("`Header` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of padding after field `kind`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push(
                    "]` right after `kind`, or reorder the fields from the largest alignment to the smallest",
                );
            {
                ::core::panicking::panic_display(&__vouch_message.as_str());
            }
        }
    };
    const _: () = {
        let __vouch_gap = ::vouch::__private::pod::gap_after(
            &__VOUCH_LAYOUT,
            2usize,
            __VOUCH_SIZE,
        );
        if __vouch_gap != 0 {
            let __vouch_message = ::vouch::__private::pod::Message::new()
                .push("`Header` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of trailing padding after its last field `_pad`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push("]` at the end");
            {
                ::core::panicking::panic_display(&__vouch_message.as_str());
            }
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Pod for Header {}
};
fn main() {}
