#[derive(vouch::Builder)]
struct Config {
    host: String,
    port: Option<u16>,
}
