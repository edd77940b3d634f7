#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
union Value {
    int: u32,
    float: f32,
}

fn main() {}
