// Every mistake of the item is reported at once.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch(crate = 1)]
struct View<'a, 'b> {
    a: &'a u8,
    b: &'b u8,
}

fn main() {}
