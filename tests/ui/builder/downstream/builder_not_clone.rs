// A builder without `derive(Clone)` is cloned.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let builder = ClientConfig::builder().host("a");
    let _ = builder.clone();
}
