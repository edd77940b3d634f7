//! Runtime tests of the pin capability (Miri runs these).
//!
//! Every accepted shape of `#[pin_project]` compiles here and its
//! projections are exercised: a hand-written future polled to completion,
//! enums, `project_ref`, `project_replace`, `PinnedDrop` running exactly
//! once, generics of every kind, and the `Unpin` rules (positive cases as
//! static assertions, negative ones through an auto-ref probe; the rejected
//! impls are UI cases).
#![allow(clippy::items_after_statements, clippy::unused_self, dead_code)]

extern crate vouch as my_vouch;

use core::cell::Cell;
use core::future::Future;
use core::marker::{PhantomData, PhantomPinned};
use core::pin::{Pin, pin};
use core::task::{Context, Poll, Waker};
use std::rc::Rc;
use vouch::{UnsafeUnpin, pin_project, pinned_drop};

// ---------------------------------------------------------------- helpers

/// Polls a future to completion on the current thread with a waker that
/// does nothing; returns the output and how many polls it took.
fn block_on<F: Future>(future: F) -> (F::Output, usize) {
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

/// A future that is pending `n` times (waking itself), then ready. It holds
/// `PhantomPinned`, so only a correct pin projection can poll it.
struct Yield {
    left: u32,
    _pinned: PhantomPinned,
}

fn yield_times(left: u32) -> Yield {
    Yield {
        left,
        _pinned: PhantomPinned,
    }
}

impl Future for Yield {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: `left` is not structurally pinned; nothing is moved.
        let this = unsafe { self.get_unchecked_mut() };
        if this.left == 0 {
            Poll::Ready(())
        } else {
            this.left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// `true` when `T: Unpin`: the inherent method wins when its bound holds,
/// the trait's default otherwise.
struct Probe<T: ?Sized>(PhantomData<T>);
trait NotUnpin {
    fn is_unpin(&self) -> bool {
        false
    }
}
impl<T: ?Sized> NotUnpin for Probe<T> {}
impl<T: ?Sized + Unpin> Probe<T> {
    fn is_unpin(&self) -> bool {
        true
    }
}
macro_rules! is_unpin {
    ($ty:ty) => {
        Probe::<$ty>(PhantomData).is_unpin()
    };
}

fn assert_unpin<T: ?Sized + Unpin>() {}

/// Counts drops in a shared cell.
struct DropCount(Rc<Cell<u32>>);
impl Drop for DropCount {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

// ------------------------------------------------- a hand-written future

/// `Map`: runs a future, then a function on its output.
#[pin_project(project = MapProj)]
struct Map<Fut, F> {
    #[pin]
    future: Fut,
    f: Option<F>,
}

impl<Fut: Future, F: FnOnce(Fut::Output) -> T, T> Future for Map<Fut, F> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let MapProj { future, f } = self.project();
        match future.poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => {
                Poll::Ready((f.take().expect("polled after completion"))(output))
            }
        }
    }
}

#[test]
fn map_future_polls_to_completion() {
    let inner = async {
        yield_times(3).await;
        21
    };
    let (output, polls) = block_on(Map {
        future: inner,
        f: Some(|x: i32| x * 2),
    });
    assert_eq!(output, 42);
    assert_eq!(polls, 4);
}

/// The same with an unnamed projection (fields reached by `.`).
#[pin_project]
struct Then<Fut> {
    #[pin]
    first: Fut,
    #[pin]
    second: Yield,
    first_done: bool,
}

impl<Fut: Future<Output = ()>> Future for Then<Fut> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.project();
        if !*this.first_done {
            if this.first.poll(cx).is_pending() {
                return Poll::Pending;
            }
            *this.first_done = true;
        }
        this.second.poll(cx)
    }
}

#[test]
fn unnamed_projection_future() {
    let ((), polls) = block_on(Then {
        first: yield_times(2),
        second: yield_times(2),
        first_done: false,
    });
    assert_eq!(polls, 5);
}

// ------------------------------------------------------------------- enums

#[pin_project(
    project = StateProj,
    project_ref = StateRef,
    project_replace = StateOwn
)]
enum State<Fut, T> {
    /// Running.
    Running {
        #[pin]
        future: Fut,
        label: &'static str,
    },
    Tuple(#[pin] Fut, T),
    Done,
}

#[test]
fn enum_projections() {
    let mut state = Box::pin(State::<Yield, u8>::Running {
        future: yield_times(1),
        label: "run",
    });
    match state.as_mut().project() {
        StateProj::Running { future, label } => {
            let future: Pin<&mut Yield> = future;
            assert_eq!(future.left, 1);
            assert_eq!(*label, "run");
            *label = "changed";
        }
        StateProj::Tuple(..) | StateProj::Done => unreachable!(),
    }
    match state.as_ref().project_ref() {
        StateRef::Running { future, label } => {
            assert_eq!(future.left, 1);
            assert_eq!(*label, "changed");
        }
        _ => unreachable!(),
    }
    match state
        .as_mut()
        .project_replace(State::Tuple(yield_times(5), 7))
    {
        StateOwn::Running { future, label } => {
            let _: PhantomData<Yield> = future;
            assert_eq!(label, "changed");
        }
        _ => unreachable!(),
    }
    match state.as_mut().project() {
        StateProj::Tuple(future, value) => {
            assert_eq!(future.left, 5);
            *value += 1;
        }
        _ => unreachable!(),
    }
    assert!(matches!(
        state.as_ref().project_ref(),
        StateRef::Tuple(_, 8)
    ));
    assert!(matches!(
        state.as_mut().project_replace(State::Done),
        StateOwn::Tuple(PhantomData, 8)
    ));
    assert!(matches!(state.as_mut().project(), StateProj::Done));
}

// ----------------------------------------------------------- project_ref

#[pin_project(project_ref = PointRef)]
struct Point(#[pin] u32, String);

#[test]
fn project_ref_of_tuple_struct() {
    let point = Box::pin(Point(3, "x".to_owned()));
    let PointRef(pinned, unpinned) = point.as_ref().project_ref();
    let _: Pin<&u32> = pinned;
    assert_eq!(*pinned, 3);
    assert_eq!(unpinned, "x");
    // The unnamed `project` exists too.
    let mut point = point;
    *point.as_mut().project().1 = "y".to_owned();
    assert_eq!(point.1, "y");
}

// ------------------------------------------------------- project_replace

#[pin_project(project_replace)]
struct Slot {
    #[pin]
    pinned: DropCount,
    unpinned: DropCount,
    value: u32,
}

#[test]
fn project_replace_drops_pinned_fields_once_and_returns_the_rest() {
    let old_pinned = Rc::new(Cell::new(0));
    let old_unpinned = Rc::new(Cell::new(0));
    let new_pinned = Rc::new(Cell::new(0));
    let mut slot = Box::pin(Slot {
        pinned: DropCount(old_pinned.clone()),
        unpinned: DropCount(old_unpinned.clone()),
        value: 1,
    });
    let old = slot.as_mut().project_replace(Slot {
        pinned: DropCount(new_pinned.clone()),
        unpinned: DropCount(Rc::new(Cell::new(0))),
        value: 2,
    });
    // The pinned field was dropped in place, exactly once; the unpinned
    // one was moved out, and not dropped.
    assert_eq!(old_pinned.get(), 1);
    assert_eq!(old_unpinned.get(), 0);
    assert_eq!(old.value, 1);
    let _: PhantomData<DropCount> = old.pinned;
    drop(old);
    assert_eq!(old_unpinned.get(), 1);
    assert_eq!(slot.value, 2);
    assert_eq!(new_pinned.get(), 0);
    drop(slot);
    assert_eq!(new_pinned.get(), 1);
    assert_eq!(old_pinned.get(), 1);
}

// ------------------------------------------------------------ PinnedDrop

#[pin_project(PinnedDrop, project = TrackedProj)]
struct Tracked<T> {
    #[pin]
    inner: T,
    drops: Rc<Cell<u32>>,
    seen: Rc<Cell<bool>>,
}

#[pinned_drop]
impl<T> PinnedDrop for Tracked<T> {
    fn drop(self: Pin<&mut Self>) {
        let TrackedProj { inner, drops, seen } = self.project();
        let _: Pin<&mut T> = inner;
        drops.set(drops.get() + 1);
        seen.set(true);
    }
}

#[test]
fn pinned_drop_runs_exactly_once() {
    let drops = Rc::new(Cell::new(0));
    let seen = Rc::new(Cell::new(false));
    let inner_drops = Rc::new(Cell::new(0));
    let tracked = Box::pin(Tracked {
        inner: DropCount(inner_drops.clone()),
        drops: drops.clone(),
        seen: seen.clone(),
    });
    assert_eq!(drops.get(), 0);
    drop(tracked);
    assert_eq!(drops.get(), 1);
    assert!(seen.get());
    // The fields are dropped after `PinnedDrop::drop`, once.
    assert_eq!(inner_drops.get(), 1);

    // On the stack, never pinned: still exactly once.
    let value = Tracked {
        inner: (),
        drops: drops.clone(),
        seen: seen.clone(),
    };
    drop(value);
    assert_eq!(drops.get(), 2);
}

/// The full path, a where clause, and the impl on an enum.
#[pin_project(PinnedDrop, project = EventProj)]
enum Event<T>
where
    T: Copy,
{
    Ready(#[pin] T, Rc<Cell<u32>>),
    Empty(Rc<Cell<u32>>),
}

#[vouch::pinned_drop]
impl<T> vouch::PinnedDrop for Event<T>
where
    T: Copy,
{
    fn drop(self: Pin<&mut Self>) {
        match self.project() {
            EventProj::Ready(_, count) | EventProj::Empty(count) => count.set(count.get() + 1),
        }
    }
}

#[test]
fn pinned_drop_on_enum_with_full_path() {
    let count = Rc::new(Cell::new(0));
    drop(Event::Ready(1_u8, count.clone()));
    drop(Box::pin(Event::<u8>::Empty(count.clone())));
    assert_eq!(count.get(), 2);
}

// ------------------------------------------------------------------ Unpin

#[pin_project]
struct Pinned<T, U> {
    #[pin]
    pinned: T,
    unpinned: U,
}

#[pin_project(!Unpin)]
struct NeverUnpin<T> {
    #[pin]
    pinned: T,
}

#[pin_project(UnsafeUnpin)]
struct Manual<T> {
    #[pin]
    pinned: T,
}

// SAFETY: `Manual` is only `Unpin` when its pinned field is.
unsafe impl<T: Unpin> UnsafeUnpin for Manual<T> {}

#[pin_project(UnsafeUnpin)]
struct ManualNever<T> {
    #[pin]
    pinned: T,
}

#[pin_project]
struct NoPinnedField {
    unpinned: PhantomPinned,
}

#[test]
fn unpin_follows_the_pinned_fields_only() {
    // Positive cases, checked by the compiler.
    assert_unpin::<Pinned<u8, u8>>();
    assert_unpin::<Pinned<u8, PhantomPinned>>();
    assert_unpin::<Manual<u8>>();
    assert_unpin::<NoPinnedField>();
    // The same, and the negative cases, through the probe.
    assert!(is_unpin!(Pinned<u8, PhantomPinned>));
    assert!(!is_unpin!(Pinned<PhantomPinned, u8>));
    assert!(!is_unpin!(NeverUnpin<u8>));
    assert!(is_unpin!(Manual<u8>));
    assert!(!is_unpin!(Manual<PhantomPinned>));
    assert!(!is_unpin!(ManualNever<u8>));
    assert!(is_unpin!(NoPinnedField));
    // The probe itself.
    assert!(is_unpin!(u8));
    assert!(!is_unpin!(PhantomPinned));
}

#[test]
fn unpin_values_move_freely() {
    let mut value = Pinned {
        pinned: 1_u8,
        unpinned: PhantomPinned,
    };
    let projected = Pin::new(&mut value).project();
    *projected.pinned.get_mut() += 1;
    let moved = value;
    assert_eq!(moved.pinned, 2);
}

// ----------------------------------------------------- generics, attributes

trait Assoc {
    type Item;
}
impl Assoc for u8 {
    type Item = u16;
}

/// Lifetimes (one named `'pin`), a const generic, a default, `?Sized`, a
/// where clause, `Self` in a field type, docs and `cfg` on fields.
#[pin_project(project = KitchenProj, project_ref = KitchenRef)]
struct Kitchen<'pin, 'a, T: Assoc + 'a, const N: usize, D = u8, S: ?Sized = [u8; 3]>
where
    D: Copy,
{
    /// A reference with the user's `'pin`.
    borrowed: &'pin mut &'a str,
    #[pin]
    array: [T::Item; N],
    /// A pinned `Self`-relative field.
    #[pin]
    assoc: Option<<Self as Holder>::Held>,
    default: D,
    #[cfg(any())]
    missing: NotAType,
    #[cfg(test)]
    #[pin]
    present: u32,
    #[pin]
    unsized_tail: S,
}

trait Holder {
    type Held;
}
impl<'a, T: Assoc + 'a, const N: usize, D: Copy, S: ?Sized> Holder for Kitchen<'_, 'a, T, N, D, S> {
    type Held = D;
}

#[test]
fn generics_of_every_kind() {
    let mut text = "hello";
    let mut kitchen: Box<Kitchen<'_, '_, u8, 2, u8, [u8; 3]>> = Box::new(Kitchen {
        borrowed: &mut text,
        array: [1, 2],
        assoc: Some(3),
        default: 4,
        present: 5,
        unsized_tail: [6, 7, 8],
    });
    {
        let projected = Pin::new(&mut *kitchen).project();
        **projected.borrowed = "world";
        assert_eq!(*projected.array, [1_u16, 2]);
        assert_eq!(*projected.assoc, Some(3_u8));
        assert_eq!(*projected.present, 5);
        *projected.default += 1;
    }
    assert_eq!(kitchen.default, 5);
    let pinned = Pin::from(kitchen);
    let KitchenRef { unsized_tail, .. } = pinned.as_ref().project_ref();
    assert_eq!(unsized_tail.len(), 3);
    drop(pinned);
    assert_eq!(text, "world");
}

/// An unsized pinned tail, reached through an unsized pointer.
#[pin_project(project_ref = TailRef)]
struct Tail<S: ?Sized> {
    len: usize,
    #[pin]
    tail: S,
}

#[test]
fn unsized_tail() {
    let sized: Box<Tail<[u8; 3]>> = Box::new(Tail {
        len: 3,
        tail: [1, 2, 3],
    });
    let unsized_tail: Pin<Box<Tail<[u8]>>> = Pin::from(sized as Box<Tail<[u8]>>);
    let TailRef { len, tail } = unsized_tail.as_ref().project_ref();
    assert_eq!(*len, tail.len());
    assert_eq!(&tail[..], &[1, 2, 3]);
}

/// A variant behind a false `cfg`, with a pinned field of a type that does
/// not exist: neither the projections nor the guards mention it.
#[pin_project(project = CfgProj)]
enum WithCfg {
    #[cfg(any())]
    Gone(#[pin] NotAType),
    Here(#[pin] u8, u8),
}

#[test]
fn cfg_on_variants() {
    let mut value = WithCfg::Here(1, 2);
    let CfgProj::Here(pinned, unpinned) = Pin::new(&mut value).project();
    assert_eq!((*pinned, *unpinned), (1, 2));
}

#[pin_project(project = RawProj)]
struct r#Raw {
    #[pin]
    r#type: u8,
    r#match: u8,
}

#[test]
fn raw_identifiers() {
    let mut raw = r#Raw {
        r#type: 1,
        r#match: 2,
    };
    let RawProj { r#type, r#match } = Pin::new(&mut raw).project();
    assert_eq!((*r#type, *r#match), (1, 2));
}

/// The crate path override, through a renamed crate.
#[pin_project(crate = "::my_vouch", project = RenamedProj)]
struct Renamed {
    #[pin]
    field: u8,
}

#[pin_project(crate = my_vouch, PinnedDrop)]
struct RenamedDrop {
    count: Rc<Cell<u32>>,
}

#[pinned_drop(crate = my_vouch)]
impl PinnedDrop for RenamedDrop {
    fn drop(self: Pin<&mut Self>) {
        self.count.set(self.count.get() + 1);
    }
}

#[test]
fn crate_override() {
    let mut renamed = Renamed { field: 1 };
    let RenamedProj { field } = Pin::new(&mut renamed).project();
    assert_eq!(*field, 1);
    let count = Rc::new(Cell::new(0));
    drop(RenamedDrop {
        count: count.clone(),
    });
    assert_eq!(count.get(), 1);
}

/// A user's inherent method named like the trait's does not capture the
/// generated `drop` call.
#[pin_project(PinnedDrop)]
struct Shadowing {
    count: Rc<Cell<u32>>,
}

impl Shadowing {
    fn drop(&self) {
        panic!("the generated code called the inherent `drop`");
    }
}

#[pinned_drop]
impl PinnedDrop for Shadowing {
    fn drop(self: Pin<&mut Self>) {
        self.count.set(self.count.get() + 1);
    }
}

#[test]
fn inherent_method_does_not_shadow() {
    let count = Rc::new(Cell::new(0));
    drop(Shadowing {
        count: count.clone(),
    });
    assert_eq!(count.get(), 1);
}

/// A field type that binds its own `'pin` (a higher-ranked function
/// pointer): the projections pick another name for their lifetime, so the
/// user's binder neither shadows theirs nor is shadowed.
#[pin_project(project = CallbackProj, project_replace)]
struct Callback {
    #[pin]
    pinned: for<'pin> fn(&'pin u8) -> &'pin u8,
    unpinned: for<'pin> fn(&'pin u8) -> &'pin u8,
}

fn identity(value: &u8) -> &u8 {
    value
}

#[test]
fn higher_ranked_pin_lifetime_in_a_field() {
    let mut callback = Callback {
        pinned: identity,
        unpinned: identity,
    };
    let CallbackProj { pinned, unpinned } = Pin::new(&mut callback).project();
    assert_eq!((*pinned)(&1), &1);
    assert_eq!((*unpinned)(&2), &2);
    let old = Pin::new(&mut callback).project_replace(Callback {
        pinned: identity,
        unpinned: identity,
    });
    assert_eq!((old.unpinned)(&3), &3);
}

/// The same through a `where` clause, which is copied onto the projections.
#[pin_project(project = BoundProj)]
struct Bound<F>
where
    F: for<'pin> Fn(&'pin u8) -> &'pin u8,
{
    #[pin]
    callback: F,
}

#[test]
fn higher_ranked_pin_lifetime_in_a_where_clause() {
    let mut bound = Bound { callback: identity };
    let BoundProj { callback } = Pin::new(&mut bound).project();
    assert_eq!((*callback)(&4), &4);
}

/// `Self` as the subject of a `where` predicate and in a parameter's bound:
/// copied onto the generated items as the item's own type (not as a path
/// `<Self>::..`, nor as the generated item's own `Self`).
#[pin_project(project = SelfBoundProj, project_replace)]
struct SelfBound<T: PartialEq<Self>>
where
    Self: Sized,
    T: Copy,
{
    #[pin]
    pinned: T,
    next: Option<Box<Self>>,
}

#[test]
fn self_as_a_where_clause_subject() {
    let mut value = SelfBound {
        pinned: Same,
        next: None,
    };
    let SelfBoundProj { pinned, next } = Pin::new(&mut value).project();
    assert!(*pinned == 1_u8 && next.is_none());
    assert_unpin::<SelfBound<Same>>();
}

/// Equal to everything, so `SelfBound<Same>` meets its bound.
#[derive(Clone, Copy)]
struct Same;

impl<T> PartialEq<T> for Same {
    fn eq(&self, _: &T) -> bool {
        true
    }
}

// ------------------------------ valid input, valid output (odd spellings)

#[path = "pin/odd_items.rs"]
mod odd_items;

/// `project_replace` when a pinned field's destructor panics: the unpinned
/// fields already read out are dropped while unwinding, and the
/// replacement is written (then dropped with the value).
#[test]
fn project_replace_unwinds_without_leaking() {
    #[pin_project(project_replace)]
    struct Pair<T, U> {
        #[pin]
        pinned: T,
        unpinned: U,
    }

    struct Flag<'a>(&'a core::cell::Cell<bool>, bool);
    impl Drop for Flag<'_> {
        fn drop(&mut self) {
            self.0.set(true);
            assert!(!self.1, "this field's destructor panics");
        }
    }

    let flags: [core::cell::Cell<bool>; 4] = Default::default();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut pair = Pair {
            pinned: Flag(&flags[0], true),
            unpinned: Flag(&flags[1], false),
        };
        let _old = core::pin::Pin::new(&mut pair).project_replace(Pair {
            pinned: Flag(&flags[2], false),
            unpinned: Flag(&flags[3], false),
        });
    }));
    assert!(outcome.is_err());
    assert!(
        flags.iter().all(core::cell::Cell::get),
        "every field is dropped once"
    );
}

/// A pinned trait object with several bounds (behind `&` it needs
/// parentheses, which the projection types add).
#[test]
fn pinned_trait_object_with_several_bounds() {
    #[pin_project(project = DynProj)]
    struct Dyn<T: ?Sized> {
        tag: u8,
        #[pin]
        value: T,
    }

    #[pin_project]
    struct Bounded {
        #[pin]
        value: dyn core::fmt::Debug + Send,
    }

    let mut boxed: Pin<Box<Dyn<dyn core::fmt::Debug + Send>>> = Box::pin(Dyn {
        tag: 1,
        value: 7_u8,
    });
    let DynProj { tag, value } = boxed.as_mut().project();
    assert_eq!((*tag, format!("{value:?}")), (1, "7".to_owned()));
    let _: fn(Pin<&mut Bounded>) = |bounded| {
        let _ = bounded.project();
    };
}
