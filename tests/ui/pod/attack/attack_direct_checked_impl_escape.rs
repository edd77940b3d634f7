// A hand call of the internal `@checked_impl` rule whose `where` clause
// ends the `unsafe impl CheckedBitPattern` early with a body of its own
// (every byte valid) and hands the proof to a decoy impl.
#[derive(Clone, Copy)]
pub struct Flag(pub bool);

pub trait Decoy {
    type Bits;
    const PROOF: ();
    fn is_valid_bit_pattern(bits: &Self::Bits) -> bool;
}

#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)]
#[repr(C)]
pub struct Other(pub u8);

vouch::pod_proof!(@checked_impl [] [Flag] [Other] [Flag: Copy { type Bits = u8; fn is_valid_bit_pattern(_: &u8) -> bool { true } } impl Decoy for Other where Other: Copy] Other { 0: u8 });

fn main() {}
