// `start_fn(vis = ..)` without a name: the start function is the function.
#[vouch::builder(start_fn(vis = ""))]
pub fn make(port: u16) -> u16 {
    port
}

fn main() {}
