// The runtime macro called by hand on a union: its guard matches the
// fields outside `unsafe`, which a union does not allow.
use std::mem::ManuallyDrop;

union Holder {
    field: ManuallyDrop<u32>,
}

struct HolderProj<'pin> {
    field: std::pin::Pin<&'pin mut ManuallyDrop<u32>>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Holder [],
    generics: [],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field field: binding [ManuallyDrop<u32>], } },
    project: all [] HolderProj [],
    project_ref: any [] HolderProj [],
    project_replace: any [] HolderProj [],
}

fn main() {}
