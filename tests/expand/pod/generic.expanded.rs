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
    fn __vouch_field_bounds<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let Vec3 { x: _, y: _ } = __vouch_this;
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.x);
        ::vouch::__private::pod::is_zeroable(&raw const __vouch_this.y);
    }
    #[automatically_derived]
    unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Zeroable for Vec3<T> {}
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
    fn __vouch_field_bounds<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let Vec3 { x: _, y: _ } = __vouch_this;
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.x);
        ::vouch::__private::pod::is_pod(&raw const __vouch_this.y);
    }
    fn __vouch_uniform<T: vouch::Pod>(__vouch_this: &Vec3<T>) {
        let __vouch_elem = ::vouch::__private::pod::elem();
        ::vouch::__private::pod::elem_is(&__vouch_elem, &raw const __vouch_this.x);
        ::vouch::__private::pod::elem_array(&__vouch_elem, &raw const __vouch_this.y);
    }
    #[automatically_derived]
    unsafe impl<T: vouch::Pod> ::vouch::__private::pod::Pod for Vec3<T> {}
};
fn main() {}
