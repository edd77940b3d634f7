// An associated function (it names `Self`): not supported yet.
struct Counter(u8);

impl Counter {
    #[vouch::builder]
    fn new(start: u8) -> Self {
        Counter(start)
    }
}

fn main() {}
