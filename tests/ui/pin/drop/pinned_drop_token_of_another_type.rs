use core::marker::PhantomPinned;
use core::pin::Pin;
use vouch::{pin_project, pinned_drop, PinnedDrop, PinnedDropToken};

// A type whose destructor relies on running once, at the end.
#[pin_project(PinnedDrop)]
pub struct Victim {
    #[pin]
    pinned: PhantomPinned,
}

#[pinned_drop]
impl PinnedDrop for Victim {
    fn drop(self: Pin<&mut Self>) {}
}

#[pin_project(PinnedDrop)]
struct Attacker<'a> {
    victim: Pin<&'a mut Victim>,
}

// Written by hand, so its token has a name; it is a token for `Attacker`
// only, and cannot run `Victim`'s destructor early.
// SAFETY: claimed, to show that the compiler refuses the body anyway.
unsafe impl PinnedDrop for Attacker<'_> {
    fn drop(self: Pin<&mut Self>, token: PinnedDropToken<'_, Self>) {
        PinnedDrop::drop(self.project().victim.as_mut(), token);
    }
}

fn main() {}
