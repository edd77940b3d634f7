// An argument of a library's method builder is set twice.
use vouch_fixture::builder::Counter;

fn main() {
    let mut counter = Counter::builder().start(1).build();
    let _ = counter.add().by(1).by(2).call();
}
