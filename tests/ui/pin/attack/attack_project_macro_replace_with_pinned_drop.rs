// The runtime macro called by hand with `PinnedDrop` and `project_replace`
// together, which `#[pin_project]` rejects: `project_replace` would skip
// the `PinnedDrop` of the old value. Its own no-`Drop` guard rejects it.
use std::marker::PhantomPinned;
use std::pin::Pin;
use vouch::{PinnedDrop, PinnedDropToken};

struct Holder {
    field: PhantomPinned,
}

struct HolderOwn {
    field: std::marker::PhantomData<PhantomPinned>,
}

// SAFETY: the body does not use its token.
unsafe impl PinnedDrop for Holder {
    fn drop(self: Pin<&mut Self>, _: PinnedDropToken<'_, Self>) {}
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Holder [],
    generics: [],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: PinnedDrop [impl PinnedDrop PinnedDropArgument],
    data: { [] { field field: binding [PhantomPinned], } },
    project: any [] HolderOwn [],
    project_ref: any [] HolderOwn [],
    project_replace: all [] HolderOwn [],
}

fn main() {}
