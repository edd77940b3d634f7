// An optional field is set twice, once through its `maybe_` setter.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder()
        .host("a")
        .port(1)
        .timeout(5)
        .maybe_timeout(None)
        .build();
}
