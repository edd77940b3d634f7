// The runtime macro called by hand with a field left out: its patterns
// name every field, so the description must be the whole type.
use std::marker::PhantomPinned;

struct Holder {
    pinned: PhantomPinned,
    other: u8,
}

struct HolderProj<'pin> {
    pinned: std::pin::Pin<&'pin mut PhantomPinned>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Holder [],
    generics: [],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field pinned: binding [PhantomPinned], } },
    project: all [] HolderProj [],
    project_ref: any [] HolderProj [],
    project_replace: any [] HolderProj [],
}

fn main() {}
