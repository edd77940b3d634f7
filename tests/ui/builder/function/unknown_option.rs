// Options of the function builder are those of `derive(Builder)`'s struct.
#[vouch::builder(finish = run)]
fn connect(#[builder(defualt)] port: u16) -> u16 {
    port
}

fn main() {}
