// A hand call of `pod_proof!` that claims `Addr` wraps a reference while
// its field is a `usize`. `Addr` already wraps `usize` by a derived impl,
// so a proof that only asked "does `Addr` wrap the field's type?" would
// hold; the proof must compare the field's type with the impl's own.
#[derive(vouch::TransparentWrapper)]
#[repr(transparent)]
struct Addr(usize);

vouch::pod_proof!(transparent [] [Addr] [] [&'static u64] Addr { 0 });

fn main() {}
