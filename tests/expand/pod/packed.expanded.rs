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
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Zeroable for Packed {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { tag: _, value: _, .. } = this;
            Self {
                tag: ::vouch::__private::pod::never(),
                value: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Zeroable::<
                u8,
                Self,
            >(|this: &Self| &raw const (*this).tag)
            + ::vouch::__private::pod::field::Zeroable::<
                u64,
                Self,
            >(|this: &Self| &raw const (*this).value);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Packed",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Zeroable;
            __vouch_check(__vouch_arg);
        };
    };
}
#[allow(deprecated)]
const _: () = <Packed as ::vouch::__private::pod::Zeroable>::PROOF;
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Pod for Packed {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { tag: _, value: _, .. } = this;
            Self {
                tag: ::vouch::__private::pod::never(),
                value: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Pod::<
                u8,
                Self,
            >(|this: &Self| &raw const (*this).tag)
            + ::vouch::__private::pod::field::Pod::<
                u64,
                Self,
            >(|this: &Self| &raw const (*this).value);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Packed",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Pod;
            __vouch_check(__vouch_arg);
        };
    };
}
#[allow(deprecated)]
const _: () = <Packed as ::vouch::__private::pod::Pod>::PROOF;
fn main() {}
