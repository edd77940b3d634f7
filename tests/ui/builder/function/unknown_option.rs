// A misspelled option of the function builder.
#[vouch::builder(finsh_fn = run)]
fn double(value: u8) -> u8 {
    value * 2
}

fn main() {}
