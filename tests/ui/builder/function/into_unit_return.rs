// `derive(Into)` on a function that returns nothing.
#[vouch::builder(derive(Into))]
fn log(line: u16) {
    let _ = line;
}

fn main() {}
