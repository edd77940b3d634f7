use vouch::pinned_drop;

#[pinned_drop]
struct Struct {
    field: u8,
}

fn main() {}
