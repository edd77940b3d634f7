//! The pin capability under strict lints: public projections, a future, a
//! `PinnedDrop`, `UnsafeUnpin` and `!Unpin`, all without `unsafe` code and
//! without the prelude.

use ::core::future::Future;
use ::core::marker::PhantomPinned;
use ::core::option::Option as Maybe;
use ::core::pin::Pin;
use ::core::task::{Context, Poll};

/// Runs a future, then a function on its output.
#[::vouch::pin_project(project = MapProj, project_ref = MapRef, project_replace = MapOwn)]
#[derive(Debug)]
pub struct Map<Fut, F> {
    /// The future to run.
    #[pin]
    pub future: Fut,
    /// The function, taken when the future completes.
    pub then: Maybe<F>,
}

impl<Fut, F, T> Future for Map<Fut, F>
where
    Fut: Future,
    F: ::core::ops::FnOnce(Fut::Output) -> T,
{
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let MapProj { future, then } = self.project();
        match future.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => then
                .take()
                .map_or(Poll::Pending, |func| Poll::Ready(func(output))),
        }
    }
}

/// A state machine with a documented public projection enum.
#[::vouch::pin_project(project = StateProj, project_ref = StateRef)]
#[derive(::core::fmt::Debug)]
pub enum State<Fut> {
    /// Still running.
    Running(#[pin] Fut),
    /// Finished with a value.
    Done {
        /// The value.
        value: u32,
    },
}

/// Counts its own pinned drops.
#[::vouch::pin_project(PinnedDrop, !Unpin)]
#[derive(::core::fmt::Debug)]
pub struct Counted<'cell> {
    /// Incremented once, when the value is dropped.
    pub drops: &'cell ::core::cell::Cell<u32>,
    /// Makes the value `!Unpin`.
    #[pin]
    pinned: PhantomPinned,
}

#[::vouch::pinned_drop]
impl ::vouch::PinnedDrop for Counted<'_> {
    fn drop(self: Pin<&mut Self>) {
        let drops = *self.project().drops;
        drops.set(drops.get().wrapping_add(1));
    }
}

/// `Unpin` decided by hand.
#[::vouch::pin_project(UnsafeUnpin, project = ManualProj)]
#[derive(::core::fmt::Debug)]
pub struct Manual<T> {
    /// Pinned, but `Manual` says when it may move.
    #[pin]
    pub inner: T,
}

/// A tuple struct with a `crate` override and a raw field name.
#[::vouch::pin_project(crate = "::vouch", project = RawProj)]
#[derive(::core::fmt::Debug)]
pub struct Raw<T>(#[pin] pub T, pub u8);

/// Named fields with a raw identifier.
#[::vouch::pin_project]
#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy)]
pub struct Keywords {
    /// Named like a keyword.
    #[pin]
    pub r#type: u8,
}
