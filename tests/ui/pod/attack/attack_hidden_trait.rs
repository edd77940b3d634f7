// The only hidden trait the pod derives rely on is sealed: a hand-written
// impl cannot make a `u64` pass for a zero-sized field.
struct Fake;

unsafe impl vouch::__private::pod::OneZst for Fake {}

fn main() {}
