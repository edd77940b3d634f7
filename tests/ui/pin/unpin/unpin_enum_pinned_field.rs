use core::marker::PhantomPinned;
use vouch::pin_project;

#[pin_project(project = EnumProj)]
enum Enum<T> {
    A(#[pin] T),
    B(u8),
}

fn assert_unpin<T: Unpin>() {}

fn main() {
    assert_unpin::<Enum<PhantomPinned>>();
}
