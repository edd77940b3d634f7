// `getter(clone)` on a member whose type is not `Clone`: reported at the
// type.
struct Handle;

#[derive(vouch::Builder)]
struct Config {
    #[builder(getter(clone), default = Handle)]
    handle: Handle,
}

fn main() {}
