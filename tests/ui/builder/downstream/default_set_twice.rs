// A field with a default is set twice.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder()
        .host("a")
        .port(1)
        .retries(1)
        .retries(2)
        .build();
}
