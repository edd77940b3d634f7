//! Runtime tests of `#[builder(const)]`: builders whose start function,
//! setters, getters and finishing method are `const fn`s.
//!
//! Each shape is built twice: in a `const` item, so the compiler evaluates
//! every step, and at run time, so Miri runs the same code.

use vouch::{Builder, bon, builder};

/// Every kind of member a `const` builder takes.
#[derive(Builder, Debug, PartialEq, Eq)]
#[builder(const)]
struct Window {
    #[builder(start_fn)]
    width: u32,
    #[builder(field = 7)]
    border: u32,
    #[builder(finish_fn)]
    height: u32,
    title_len: u32,
    #[builder(getter)]
    depth: Option<u32>,
    #[builder(default = width * 2 + 1)]
    min_width: u32,
    #[builder(default = Some(3))]
    layer: Option<u32>,
    #[builder(with = |x: u32, y: u32| x * 10 + y)]
    origin: u32,
    #[builder(with = |text: u32| -> Result<_, Overflow> { checked(text) })]
    margin: Option<u32>,
    #[builder(skip = 42)]
    id: u32,
    #[builder(getter(copy))]
    opacity: u8,
}

#[derive(Debug, PartialEq, Eq)]
struct Overflow;

/// The fallible `with` body calls this: a `const fn` of the user's own.
const fn checked(value: u32) -> Result<u32, Overflow> {
    if value > 100 {
        Err(Overflow)
    } else {
        Ok(value)
    }
}

const SMALL: Window = Window::builder(5)
    .title_len(2)
    .origin(1, 2)
    .opacity(9)
    .build(3);

const FULL: Window = {
    let Ok(builder) = Window::builder(1)
        .title_len(4)
        .depth(6)
        .min_width(8)
        .maybe_layer(None)
        .origin(3, 4)
        .maybe_margin(Some(50))
    else {
        panic!("the margin is at most 100")
    };
    builder.opacity(1).build(2)
};

#[test]
fn struct_in_const_items() {
    let small = Window {
        width: 5,
        border: 7,
        height: 3,
        title_len: 2,
        depth: None,
        min_width: 11,
        layer: Some(3),
        origin: 12,
        margin: None,
        id: 42,
        opacity: 9,
    };
    assert_eq!(SMALL, small);
    let full = Window {
        width: 1,
        border: 7,
        height: 2,
        title_len: 4,
        depth: Some(6),
        min_width: 8,
        layer: None,
        origin: 34,
        margin: Some(50),
        id: 42,
        opacity: 1,
    };
    assert_eq!(FULL, full);
}

#[test]
fn struct_at_run_time() {
    let built = Window::builder(5)
        .title_len(2)
        .origin(1, 2)
        .opacity(9)
        .build(3);
    assert_eq!(built, SMALL);
    assert_eq!(
        Window::builder(0).margin(101).map(|_| ()),
        Err(Overflow),
        "a fallible setter's error comes back"
    );
}

/// A getter and the setters in a `const fn` body.
const fn read_back() -> (u8, u32) {
    let builder = Window::builder(1).opacity(4).depth(2);
    let opacity = builder.get_opacity();
    let Some(&depth) = builder.get_depth() else {
        panic!("`depth` is set")
    };
    let built = builder.title_len(1).origin(0, 0).build(1);
    (opacity, built.min_width + depth)
}

#[test]
fn getter_in_a_const_fn() {
    const READ: (u8, u32) = read_back();
    assert_eq!(READ, (4, 5));
    assert_eq!(read_back(), READ);
}

/// A `const fn` of the user's own on the builder reaches the `start_fn`
/// and `field` members by name.
#[derive(Builder)]
#[builder(const)]
struct Counter {
    #[builder(start_fn)]
    start: u32,
    #[builder(field = 10)]
    step: u32,
}

impl<S: counter_builder::State> CounterBuilder<S> {
    const fn bump(&mut self) {
        self.start += 1;
        self.step += 1;
    }
}

const fn bumped_twice() -> (u32, u32) {
    let mut builder = Counter::builder(1);
    builder.bump();
    builder.bump();
    let counter = builder.build();
    (counter.start, counter.step)
}

#[test]
fn own_const_methods_on_the_builder() {
    const BUMPED: (u32, u32) = bumped_twice();
    assert_eq!(BUMPED, (3, 12));
    assert_eq!(bumped_twice(), BUMPED);
}

type Args = (u32, u32, u32, u32, Option<u32>, u32, u32, Option<u32>);

/// A function builder: the function is a `const fn`, and so is `call()`.
#[builder(const)]
#[allow(
    clippy::too_many_arguments,
    reason = "bon's test shape: one argument per kind"
)]
const fn arrange(
    #[builder(start_fn)] first: u32,
    #[builder(field = 20)] second: u32,
    #[builder(finish_fn)] last: u32,
    plain: u32,
    maybe: Option<u32>,
    #[builder(default = first + 100)] fallback: u32,
    #[builder(with = |a: u32, b: u32| a + b)] sum: u32,
    #[builder(with = |a: u32, b: u32| -> Result<_, ()> { Ok(a * b) })] product: Option<u32>,
) -> Args {
    (first, second, last, plain, maybe, fallback, sum, product)
}

const ARRANGED: Args = arrange(1).plain(2).maybe(3).sum(4, 5).call(6);

#[test]
fn function_in_a_const_item() {
    assert_eq!(ARRANGED, (1, 20, 6, 2, Some(3), 101, 9, None));
    assert_eq!(arrange(1).plain(2).maybe(3).sum(4, 5).call(6), ARRANGED);
    let Ok(builder) = arrange(0).plain(0).sum(0, 0).product(6, 7) else {
        panic!("an `Ok` body gives the builder back");
    };
    assert_eq!(builder.call(0).7, Some(42));
}

struct Layout(u32);

/// Method builders: an associated function and one that takes `self`.
#[bon]
impl Layout {
    #[builder(const)]
    #[allow(
        clippy::too_many_arguments,
        reason = "bon's test shape: one argument per kind"
    )]
    const fn arrange(
        #[builder(start_fn)] first: u32,
        #[builder(field = 20)] second: u32,
        #[builder(finish_fn)] last: u32,
        plain: u32,
        maybe: Option<u32>,
        #[builder(default = first + 100)] fallback: u32,
        #[builder(with = |a: u32, b: u32| a + b)] sum: u32,
        #[builder(with = |a: u32, b: u32| -> Result<_, ()> { Ok(a * b) })] product: Option<u32>,
    ) -> Args {
        (first, second, last, plain, maybe, fallback, sum, product)
    }

    #[builder(const)]
    const fn scaled(&self, #[builder(getter)] by: u32) -> u32 {
        self.0 * by
    }
}

const LAID_OUT: Args = Layout::arrange(1).plain(2).maybe(3).sum(4, 5).call(6);
const SCALED: u32 = Layout(2).scaled().by(21).call();

#[test]
fn methods_in_const_items() {
    assert_eq!(LAID_OUT, ARRANGED);
    assert_eq!(
        Layout::arrange(1).plain(2).maybe(3).sum(4, 5).call(6),
        ARRANGED
    );
    assert_eq!(SCALED, 42);
    let layout = Layout(2);
    let builder = layout.scaled().by(2);
    assert_eq!(*builder.get_by(), 2);
    assert_eq!(builder.call(), 4);
}

/// Public builders: their items are `const` too where they are public.
pub mod public {
    /// A public struct with a `const` builder.
    #[derive(vouch::Builder)]
    #[builder(const)]
    pub struct Point {
        /// Across.
        pub x: u32,
    }

    /// A public function with a `const` builder.
    #[vouch::builder(const)]
    pub const fn double(#[builder(getter)] value: u32) -> u32 {
        value * 2
    }
}

const POINT: public::Point = public::Point::builder().x(1).build();
const DOUBLED: u32 = public::double().value(4).call();

#[test]
fn public_builders() {
    assert_eq!(POINT.x, 1);
    assert_eq!(DOUBLED, 8);
    let builder = public::double().value(5);
    assert_eq!(*builder.get_value(), 5);
    assert_eq!(builder.call(), 10);
}

/// A type parameter bounded by `Copy` has no destructor, so the builder's
/// `const fn`s take it.
#[derive(Builder, Debug, PartialEq, Eq)]
#[builder(const)]
struct Pair<T: Copy> {
    first: T,
    #[builder(getter)]
    second: Option<T>,
}

const PAIR: Pair<char> = Pair::builder().first('a').second('b').build();

#[test]
fn generic_members_bounded_by_copy() {
    assert_eq!(
        PAIR,
        Pair {
            first: 'a',
            second: Some('b')
        }
    );
    assert_eq!(Pair::builder().first(1_u8).build().second, None);
}

/// `#[cfg]` on an argument of a `const` function builder: the options go
/// through the compiler's rounds and come back with `const`.
#[builder(const)]
const fn configured(base: u32, #[cfg(any())] never: u32, #[cfg(not(any()))] extra: u32) -> u32 {
    base + extra
}

const CONFIGURED: u32 = configured().base(1).extra(2).call();

#[test]
fn cfg_arguments() {
    assert_eq!(CONFIGURED, 3);
}
