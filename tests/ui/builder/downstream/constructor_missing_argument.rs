// A required argument of a library's `#[vouch::bon]` constructor is not set.
use vouch_fixture::builder::Counter;

fn main() {
    let _ = Counter::builder().build();
}
