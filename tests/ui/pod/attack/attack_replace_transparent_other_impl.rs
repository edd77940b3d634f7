// The derive sees `Addr(&'static u64)`; an attribute after it puts a
// struct `Addr(usize)` with a derive of its own in its place. That second
// derive's impl (`TransparentWrapper<usize>`) must not prove the first
// (`TransparentWrapper<&'static u64>`).
#[derive(vouch::TransparentWrapper)]
#[vouch_attack_macros::replace_with {
    #[derive(vouch::TransparentWrapper)]
    #[repr(transparent)]
    struct Addr(usize);
}]
#[repr(transparent)]
struct Addr(&'static u64);

fn main() {}
