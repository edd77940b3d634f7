#[derive(vouch::Builder)]
#[builder(state_mod = config_state)]
struct Config {
    host: String,
}

fn main() {}
