// A `field` member is held from the start, so its type cannot change.
#[derive(vouch::Builder)]
#[builder(generics(setters = "conv_{}"))]
struct Held<T> {
    #[builder(field)]
    cache: Option<T>,
    rest: u8,
}

fn main() {}
