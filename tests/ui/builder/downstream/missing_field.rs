// A required field of a library's builder is not set.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().host("example.com").build();
}
