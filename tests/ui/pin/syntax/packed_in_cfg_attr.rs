use vouch::pin_project;

#[pin_project]
#[cfg_attr(all(), repr(packed))]
struct Struct {
    #[pin]
    field: u32,
}

fn main() {}
