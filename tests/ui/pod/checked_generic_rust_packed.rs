// A generic struct's `Bits` shares its layout only under `repr(C)` rules; a
// Rust-layout `packed` may order the fields differently.
#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(packed)]
struct Pair<T: vouch::CheckedBitPattern> {
    a: T,
    b: T,
}

fn main() {}
