// The whole attack: an `Unpin` impl lets safe code move a pinned
// self-referential future out of its `Pin` after polling it, and poll the
// moved copy (a use-after-free). The impl must not compile.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Waker};
use vouch::pin_project;

#[pin_project]
struct Wrapper<F> {
    #[pin]
    future: F,
}

impl<F: Future> Unpin for Wrapper<F> {}

fn poll<F: Future>(future: Pin<&mut Wrapper<F>>) {
    let _ = future.project().future.poll(&mut Context::from_waker(Waker::noop()));
}

fn make() -> Wrapper<impl Future<Output = ()>> {
    Wrapper {
        future: async {
            let local = [1_u8; 8];
            let reference = &local;
            std::future::pending::<()>().await;
            let _ = reference[0];
        },
    }
}

fn main() {
    let mut first = make();
    let mut second = make();
    poll(Pin::new(&mut first));
    // Moves the polled future, whose `reference` points into `first`.
    std::mem::swap(&mut first, &mut second);
    drop(first);
    poll(Pin::new(&mut second));
}
