// `getter(deref(T))` with a `T` the member's type does not deref to:
// reported at `T`.
#[derive(vouch::Builder)]
struct Config {
    #[builder(getter(deref(u64)))]
    host: String,
    #[builder(getter(deref([u8])))]
    alias: Option<String>,
}

fn main() {}
