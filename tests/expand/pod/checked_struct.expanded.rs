#[repr(C)]
struct Flagged {
    flag: bool,
    count: u16,
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Flagged {}
#[automatically_derived]
impl ::core::clone::Clone for Flagged {
    #[inline]
    fn clone(&self) -> Flagged {
        let _: ::core::clone::AssertParamIsClone<bool>;
        let _: ::core::clone::AssertParamIsClone<u16>;
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for Flagged {}
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
    fn __vouch_all_fields(__vouch_this: &Flagged) {
        let Flagged { flag: _, count: _ } = __vouch_this;
    }
    /// The bytes of a [`Flagged`] before they are validated.
    #[repr(C)]
    #[allow(missing_debug_implementations, missing_copy_implementations)]
    pub struct __VouchBits {
        flag: <bool as ::vouch::__private::pod::CheckedBitPattern>::Bits,
        count: <u16 as ::vouch::__private::pod::CheckedBitPattern>::Bits,
    }
    #[automatically_derived]
    impl ::vouch::__private::core::clone::Clone for __VouchBits {
        #[inline]
        fn clone(&self) -> Self {
            *self
        }
    }
    #[automatically_derived]
    impl ::vouch::__private::core::marker::Copy for __VouchBits {}
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Zeroable for __VouchBits {}
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::AnyBitPattern for __VouchBits {}
    const _: () = if ::vouch::__private::core::mem::size_of::<Flagged>()
        != ::vouch::__private::core::mem::size_of::<__VouchBits>()
        || ::vouch::__private::core::mem::align_of::<Flagged>()
            != ::vouch::__private::core::mem::align_of::<__VouchBits>()
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "the layout of `Flagged` differs from the one `derive(CheckedBitPattern)` saw (another attribute changed the item after the derive ran); put `#[derive(CheckedBitPattern)]` after the attributes that change `Flagged`",
                ),
            );
        }
    };
    const _: () = if {
        let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
            Flagged,
        >::uninit();
        let __vouch_base = __vouch_value.as_ptr();
        unsafe {
            ::vouch::__private::pod::offset_between(
                __vouch_base,
                &raw const (*__vouch_base).flag,
            )
        }
    }
        != {
            let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                __VouchBits,
            >::uninit();
            let __vouch_base = __vouch_value.as_ptr();
            unsafe {
                ::vouch::__private::pod::offset_between(
                    __vouch_base,
                    &raw const (*__vouch_base).flag,
                )
            }
        }
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "the layout of `Flagged` differs from the one `derive(CheckedBitPattern)` saw (another attribute changed the item after the derive ran); put `#[derive(CheckedBitPattern)]` after the attributes that change `Flagged`",
                ),
            );
        }
    };
    const _: () = if {
        let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
            Flagged,
        >::uninit();
        let __vouch_base = __vouch_value.as_ptr();
        unsafe {
            ::vouch::__private::pod::offset_between(
                __vouch_base,
                &raw const (*__vouch_base).count,
            )
        }
    }
        != {
            let __vouch_value = ::vouch::__private::core::mem::MaybeUninit::<
                __VouchBits,
            >::uninit();
            let __vouch_base = __vouch_value.as_ptr();
            unsafe {
                ::vouch::__private::pod::offset_between(
                    __vouch_base,
                    &raw const (*__vouch_base).count,
                )
            }
        }
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "the layout of `Flagged` differs from the one `derive(CheckedBitPattern)` saw (another attribute changed the item after the derive ran); put `#[derive(CheckedBitPattern)]` after the attributes that change `Flagged`",
                ),
            );
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::CheckedBitPattern for Flagged {
        type Bits = __VouchBits;
        #[inline]
        fn is_valid_bit_pattern(
            __vouch_bits: &__VouchBits,
        ) -> ::vouch::__private::core::primitive::bool {
            ::vouch::__private::pod::field_is_valid(
                |__vouch_s: &Flagged| &raw const __vouch_s.flag,
                &{ __vouch_bits.flag },
            )
                && ::vouch::__private::pod::field_is_valid(
                    |__vouch_s: &Flagged| &raw const __vouch_s.count,
                    &{ __vouch_bits.count },
                )
        }
    }
};
fn main() {}
