#[repr(u8)]
enum Level {
    Off,
    Low,
    High,
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Level {}
#[automatically_derived]
impl ::core::clone::Clone for Level {
    #[inline]
    fn clone(&self) -> Level {
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for Level {}
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
    const _: () = if !((Level::Off as ::vouch::__private::core::primitive::i128) == 0
        || (Level::Low as ::vouch::__private::core::primitive::i128) == 0
        || (Level::High as ::vouch::__private::core::primitive::i128) == 0)
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`derive(Zeroable)` needs a variant with discriminant 0, and `Level` has none, so all-zero bytes are not a value of it; add one (e.g. `None = 0`) or give an existing variant `= 0`",
                ),
            );
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Zeroable for Level {}
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
    const _: () = if ::vouch::__private::core::mem::size_of::<Level>()
        != ::vouch::__private::core::mem::size_of::<
            ::vouch::__private::core::primitive::u8,
        >()
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Level` is not exactly its `u8` tag (an `align` hint pads it, or an attribute after the derive changed its `repr`); remove the `align` hint, and put the derive after the attributes that change `Level`",
                ),
            );
        }
    };
    const _: [::vouch::__private::core::primitive::u8; 3usize] = [
        Level::Off as ::vouch::__private::core::primitive::u8,
        Level::Low as ::vouch::__private::core::primitive::u8,
        Level::High as ::vouch::__private::core::primitive::u8,
    ];
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::NoUninit for Level {}
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
    const _: () = if ::vouch::__private::core::mem::size_of::<Level>()
        != ::vouch::__private::core::mem::size_of::<
            ::vouch::__private::core::primitive::u8,
        >()
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Level` is not exactly its `u8` tag (an `align` hint pads it, or an attribute after the derive changed its `repr`); remove the `align` hint, and put the derive after the attributes that change `Level`",
                ),
            );
        }
    };
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::CheckedBitPattern for Level {
        type Bits = ::vouch::__private::core::primitive::u8;
        #[inline]
        #[allow(unreachable_patterns)]
        fn is_valid_bit_pattern(
            __vouch_bits: &::vouch::__private::core::primitive::u8,
        ) -> ::vouch::__private::core::primitive::bool {
            const __VOUCH_D0: ::vouch::__private::core::primitive::u8 = Level::Off
                as ::vouch::__private::core::primitive::u8;
            const __VOUCH_D1: ::vouch::__private::core::primitive::u8 = Level::Low
                as ::vouch::__private::core::primitive::u8;
            const __VOUCH_D2: ::vouch::__private::core::primitive::u8 = Level::High
                as ::vouch::__private::core::primitive::u8;
            match *__vouch_bits {
                __VOUCH_D0 | __VOUCH_D1 | __VOUCH_D2 => true,
                _ => false,
            }
        }
    }
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
    const _: () = if ::vouch::__private::core::mem::size_of::<Level>()
        != ::vouch::__private::core::mem::size_of::<
            ::vouch::__private::core::primitive::u8,
        >()
    {
        {
            ::core::panicking::panic_fmt(
                format_args!(
                    "`Level` is not exactly its `u8` tag (an `align` hint pads it, or an attribute after the derive changed its `repr`); remove the `align` hint, and put the derive after the attributes that change `Level`",
                ),
            );
        }
    };
    fn __vouch_all_variants(__vouch_this: &Level) {
        match *__vouch_this {
            Level::Off { .. } | Level::Low { .. } | Level::High { .. } => {}
        }
    }
    #[automatically_derived]
    unsafe impl ::vouch::__private::pod::Contiguous for Level {
        type Int = ::vouch::__private::core::primitive::u8;
        const MAX_VALUE: ::vouch::__private::core::primitive::u8 = {
            let __vouch_values: [::vouch::__private::core::primitive::u8; 3usize] = [
                Level::Off as ::vouch::__private::core::primitive::u8,
                Level::Low as ::vouch::__private::core::primitive::u8,
                Level::High as ::vouch::__private::core::primitive::u8,
            ];
            let mut __vouch_best = __vouch_values[0];
            let mut __vouch_i = 1;
            while __vouch_i < 3usize {
                if __vouch_values[__vouch_i] > __vouch_best {
                    __vouch_best = __vouch_values[__vouch_i];
                }
                __vouch_i += 1;
            }
            __vouch_best
        };
        const MIN_VALUE: ::vouch::__private::core::primitive::u8 = {
            let __vouch_values: [::vouch::__private::core::primitive::u8; 3usize] = [
                Level::Off as ::vouch::__private::core::primitive::u8,
                Level::Low as ::vouch::__private::core::primitive::u8,
                Level::High as ::vouch::__private::core::primitive::u8,
            ];
            let mut __vouch_best = __vouch_values[0];
            let mut __vouch_i = 1;
            while __vouch_i < 3usize {
                if __vouch_values[__vouch_i] < __vouch_best {
                    __vouch_best = __vouch_values[__vouch_i];
                }
                __vouch_i += 1;
            }
            __vouch_best
        };
    }
    const _: () = {
        let __vouch_min = <Level as ::vouch::__private::pod::Contiguous>::MIN_VALUE;
        let __vouch_max = <Level as ::vouch::__private::pod::Contiguous>::MAX_VALUE;
        let __vouch_span = ::vouch::__private::core::primitive::u8::wrapping_sub(
            __vouch_max,
            __vouch_min,
        ) as ::vouch::__private::core::primitive::u8;
        if __vouch_span as ::vouch::__private::core::primitive::u128 != 2u128 {
            {
                ::core::panicking::panic_fmt(
                    format_args!(
                        "the discriminants of `Level` are not contiguous, so some integer between its smallest and largest is not a variant; number the variants without gaps (e.g. `A = 1, B, C`)",
                    ),
                );
            }
        }
    };
};
fn main() {}
