// A hand call of `pin_projection!` names the pinned type `Foo<dyn Tr>`
// for a field `Foo<dyn Tr + 'a>`. In a function body the trait object's
// lifetime would be inferred and match; in the `Unpin` impl's `where`
// clause it is `'static`, and `Foo<dyn Tr + 'static>` is `Unpin` here:
// `S<'a>` would be `Unpin` while its pinned field is not.
use std::marker::{PhantomData, PhantomPinned};

pub trait Tr {}

pub struct Foo<T: ?Sized>(PhantomPinned, PhantomData<T>);

impl Unpin for Foo<dyn Tr + 'static> {}

pub struct S<'a> {
    f: Foo<dyn Tr + 'a>,
}

pub struct SProj<'pin, 'a> {
    pub f: std::pin::Pin<&'pin mut Foo<dyn Tr + 'a>>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: S ['a],
    generics: ['a],
    where: [],
    unpin: Auto Witness [] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field f: f [Foo<dyn Tr>], } },
    project: all [pub] SProj [],
    project_ref: any [] SProj [],
    project_replace: any [] SProj [],
}

fn main() {}
