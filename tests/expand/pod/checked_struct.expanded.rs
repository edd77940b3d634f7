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
const _: () = {
    #[repr(C)]
    #[allow(dead_code, non_camel_case_types)]
    pub struct FlaggedBits<F0, F1> {
        flag: F0,
        count: F1,
    }
    #[automatically_derived]
    impl<
        F0: ::vouch::__private::core::marker::Copy,
        F1: ::vouch::__private::core::marker::Copy,
    > ::vouch::__private::core::clone::Clone for FlaggedBits<F0, F1> {
        #[inline]
        fn clone(&self) -> Self {
            *self
        }
    }
    #[automatically_derived]
    impl<
        F0: ::vouch::__private::core::marker::Copy,
        F1: ::vouch::__private::core::marker::Copy,
    > ::vouch::__private::core::marker::Copy for FlaggedBits<F0, F1> {}
    #[allow(deprecated)]
    unsafe impl<
        F0: ::vouch::__private::pod::Zeroable,
        F1: ::vouch::__private::pod::Zeroable,
    > ::vouch::__private::pod::Zeroable for FlaggedBits<F0, F1> {}
    #[allow(deprecated)]
    unsafe impl<
        F0: ::vouch::__private::pod::AnyBitPattern,
        F1: ::vouch::__private::pod::AnyBitPattern,
    > ::vouch::__private::pod::AnyBitPattern for FlaggedBits<F0, F1> {}
    #[automatically_derived]
    #[doc(hidden)]
    impl ::vouch::__private::pod::BitsOf for Flagged
    where
        bool: ::vouch::CheckedBitPattern,
        u16: ::vouch::CheckedBitPattern,
    {
        type Bits = FlaggedBits<
            <bool as ::vouch::__private::pod::CheckedBitPattern>::Bits,
            <u16 as ::vouch::__private::pod::CheckedBitPattern>::Bits,
        >;
    }
};
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::CheckedBitPattern for Flagged
where
    bool: ::vouch::CheckedBitPattern,
    u16: ::vouch::CheckedBitPattern,
{
    type Bits = <Flagged as ::vouch::__private::pod::BitsOf>::Bits;
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Flagged { flag: _, count: _, .. } = this;
            Flagged {
                flag: ::vouch::__private::pod::never(),
                count: ::vouch::__private::pod::never(),
            }
        };
        let _ = ::vouch::__private::pod::checked_field::<
            bool,
            Self,
        >(|this: &Self| &raw const (*this).flag);
        let _ = ::vouch::__private::pod::checked_field::<
            u16,
            Self,
        >(|this: &Self| &raw const (*this).count);
        let bits = ::vouch::__private::core::mem::MaybeUninit::<Self::Bits>::uninit();
        let base = bits.as_ptr();
        let value = ::vouch::__private::core::mem::MaybeUninit::<Self>::uninit();
        let this = value.as_ptr();
        let same = ::vouch::__private::core::mem::size_of::<Self>()
            == ::vouch::__private::core::mem::size_of::<Self::Bits>()
            && ::vouch::__private::core::mem::align_of::<Self>()
                == ::vouch::__private::core::mem::align_of::<Self::Bits>()
            && {
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        this,
                        &raw const (*this).flag,
                    )
                        == ::vouch::__private::pod::offset_between(
                            base,
                            &raw const (*base).flag,
                        )
                }
            }
            && {
                unsafe {
                    ::vouch::__private::pod::offset_between(
                        this,
                        &raw const (*this).count,
                    )
                        == ::vouch::__private::pod::offset_between(
                            base,
                            &raw const (*base).count,
                        )
                }
            };
        if !same {
            {
                ::core::panicking::panic_fmt(
                    format_args!(
                        "`derive(CheckedBitPattern)`: the layout of `Flagged` is not the one its `#[repr(..)]` gave when the derive ran (an attribute after the derive changed it); put `#[derive(CheckedBitPattern)]` after every attribute that edits the item",
                    ),
                );
            };
        }
    };
    #[inline]
    fn is_valid_bit_pattern(
        bits: &Self::Bits,
    ) -> ::vouch::__private::core::primitive::bool {
        let () = <Self as ::vouch::__private::pod::CheckedBitPattern>::PROOF;
        true
            && ::vouch::__private::pod::field_is_valid(
                |this: &Self| &raw const (*this).flag,
                &{ bits.flag },
            )
            && ::vouch::__private::pod::field_is_valid(
                |this: &Self| &raw const (*this).count,
                &{ bits.count },
            )
    }
}
#[allow(deprecated)]
const _: () = <Flagged as ::vouch::__private::pod::CheckedBitPattern>::PROOF;
fn main() {}
