struct NoDefault;

#[derive(vouch::Builder)]
struct Config {
    #[builder(skip)]
    value: NoDefault,
}

fn main() {}
