// `crate = ..` takes an absolute path: a bare name may mean a module.
#[derive(vouch::Builder)]
#[builder(crate = vouch)]
struct Config {
    port: u16,
}

fn main() {}
