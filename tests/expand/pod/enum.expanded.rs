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
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Zeroable for Level {
    const PROOF: () = {
        type Int = ::vouch::__private::core::primitive::u8;
        {
            let __vouch_arg = "Level";
            let __vouch_check = ::vouch::__private::pod::assert_int_size::<Self, Int>;
            __vouch_check(__vouch_arg);
        };
        if !(false
            || unsafe { ::vouch::__private::pod::bits_of::<Self, Int>(&Self::Off) } == 0
            || unsafe { ::vouch::__private::pod::bits_of::<Self, Int>(&Self::Low) } == 0
            || unsafe { ::vouch::__private::pod::bits_of::<Self, Int>(&Self::High) }
                == 0)
        {
            {
                let __vouch_arg = "`derive(Zeroable)`: no variant of `Level` is represented by zero; give one the discriminant 0";
                let __vouch_check = ::vouch::__private::pod::fail;
                __vouch_check(__vouch_arg);
            };
        }
    };
}
#[allow(deprecated)]
const _: () = <Level as ::vouch::__private::pod::Zeroable>::PROOF;
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::NoUninit for Level {
    const PROOF: () = {
        type Int = ::vouch::__private::core::primitive::u8;
        let _exhaustive = |this: &Self| match *this {
            Self::Off => {}
            Self::Low => {}
            Self::High => {}
        };
        {
            let __vouch_arg = "Level";
            let __vouch_check = ::vouch::__private::pod::assert_int_size::<Self, Int>;
            __vouch_check(__vouch_arg);
        };
        let _: Int = unsafe { ::vouch::__private::pod::bits_of(&Self::Off) };
        let _: Int = unsafe { ::vouch::__private::pod::bits_of(&Self::Low) };
        let _: Int = unsafe { ::vouch::__private::pod::bits_of(&Self::High) };
    };
}
#[allow(deprecated)]
const _: () = <Level as ::vouch::__private::pod::NoUninit>::PROOF;
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::CheckedBitPattern for Level {
    type Bits = ::vouch::__private::core::primitive::u8;
    const PROOF: () = {
        {
            let __vouch_arg = "Level";
            let __vouch_check = ::vouch::__private::pod::assert_int_size::<
                Self,
                Self::Bits,
            >;
            __vouch_check(__vouch_arg);
        };
    };
    #[inline]
    fn is_valid_bit_pattern(
        bits: &Self::Bits,
    ) -> ::vouch::__private::core::primitive::bool {
        let () = <Self as ::vouch::__private::pod::CheckedBitPattern>::PROOF;
        const {
            [
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Bits>(&Self::Off)
                },
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Bits>(&Self::Low)
                },
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Bits>(&Self::High)
                },
            ]
        }
            .contains(bits)
    }
}
#[allow(deprecated)]
const _: () = <Level as ::vouch::__private::pod::CheckedBitPattern>::PROOF;
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Contiguous for Level {
    type Int = ::vouch::__private::core::primitive::u8;
    const PROOF: () = {
        let _exhaustive = |this: &Self| match *this {
            Self::Off => {}
            Self::Low => {}
            Self::High => {}
        };
        {
            let __vouch_arg = "Level";
            let __vouch_check = ::vouch::__private::pod::assert_int_size::<
                Self,
                Self::Int,
            >;
            __vouch_check(__vouch_arg);
        };
        {
            let __vouch_arg = "Level";
            let __vouch_check = ::vouch::__private::pod::assert_int_align::<
                Self,
                Self::Int,
            >;
            __vouch_check(__vouch_arg);
        };
        let values = [
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Off) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Low) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::High) },
        ];
        let (min, max) = const {
            let values = [
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Off)
                },
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Low)
                },
                unsafe {
                    ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::High)
                },
            ];
            let (mut min, mut max) = (values[0], values[0]);
            let mut i = 1;
            while i < values.len() {
                if values[i] < min {
                    min = values[i];
                }
                if values[i] > max {
                    max = values[i];
                }
                i += 1;
            }
            (min, max)
        };
        if min != <Self as ::vouch::__private::pod::Contiguous>::MIN_VALUE
            || max != <Self as ::vouch::__private::pod::Contiguous>::MAX_VALUE
        {
            {
                let __vouch_arg = "`Contiguous`: `MIN_VALUE` or `MAX_VALUE` is not a variant's extreme";
                let __vouch_check = ::vouch::__private::pod::fail;
                __vouch_check(__vouch_arg);
            };
        }
        let mut i = 0;
        while i < values.len() {
            let mut j = i + 1;
            while j < values.len() {
                if values[i] == values[j] {
                    {
                        let __vouch_arg = "`derive(Contiguous)`: two variants of `Level` share a value; give each its own discriminant";
                        let __vouch_check = ::vouch::__private::pod::fail;
                        __vouch_check(__vouch_arg);
                    };
                }
                j += 1;
            }
            i += 1;
        }
        if (max.abs_diff(min) as ::vouch::__private::core::primitive::u128)
            != (values.len() as ::vouch::__private::core::primitive::u128) - 1
        {
            {
                let __vouch_arg = "`derive(Contiguous)`: the discriminants of `Level` leave a gap; number the variants without gaps";
                let __vouch_check = ::vouch::__private::pod::fail;
                __vouch_check(__vouch_arg);
            };
        }
    };
    const MIN_VALUE: Self::Int = const {
        let values = [
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Off) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Low) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::High) },
        ];
        let (mut min, mut max) = (values[0], values[0]);
        let mut i = 1;
        while i < values.len() {
            if values[i] < min {
                min = values[i];
            }
            if values[i] > max {
                max = values[i];
            }
            i += 1;
        }
        (min, max)
    }
        .0;
    const MAX_VALUE: Self::Int = const {
        let values = [
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Off) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::Low) },
            unsafe { ::vouch::__private::pod::bits_of::<Self, Self::Int>(&Self::High) },
        ];
        let (mut min, mut max) = (values[0], values[0]);
        let mut i = 1;
        while i < values.len() {
            if values[i] < min {
                min = values[i];
            }
            if values[i] > max {
                max = values[i];
            }
            i += 1;
        }
        (min, max)
    }
        .1;
}
#[allow(deprecated)]
const _: () = <Level as ::vouch::__private::pod::Contiguous>::PROOF;
fn main() {}
