// A hand call of `pin_projection!` whose type argument is a braced
// constant with an attribute on its item. An attribute may be a macro that
// expands differently at each copy of the type (the guard's and the
// `Unpin` impl's). Refused.
use std::pin::Pin;

pub struct S<F, const N: usize> {
    pub f: F,
}

pub struct Proj<'pin, F, const N: usize> {
    pub f: Pin<&'pin mut F>,
}

vouch::pin_projection! {
    lifetime: 'pin,
    type: S [F, { #[allow(dead_code)] const X: usize = 0; X }],
    generics: [F],
    where: [],
    unpin: Auto W [::core::marker::PhantomData<F>,] [impl Unpin],
    drop: NoDrop Guard [impl],
    data: { [] { field f: f [F], } },
    project: all [pub] Proj [],
    project_ref: any [] Proj [],
    project_replace: any [] Proj [],
}

fn main() {}
