// `Padded` has padding bytes: it is no pod type, so it cannot be viewed as
// bytes from another crate either.
use vouch_fixture::pod::Padded;

fn main() {
    let padded = Padded { tag: 1, value: 2 };
    let _bytes = vouch::bytes_of(&padded);
}
