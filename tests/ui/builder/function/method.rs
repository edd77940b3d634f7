// A method: not supported yet.
struct Counter(u8);

impl Counter {
    #[vouch::builder]
    fn add(&self, more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {}
