// `derive(Into)` cannot wait for an `async fn`: the error is at `async`.
#[vouch::builder(derive(Into))]
async fn fetch(port: u16) -> u16 {
    port
}

fn main() {}
