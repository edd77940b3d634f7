// `crate = ..` is the impl block's: `#[vouch::bon(crate = ..)]`.
struct Counter(u8);

#[vouch::bon]
impl Counter {
    #[builder(crate = ::vouch)]
    fn add(&self, more: u8) -> u8 {
        self.0 + more
    }
}

fn main() {}
