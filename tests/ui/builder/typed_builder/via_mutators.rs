// typed-builder's `via_mutators` on a field is refused at its key.
#[derive(vouch::Builder)]
struct Sum {
    #[builder(via_mutators(init = 1))]
    total: u32,
}

fn main() {}
