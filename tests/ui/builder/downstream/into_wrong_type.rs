// An `into` setter is given a value that does not convert.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().host(80_u16).port(1).build();
}
