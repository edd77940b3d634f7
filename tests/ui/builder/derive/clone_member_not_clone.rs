// `derive(Clone)` on a builder whose members' type is not `Clone`: one
// error per member, at its type, whichever way the member is given.
struct Handle;

#[derive(vouch::Builder)]
#[builder(derive(Clone))]
struct Config {
    #[builder(start_fn)]
    first: Handle,
    second: Handle,
    third: Option<Handle>,
    #[builder(default = Handle)]
    fourth: Handle,
    port: u16,
}

fn main() {}
