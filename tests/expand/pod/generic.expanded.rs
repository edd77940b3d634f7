#[repr(C)]
struct Vec3<T: vouch::Pod> {
    x: T,
    y: [T; 2],
}
#[automatically_derived]
impl<T: ::core::clone::Clone + vouch::Pod> ::core::clone::Clone for Vec3<T> {
    #[inline]
    fn clone(&self) -> Vec3<T> {
        Vec3 {
            x: ::core::clone::Clone::clone(&self.x),
            y: ::core::clone::Clone::clone(&self.y),
        }
    }
}
#[automatically_derived]
impl<T: ::core::marker::Copy + vouch::Pod> ::core::marker::Copy for Vec3<T> {}
#[automatically_derived]
#[allow(deprecated)]
unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Zeroable for Vec3<T> {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { x: _, y: _, .. } = this;
            Self {
                x: ::vouch::__private::pod::never(),
                y: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Zeroable::<
                T,
                Self,
            >(|this: &Self| &raw const (*this).x)
            + ::vouch::__private::pod::array_field::Zeroable::<
                T,
                Self,
                { 2 },
            >(|this: &Self| &raw const (*this).y);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Vec3",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Zeroable;
            __vouch_check(__vouch_arg);
        };
    };
}
#[automatically_derived]
#[allow(deprecated)]
unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Pod for Vec3<T> {
    const PROOF: () = {
        let _shape = |this: &Self| -> Self {
            let Self { x: _, y: _, .. } = this;
            Self {
                x: ::vouch::__private::pod::never(),
                y: ::vouch::__private::pod::never(),
            }
        };
        let fields: ::vouch::__private::core::primitive::usize = 0
            + ::vouch::__private::pod::field::Pod::<
                T,
                Self,
            >(|this: &Self| &raw const (*this).x)
            + ::vouch::__private::pod::array_field::Pod::<
                T,
                Self,
                { 2 },
            >(|this: &Self| &raw const (*this).y);
        {
            let __vouch_arg = ::vouch::__private::pod::Sizes::new(
                "Vec3",
                ::vouch::__private::core::mem::size_of::<Self>(),
                fields,
            );
            let __vouch_check = ::vouch::__private::pod::padding::Pod;
            __vouch_check(__vouch_arg);
        };
    };
}
fn main() {}
