// The runtime macro called by hand with generic "arguments" that close the
// type and begin another item: each argument must be one token tree.
use std::marker::PhantomPinned;
use std::pin::Pin;

struct Checked {
    field: PhantomPinned,
}

struct Unchecked {
    field: PhantomPinned,
}

struct Proj<'pin> {
    field: Pin<&'pin mut PhantomPinned>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Checked [> {} impl Unchecked <],
    generics: [],
    where: [],
    unpin: UnsafeUnpin [impl UnsafeUnpin],
    drop: NoDrop Guard [impl],
    data: { [] { field field: binding [PhantomPinned], } },
    project: all [] Proj [],
    project_ref: any [] Proj [],
    project_replace: any [] Proj [],
}

fn main() {}
