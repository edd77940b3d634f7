#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
union Value {
    byte: u8,
    word: u32,
}

fn main() {}
