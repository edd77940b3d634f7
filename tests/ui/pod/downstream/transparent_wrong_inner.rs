// `Meters` wraps a `u32`, not a `u64`.
use vouch::TransparentWrapper;
use vouch_fixture::pod::Meters;

fn main() {
    let _meters = Meters::wrap(5u64);
}
