// A setter is given a value of the wrong type.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().host("a").port("80").build();
}
