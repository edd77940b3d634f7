// A method's receiver is held from the start, so the impl's parameter it
// names cannot change.
struct Wrapper<T>(T);

#[vouch::bon]
impl<T: Clone> Wrapper<T> {
    #[builder(generics(setters = "conv_{}"))]
    fn with(&self, extra: u8) -> (T, u8) {
        (self.0.clone(), extra)
    }
}

fn main() {}
