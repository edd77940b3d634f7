// `pod_proof!`'s internal rules are not a way around its checks: a `Pod`
// impl always gets the `Pod` field check and the padding check, because
// both are chosen by the trait it implements.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S {
    flag: bool,
    wide: u32,
}

vouch::pod_proof!(@struct Pod zeroable_field [] [] [S] [] S { flag: bool, wide: u32 });

fn main() {}
