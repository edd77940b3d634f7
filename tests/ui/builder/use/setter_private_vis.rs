mod inner {
    #[derive(vouch::Builder)]
    pub struct Config {
        #[builder(setters(vis = ""))]
        pub port: Option<u16>,
    }
}

fn main() {
    let _ = inner::Config::builder().port(1).build();
}
