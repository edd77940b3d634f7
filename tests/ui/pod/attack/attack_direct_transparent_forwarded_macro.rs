// The wrapped type of a hand call of `pod_proof!` is a type macro that
// expands differently at each use, hidden in a `$ty` fragment forwarded by
// another macro: the proof must refuse the fragment, as it cannot see into
// it.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct W(u8);

macro_rules! forward {
    ($ty:ty) => {
        vouch::pod_proof!(transparent [] [W] [] [$ty] W { 0 });
    };
}

forward!(vouch_attack_macros::flip!());

fn main() {}
