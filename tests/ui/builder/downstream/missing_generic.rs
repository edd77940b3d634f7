// A required field of a generic builder is not set.
use vouch_fixture::builder::Labeled;

fn main() {
    let _ = Labeled::builder().value(1_u8).build();
}
