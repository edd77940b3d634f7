// A type macro may expand to a different type in the impl than in the
// struct, so it is refused in the wrapped type.
use vouch_attack_macros::flip;

#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
struct Wrapper(flip!());

fn main() {}
