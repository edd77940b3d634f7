// Two required fields of a library's builder are not set: both are named.
use vouch_fixture::builder::ClientConfig;

fn main() {
    let _ = ClientConfig::builder().timeout(10).build();
}
