// Generic: the proof runs for each instantiation that is used; this
// one has padding, so the build stops where it is first used.
// A generic packed struct; an attribute macro after the derive removes the
// `repr`. The constants measuring the instance `Tagged<u64>` see the padding.
#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[vouch_attack_macros::remove_repr]
#[repr(C, packed)]
struct Tagged<T: vouch::Pod> {
    tag: u8,
    value: T,
}

fn main() {
    let _ = vouch::bytes_of(&Tagged::<u64> { tag: 0, value: 0 });
}
