#[derive(vouch::Builder)]
#[builder(builder_type(name = Make, vis = "public"))]
struct Config {
    port: u16,
}

fn main() {}
