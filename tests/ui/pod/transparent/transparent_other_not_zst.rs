// Besides the wrapped field, only `PhantomData`, `PhantomPinned` and `()`
// are accepted: the derive must know they are zero-sized with alignment 1.
struct Marker;

#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
#[transparent(u32)]
struct Tagged {
    value: u32,
    marker: Marker,
}

fn main() {}
