// typed-builder's `setter(strip_bool)` is refused at `strip_bool`.
#[derive(vouch::Builder)]
struct Flags {
    #[builder(setter(strip_bool))]
    verbose: bool,
}

fn main() {}
