// A `crate =` path under the user's control whose `core::ops::Drop` is a
// dummy trait: the "no `Drop` impl" guard must still see the real `Drop`,
// so the `Drop` impl below that moves a pinned future is rejected.
use std::future::Future;
use vouch::pin_project;

mod fake {
    pub mod __private {
        pub mod core {
            pub use ::core::*;
            pub mod ops {
                pub trait Drop {}
            }
        }
    }
    pub use vouch::pin_projection;
}

#[pin_project(crate = "fake")]
struct Holder<F: Future<Output = ()> + Default> {
    #[pin]
    future: F,
}

impl<F: Future<Output = ()> + Default> Drop for Holder<F> {
    fn drop(&mut self) {
        // Moves the (pinned, maybe self-referential) future out.
        let moved = std::mem::take(&mut self.future);
        let _ = Box::pin(moved);
    }
}

fn main() {}
