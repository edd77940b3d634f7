// A `field` member is private to the builder's module.
mod config {
    #[derive(vouch::Builder)]
    pub struct Config {
        #[builder(field)]
        cache: u32,
    }
}

fn main() {
    let builder = config::Config::builder();
    let _ = builder.cache;
}
