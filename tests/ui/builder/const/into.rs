// `into` calls `Into::into()`, which a `const fn` cannot.
#[derive(vouch::Builder)]
#[builder(const)]
struct Config {
    #[builder(into)]
    port: u16,
}

fn main() {}
