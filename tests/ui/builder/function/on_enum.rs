// `#[vouch::builder]` on an enum: the attribute is misplaced.
#[vouch::builder]
enum Mode {
    Fast,
}

fn main() {}
