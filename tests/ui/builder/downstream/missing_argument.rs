// A required argument of a library's function builder is not set.
use vouch_fixture::builder::greet;

fn main() {
    let _ = greet().times(2).call();
}
