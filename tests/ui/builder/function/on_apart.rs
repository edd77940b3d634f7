// `on(..)` rules stand together, with no other option between them.
#[vouch::builder(on(String, into), finish_fn = run, on(u8, overwritable))]
fn greet(name: String, times: u8) -> String {
    name.repeat(times.into())
}

fn main() {}
