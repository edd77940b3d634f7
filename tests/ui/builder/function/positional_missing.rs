// The finish_fn members are the finishing method's arguments.
#[vouch::builder]
fn open(#[builder(start_fn)] path: &str, #[builder(finish_fn)] mode: u32, user: u32) -> u32 {
    let _ = path;
    mode + user
}

fn main() {
    let _ = open("p").user(1).call();
}
