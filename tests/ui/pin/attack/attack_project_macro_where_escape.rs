// The runtime macro called by hand with a `where` clause that ends the
// generated impl and begins another one, so that the `unsafe` projection
// would land in an impl for a type the guards never checked: rejected.
use std::marker::PhantomPinned;
use std::pin::Pin;

struct Checked {
    field: u8,
}

struct Unchecked {
    field: PhantomPinned,
}

struct Proj<'pin> {
    field: Pin<&'pin mut PhantomPinned>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: Checked [],
    generics: [],
    where: [u8: Copy, {} impl Unchecked where],
    unpin: UnsafeUnpin [impl UnsafeUnpin],
    drop: NoDrop Guard [impl],
    data: { [] { field field: binding [PhantomPinned], } },
    project: all [] Proj [],
    project_ref: any [] Proj [],
    project_replace: any [] Proj [],
}

fn main() {}
