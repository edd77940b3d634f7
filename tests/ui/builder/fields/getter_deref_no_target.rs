// `getter(deref)` on a member whose type has no `Deref` target: reported at
// `deref`.
#[derive(vouch::Builder)]
struct Config {
    #[builder(getter(deref))]
    port: u16,
}

fn main() {}
