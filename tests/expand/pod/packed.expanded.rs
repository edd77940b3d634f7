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
    const _: () = {
        let __vouch_gap = ::vouch::__private::pod::gap_after(
            &__VOUCH_LAYOUT,
            0usize,
            __VOUCH_SIZE,
        );
        if __vouch_gap != 0 {
            let __vouch_message = ::vouch::__private::pod::Message::new()
                .push("`Packed` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of padding after field `tag`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push(
                    "]` right after `tag`, or reorder the fields from the largest alignment to the smallest",
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
                .push("`Packed` has ")
                .push_count(__vouch_gap)
                .push(if __vouch_gap == 1 { " byte" } else { " bytes" })
                .push(
                    " of trailing padding after its last field `value`, which `derive(Pod)` forbids; add a field `_pad: [u8; ",
                )
                .push_count(__vouch_gap)
                .push("]` at the end");
            {
                ::core::panicking::panic_display(&__vouch_message.as_str());
            }
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Pod for Packed {}
};
fn main() {}
