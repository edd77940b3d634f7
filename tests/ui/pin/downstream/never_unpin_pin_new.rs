// Another crate pins a `#[pin_project(!Unpin)]` value with `Pin::new`,
// which needs `Unpin`.
use core::pin::Pin;
use vouch_fixture::pin::Guarded;

fn main() {
    let mut guarded = Guarded::default();
    let _ = Pin::new(&mut guarded);
}
