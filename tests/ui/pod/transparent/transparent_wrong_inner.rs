use core::marker::PhantomData;

#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
#[transparent(u64)]
struct Tagged<T> {
    value: u32,
    _tag: PhantomData<T>,
}

fn main() {}
