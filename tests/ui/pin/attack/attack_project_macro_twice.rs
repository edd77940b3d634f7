// The runtime macro called by hand a second time for the same type, with
// the pinned field described as unpinned: the two `Unpin` impls conflict.
use std::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project(project = HolderProj)]
struct Holder {
    #[pin]
    field: PhantomPinned,
}

struct Unpinned<'pin>(&'pin mut PhantomPinned);

vouch::pin_projection! {
    lifetime: 'pin,
    type: Holder [],
    generics: [],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field field: binding, } },
    project: any [] Unpinned [],
    project_ref: any [] Unpinned [],
    project_replace: any [] Unpinned [],
}

fn main() {}
