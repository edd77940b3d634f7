#[vouch::builder]
fn connect(host: &str, #[builder(default = 80)] port: u16) -> String {
    format!("{host}:{port}")
}

struct Counter(u32);

#[vouch::bon]
impl Counter {
    #[builder]
    fn add(&mut self, #[builder(start_fn)] amount: u32, scale: Option<u32>) {
        self.0 += amount * scale.unwrap_or(1);
    }
}
