// A setter the library keeps to itself (`setters(vis = "pub(crate)")`).
use vouch_fixture::builder::ServerConfig;

fn main() {
    let _ = ServerConfig::builder().listen_on(80).id(7).finish();
}
