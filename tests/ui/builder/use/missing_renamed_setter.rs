#[derive(vouch::Builder)]
#[builder(finish_fn = finish)]
struct Config {
    #[builder(name = with_port)]
    port: u16,
}

fn main() {
    let _ = Config::builder().finish();
}
