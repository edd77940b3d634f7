#[derive(vouch::Builder)]
union Config {
    a: u8,
}

fn main() {}
