// A relative `crate = ..` is one error, however many methods the block has.
struct Counter(u8);

#[vouch::bon(crate = self::vouch)]
impl Counter {
    #[builder]
    fn add(&self, more: u8) -> u8 {
        self.0 + more
    }

    #[builder]
    fn sub(&self, less: u8) -> u8 {
        self.0 - less
    }
}

fn main() {}
