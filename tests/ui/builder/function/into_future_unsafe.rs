// Awaiting the builder of an `unsafe fn` would call it in safe code.
#[vouch::builder(derive(IntoFuture(Box)))]
async unsafe fn fetch(port: u16) -> u16 {
    port
}

fn main() {}
