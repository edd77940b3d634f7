// A hand call of `pod_proof!` whose `where` clause ends the impl early
// (`{}`) and opens an impl of a trait of its own, which gets the proof:
// the `Zeroable` impl for `Count` would stand without one, and `zeroed()`
// would make a `NonZeroU8` of zero.
use core::num::NonZeroU8;

#[derive(Clone, Copy)]
pub struct Count(pub NonZeroU8);

pub trait Decoy {
    const PROOF: ();
}

#[derive(Clone, Copy)]
pub union Other {
    pub a: u8,
}

vouch::pod_proof!(union Zeroable [] [Count] [Count: Copy {} impl Decoy for Other where Other: Copy] Other { a: u8 });

fn main() {}
