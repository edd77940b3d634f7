// The tag of the zero variant is checked on one instance (`u8` for `T`),
// which a bound of the user's own may not allow.
trait Unit {}

#[derive(Clone, Copy, vouch::Zeroable)]
#[repr(u8)]
enum Slot<T: vouch::Zeroable + Unit> {
    Free(T),
    Taken,
}

fn main() {}
