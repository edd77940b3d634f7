// Another crate expects the pinned field back by value from
// `project_replace`: pinned fields are dropped in place and come back as
// `PhantomData`.
use core::future::{Ready, ready};
use core::pin::pin;
use vouch_fixture::pin::{State, StateOwn};

fn main() {
    let state = pin!(State::Running(ready(1_u8)));
    if let StateOwn::Running(future) = state.project_replace(State::Done(2)) {
        let _: Ready<u8> = future;
    }
}
