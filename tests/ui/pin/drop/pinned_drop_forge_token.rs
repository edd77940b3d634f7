use vouch::PinnedDropToken;

fn main() {
    // The token cannot be created by safe code.
    let _token = PinnedDropToken::<u8>::new_unchecked();
}
