// typed-builder's `mutators(..)` is refused at its key.
#[derive(vouch::Builder)]
#[builder(mutators(
    fn add(&mut self, n: u32) {
        self.total += n;
    }
))]
struct Sum {
    total: u32,
}

fn main() {}
