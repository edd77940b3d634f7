// `derive(Into)` has nothing to pass a `finish_fn` member: the error is at it.
#[vouch::builder(derive(Into))]
fn area(width: u32, #[builder(finish_fn)] height: u32) -> u32 {
    width * height
}

fn main() {}
