// A wrapper whose last field is unsized: the derive compares sizes, which
// exist only for sized types.
#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
struct Bytes([u8]);

fn main() {}
