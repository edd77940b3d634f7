// An attribute after the derive replaces the fieldless enum by a struct
// holding a reference, with constants named like the variants. The proof
// reads each value's bytes at compile time, where a pointer's bytes are an
// error, and matches every value of the real type.
#[derive(Clone, Copy, vouch::NoUninit)]
#[vouch_attack_macros::replace_with {
    #[derive(PartialEq, Eq)]
    struct Kind(&'static u8);
    impl Kind {
        const A: Kind = Kind(&0);
        const B: Kind = Kind(&1);
    }
}]
#[repr(u8)]
enum Kind {
    A,
    B,
}

fn main() {}
