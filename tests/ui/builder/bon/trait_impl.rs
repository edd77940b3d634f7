// `#[vouch::bon]` on a trait impl.
struct Counter(u8);

#[vouch::bon]
impl Default for Counter {
    fn default() -> Self {
        Counter(0)
    }
}

fn main() {
    let _ = Counter::default().0;
}
