// A required field whose setter is renamed is not set: the note names the
// setter to call.
use vouch_fixture::builder::ServerConfig;

fn main() {
    let _ = ServerConfig::builder().finish();
}
