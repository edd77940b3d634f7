// Another crate matches the projection of an enum on a variant it does not
// have.
use core::future::Ready;
use core::pin::pin;
use vouch_fixture::pin::{State, StateProj};

fn main() {
    let state = pin!(State::<Ready<u8>>::Done(1));
    match state.project() {
        StateProj::Running(_) => {}
        StateProj::Pending => {}
    }
}
