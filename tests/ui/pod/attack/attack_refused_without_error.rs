// `pod_refused!` called by hand to get a stand-in `Pod` impl with no
// error: it needs at least one error to emit, and emits every one.
#[derive(Clone, Copy)]
#[repr(C)]
struct Padded {
    tag: u8,
    value: u32,
}

vouch::pod_refused!([] [Padded] [] [Pod] {});

fn main() {}
