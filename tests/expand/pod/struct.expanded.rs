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
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Zeroable for Header {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { len: _, kind: _, _pad: _, .. } = this;
            Self {
                len: ::vouch::__private::pod::never(),
                kind: ::vouch::__private::pod::never(),
                _pad: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Zeroable::<
                u32,
                Self,
            >(|this: &Self| &raw const (*this).len)
            + ::vouch::__private::pod::field::Zeroable::<
                u16,
                Self,
            >(|this: &Self| &raw const (*this).kind)
            + ::vouch::__private::pod::array_field::Zeroable::<
                u8,
                Self,
                { 2 },
            >(|this: &Self| &raw const (*this)._pad);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Header",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Zeroable;
            __vouch_check(__vouch_arg);
        };
    };
}
#[allow(deprecated)]
const _: () = <Header as ::vouch::__private::pod::Zeroable>::PROOF;
#[automatically_derived]
#[allow(deprecated)]
unsafe impl ::vouch::__private::pod::Pod for Header {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { len: _, kind: _, _pad: _, .. } = this;
            Self {
                len: ::vouch::__private::pod::never(),
                kind: ::vouch::__private::pod::never(),
                _pad: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Pod::<
                u32,
                Self,
            >(|this: &Self| &raw const (*this).len)
            + ::vouch::__private::pod::field::Pod::<
                u16,
                Self,
            >(|this: &Self| &raw const (*this).kind)
            + ::vouch::__private::pod::array_field::Pod::<
                u8,
                Self,
                { 2 },
            >(|this: &Self| &raw const (*this)._pad);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Header",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Pod;
            __vouch_check(__vouch_arg);
        };
    };
}
#[allow(deprecated)]
const _: () = <Header as ::vouch::__private::pod::Pod>::PROOF;
fn main() {}
