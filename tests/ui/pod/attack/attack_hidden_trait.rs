// The one trait of `vouch::proof` a type implements by choice is sealed:
// a hand-written impl cannot make a `u64` pass for a zero-sized field.
struct Fake;

unsafe impl vouch::proof::KnownZeroSized for Fake {}

fn main() {}
