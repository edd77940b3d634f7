// The runtime macro called by hand with a pinned type that is a macro call
// (which could expand to another type in the `Unpin` witness than in the
// field-type check): rejected.
use std::marker::PhantomPinned;

struct Holder {
    field: PhantomPinned,
}

struct HolderProj<'pin>(&'pin ());

macro_rules! pinned {
    () => {
        PhantomPinned
    };
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Holder [],
    generics: [],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field field: binding [pinned!()], } },
    project: any [] HolderProj [],
    project_ref: any [] HolderProj [],
    project_replace: any [] HolderProj [],
}

fn main() {}
