//! Stream combinators written by hand with `#[vouch::pin_project]`: `Then`
//! runs an async function on every item of a stream, `Fuse` makes a stream
//! return `None` forever once it has ended, and `Collect` is the future that
//! drains it. A tiny executor polls it all to completion with a waker that
//! does nothing. Only `std`; no `unsafe` anywhere in this file.
//!
//! Run with `cargo run --example pin_stream`.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};
use vouch::pin_project;

/// A minimal stream trait (what `futures::Stream` looks like).
trait Stream {
    type Item;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>;
}

/// Yields `1..=last`, one number per poll.
struct Count {
    next: u32,
    last: u32,
}

impl Stream for Count {
    type Item = u32;
    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.next > self.last {
            return Poll::Ready(None);
        }
        self.next += 1;
        Poll::Ready(Some(self.next - 1))
    }
}

/// For every item, runs `f(item)` to completion and yields its output.
/// Both the stream and the running future are pinned fields: the future
/// of an `async` block may borrow from itself and must never move.
#[pin_project(project = ThenProj)]
struct Then<S, F, Fut> {
    #[pin]
    stream: S,
    #[pin]
    running: Option<Fut>,
    f: F,
}

impl<S, F, Fut> Stream for Then<S, F, Fut>
where
    S: Stream,
    F: FnMut(S::Item) -> Fut,
    Fut: Future,
{
    type Item = Fut::Output;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Fut::Output>> {
        let ThenProj {
            mut stream,
            mut running,
            f,
        } = self.project();
        loop {
            if let Some(future) = running.as_mut().as_pin_mut() {
                let output = std::task::ready!(future.poll(cx));
                // Dropped in place, as the pinning contract wants.
                running.set(None);
                return Poll::Ready(Some(output));
            }
            match std::task::ready!(stream.as_mut().poll_next(cx)) {
                Some(item) => running.set(Some(f(item))),
                None => return Poll::Ready(None),
            }
        }
    }
}

/// Returns `None` forever once the inner stream has returned it once.
#[pin_project(project = FuseProj)]
struct Fuse<S> {
    #[pin]
    stream: S,
    done: bool,
}

impl<S: Stream> Stream for Fuse<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let FuseProj { stream, done } = self.project();
        if *done {
            return Poll::Ready(None);
        }
        let next = std::task::ready!(stream.poll_next(cx));
        *done = next.is_none();
        Poll::Ready(next)
    }
}

/// The future that drains a stream into a `Vec`.
#[pin_project]
struct Collect<S: Stream> {
    #[pin]
    stream: S,
    items: Vec<S::Item>,
}

impl<S: Stream> Future for Collect<S> {
    type Output = Vec<S::Item>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<S::Item>> {
        let mut this = self.project();
        while let Some(item) = std::task::ready!(this.stream.as_mut().poll_next(cx)) {
            this.items.push(item);
        }
        Poll::Ready(std::mem::take(this.items))
    }
}

/// Pending once (after asking to be polled again), then ready.
async fn yield_now() {
    let mut yielded = false;
    std::future::poll_fn(|cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await;
}

/// Polls a future to completion on this thread; returns its output and
/// the number of polls it took.
fn block_on<F: Future>(future: F) -> (F::Output, u32) {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return (output, polls);
        }
    }
}

fn main() {
    let tens = Then {
        stream: Count { next: 1, last: 4 },
        running: None,
        f: |n: u32| async move {
            yield_now().await;
            n * 10
        },
    };
    let fused = Fuse {
        stream: tens,
        done: false,
    };
    let (items, polls) = block_on(Collect {
        stream: fused,
        items: Vec::new(),
    });
    println!("collected {items:?} in {polls} polls");
    assert_eq!(items, [10, 20, 30, 40]);
    // One poll per `yield_now`, plus the last one that finds the end.
    assert_eq!(polls, 5);
}
