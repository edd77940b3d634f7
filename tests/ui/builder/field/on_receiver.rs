// The receiver of a method is carried by the builder already: `field` does not apply.
struct Counter {
    count: u32,
}

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(#[builder(field)] &self, by: u32) -> u32 {
        self.count + by
    }
}

fn main() {}
