use core::marker::PhantomData;

#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
struct Tagged<T> {
    value: u32,
    _tag: PhantomData<T>,
}

fn main() {}
