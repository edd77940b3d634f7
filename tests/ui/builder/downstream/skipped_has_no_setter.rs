// A skipped field has no setter.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().host("a").port(1).connections(2).build();
}
