// `build()` is called on a builder whose finishing method is renamed.
use vouch_fixture::builder::ServerConfig;

fn main() {
    let _ = ServerConfig::builder().listen_on(80).build();
}
