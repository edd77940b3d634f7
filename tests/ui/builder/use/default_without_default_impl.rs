struct NoDefault;

#[derive(vouch::Builder)]
struct Config {
    #[builder(default)]
    value: NoDefault,
}

fn main() {}
