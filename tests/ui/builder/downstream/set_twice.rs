// A field is set twice: the error is at the second call.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().host("a").port(1).port(2).build();
}
