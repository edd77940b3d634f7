// `#[vouch::bon]` takes no arguments.
struct Counter;

#[vouch::bon(finish_fn = run)]
impl Counter {
    #[builder]
    fn new(step: u32) -> u32 {
        step
    }
}

fn main() {}
