// `Level` has no all-zero guarantee from the fixture: it is not `Zeroable`.
use vouch_fixture::pod::Level;

fn main() {
    let _level: Level = vouch::zeroed();
}
