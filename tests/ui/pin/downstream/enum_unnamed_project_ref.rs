// Another crate calls `project_ref` on an enum that names only `project`:
// an enum gets only the projections it names.
use core::future::Ready;
use core::pin::pin;
use vouch_fixture::pin::State;

fn main() {
    let state = pin!(State::<Ready<u8>>::Done(1));
    let _ = state.as_ref().project_ref();
}
