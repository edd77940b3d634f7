#[derive(vouch::Builder)]
#[builder(finsh_fn = done)]
struct Config {
    #[builder(defualt)]
    port: u16,
    #[builder(into, into)]
    host: String,
    #[builder(skip(1))]
    cache: u8,
}

fn main() {}
