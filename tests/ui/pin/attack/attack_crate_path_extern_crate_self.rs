// `extern crate self as vouch` with a fake `__private`: generated code
// that named the guards through `::vouch` would find the fakes. The guards
// come from the real runtime (`$crate`), so the `Drop` impl is rejected.
extern crate vouch as real_vouch;
extern crate self as vouch;

pub mod __private {
    pub mod core {
        pub use ::core::*;
        pub mod ops {
            pub trait Drop {}
        }
    }
    pub use real_vouch::__private::pin;
}
pub use real_vouch::pin_projection;

#[real_vouch::pin_project]
struct Holder {
    #[pin]
    future: std::future::Pending<()>,
}

impl Drop for Holder {
    fn drop(&mut self) {}
}

fn main() {}
