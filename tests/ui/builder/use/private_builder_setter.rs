mod inner {
    #[derive(vouch::Builder)]
    #[builder(finish_fn(name = build, vis = ""))]
    pub struct Config {
        pub port: u16,
    }
}

fn main() {
    let _ = inner::Config::builder().port(1).build();
}
