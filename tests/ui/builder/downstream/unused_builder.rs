// A builder is made and dropped without `build()`.
#![deny(unused_must_use)]

use vouch_fixture::builder::ClientConfig;

fn main() {
    ClientConfig::builder().host("a");
}
