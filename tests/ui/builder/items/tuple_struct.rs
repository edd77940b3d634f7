#[derive(vouch::Builder)]
struct Config(u8, u16);

fn main() {}
