// A `crate =` path whose `pin_projection!` is the attacker's own: without
// writing `unsafe`, it cannot pin a field it did not prove pinned.
use vouch::pin_project;

mod fake {
    pub mod __private {
        pub use ::core;
    }
    macro_rules! pin_projection {
        ($($tokens:tt)*) => {
            impl Holder {
                fn project<'pin>(
                    self: ::core::pin::Pin<&'pin mut Self>,
                ) -> ::core::pin::Pin<&'pin mut ::core::marker::PhantomPinned> {
                    ::core::pin::Pin::new_unchecked(&mut ::core::pin::Pin::get_unchecked_mut(self).field)
                }
            }
        };
    }
    pub(crate) use pin_projection;
}

#[pin_project(crate = "fake", project = HolderProj)]
struct Holder {
    #[pin]
    field: core::marker::PhantomPinned,
}

fn main() {}
