// `pod_refused!` called by hand with an "error" whose macro the caller
// defined to expand to nothing: the macro that runs is the one
// `pod_refused!` defines right before the call, so the error stays.
#[derive(Clone, Copy)]
#[repr(C)]
struct Padded {
    tag: u8,
    value: u32,
}

macro_rules! quiet {
    ($($tokens:tt)*) => {};
}

vouch::pod_refused!([] [Padded] [] [Zeroable Pod] { quiet! { "the stand-ins stay unusable" } });

fn main() {
    let _ = vouch::bytes_of(&Padded { tag: 0, value: 0 });
}
