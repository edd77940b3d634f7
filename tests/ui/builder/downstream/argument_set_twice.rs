// An argument of a library's function builder is set twice.
use vouch_fixture::builder::greet;

fn main() {
    let _ = greet().name("a").name("b").call();
}
