// A start_fn / finish_fn member is an argument: setter options mean nothing for it.
#[vouch::builder]
fn open(
    #[builder(start_fn, default)] path: &str,
    #[builder(finish_fn, name = mode_of)] mode: u32,
    #[builder(start_fn, finish_fn)] flags: u32,
    #[builder(start_fn = first)] user: u32,
) -> u32 {
    let _ = path;
    mode + flags + user
}

fn main() {}
