// `Pair<T>` needs `T: Pod`, and `Level` is not.
use vouch_fixture::pod::{Level, Pair};

fn main() {
    let _pair = Pair { a: Level::Low, b: Level::High };
}
