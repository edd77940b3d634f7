// A `start_fn` member is held from the start, so its type cannot change.
#[derive(vouch::Builder)]
#[builder(generics(setters = "conv_{}"))]
struct Held<T> {
    #[builder(start_fn)]
    first: Vec<T>,
    rest: u8,
}

fn main() {}
