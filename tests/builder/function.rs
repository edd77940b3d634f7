//! Runtime tests of builders for functions and methods
//! (`#[vouch::builder]`, `#[vouch::bon]`).

use vouch::{bon, builder};

#[builder]
fn greet(name: &str, punctuation: Option<char>, #[builder(default = 1)] times: usize) -> String {
    let mark = punctuation.unwrap_or('.');
    format!("hello {name}{mark}").repeat(times)
}

#[test]
fn free_function() {
    assert_eq!(greet().name("ada").call(), "hello ada.");
    assert_eq!(
        greet().name("ada").punctuation('!').times(2).call(),
        "hello ada!hello ada!"
    );
    assert_eq!(
        greet().times(1).name("x").maybe_punctuation(None).call(),
        "hello x."
    );
}

/// Elided lifetimes in parameters and the return type.
#[builder]
fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or_default()
}

#[builder]
fn split_off<'t>(text: &'t str, separator: &'_ str, tail: Option<&mut Vec<&'t str>>) -> &'t str {
    let mut parts = text.split(separator);
    let head = parts.next().unwrap_or_default();
    if let Some(tail) = tail {
        tail.extend(parts);
    }
    head
}

#[test]
fn elided_lifetimes() {
    let text = String::from("a b");
    let word = first_word().text(&text).call();
    assert_eq!(word, "a");
    let mut tail = Vec::new();
    let separator = String::from("-");
    let head = split_off()
        .text("x-y-z")
        .separator(&separator)
        .tail(&mut tail)
        .call();
    drop(separator);
    assert_eq!((head, tail), ("x", vec!["y", "z"]));
}

/// Generics, `impl Trait` and a where clause.
#[builder]
fn describe<T>(
    value: T,
    label: impl Into<String>,
    suffix: Option<impl core::fmt::Display>,
) -> String
where
    T: core::fmt::Debug,
{
    let suffix = suffix.map(|s| s.to_string()).unwrap_or_default();
    format!("{}={value:?}{suffix}", label.into())
}

#[test]
fn generics_and_impl_trait() {
    let text = describe().value(3_u8).label("n").suffix("!").call();
    assert_eq!(text, "n=3!");
    let text = describe()
        .value("x")
        .label(String::from("s"))
        .maybe_suffix(None::<u8>)
        .call();
    assert_eq!(text, "s=\"x\"");
}

#[builder]
fn parse_number(#[builder(into)] text: String) -> Result<u32, core::num::ParseIntError> {
    text.into_boxed_str().parse()
}

#[test]
fn fallible() {
    assert_eq!(parse_number().text("12").call(), Ok(12));
    assert!(parse_number().text("x").call().is_err());
}

#[builder]
async fn fetch(id: u32, retries: Option<u8>) -> (u32, u8) {
    core::future::ready(()).await;
    (id, retries.unwrap_or(3))
}

#[test]
fn async_function() {
    let future = fetch().id(7).call();
    assert_eq!(block_on(future), (7, 3));
}

/// # Safety
/// `value` must be even.
#[builder]
unsafe fn halve(value: u32) -> u32 {
    value / 2
}

#[test]
fn unsafe_function() {
    // SAFETY: 8 is even.
    let half = unsafe { halve().value(8).call() };
    assert_eq!(half, 4);
}

#[builder(finish_fn = run, builder_type = Summer)]
fn sum(a: u32, b: u32) -> u32 {
    a + b
}

#[test]
fn renamed() {
    let builder: Summer = sum();
    assert_eq!(builder.a(1).b(2).run(), 3);
}

struct Counter {
    step: u32,
}

#[bon]
impl Counter {
    #[builder]
    fn new(step: Option<u32>) -> Self {
        Self {
            step: step.unwrap_or(1),
        }
    }

    #[builder]
    fn advance(&self, from: u32, #[builder(default = 1)] times: u32) -> u32 {
        from + self.step * times
    }

    #[builder]
    fn reset(&mut self, step: u32) {
        self.step = step;
    }

    #[builder]
    fn into_step(self, plus: u32) -> u32 {
        self.step + plus
    }

    #[builder]
    fn pair<T: Clone>(value: T) -> (T, T) {
        (value.clone(), value)
    }

    fn plain(&self) -> u32 {
        self.step
    }
}

#[test]
fn methods() {
    let mut counter = Counter::builder().step(2).build();
    assert_eq!(counter.advance().from(1).call(), 3);
    assert_eq!(counter.advance().from(1).times(3).call(), 7);
    counter.reset().step(5).call();
    assert_eq!(counter.plain(), 5);
    assert_eq!(Counter::pair().value('x').call(), ('x', 'x'));
    assert_eq!(counter.into_step().plus(1).call(), 6);
    assert_eq!(Counter::builder().build().step, 1);
}

struct Wrapper<'a, T> {
    items: &'a [T],
}

#[bon]
impl<'a, T: PartialEq> Wrapper<'a, T> {
    #[builder]
    fn position(&self, item: &T) -> Option<usize> {
        self.items.iter().position(|x| x == item)
    }

    #[builder]
    fn first(&self, default: &'a T) -> &'a T {
        self.items.first().unwrap_or(default)
    }
}

#[test]
fn generic_impl() {
    let items = [1, 2, 3];
    let wrapper = Wrapper { items: &items };
    assert_eq!(wrapper.position().item(&2).call(), Some(1));
    assert_eq!(*wrapper.first().default(&0).call(), 1);
}

/// Polls a future that never waits to completion.
fn block_on<F: core::future::Future>(future: F) -> F::Output {
    let mut future = core::pin::pin!(future);
    let waker = core::task::Waker::noop();
    let mut context = core::task::Context::from_waker(waker);
    loop {
        if let core::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

/// One leading underscore is not part of the setter's name, as in bon.
#[builder]
fn label(_unused: u8, __twice: u8, #[builder(name = raw)] _named: u8) -> u8 {
    __twice
}

#[derive(Debug, vouch::Builder)]
struct Underscored {
    _kind: u8,
}

#[test]
fn leading_underscore() {
    assert_eq!(label().unused(1)._twice(2).raw(3).call(), 2);
    let built = Underscored::builder().kind(4).build();
    assert_eq!(format!("{built:?}"), "Underscored { _kind: 4 }");
}

#[derive(Clone, Debug, PartialEq)]
struct Point {
    x: i32,
}

#[bon]
impl Point {
    /// `Self` in a parameter and in the return type.
    #[builder]
    fn plus(&self, other: &Self, #[builder(default)] scale: i32) -> Self {
        Self {
            x: self.x + other.x * scale.max(1),
        }
    }
}

#[test]
fn self_in_signature() {
    let a = Point { x: 1 };
    let b = Point { x: 2 };
    assert_eq!(a.plus().other(&b).call(), Point { x: 3 });
    assert_eq!(a.plus().other(&b).scale(3).call(), Point { x: 7 });
}

/// Positional members: arguments of the start function and of `call()`.
#[builder]
fn window(
    #[builder(start_fn)] title: &str,
    #[builder(start_fn, into)] id: u64,
    width: u32,
    #[builder(finish_fn)] visible: bool,
    #[builder(finish_fn, into)] tag: String,
) -> String {
    let mut text = tag;
    text.insert_str(0, &format!("{title}#{id} {width} {visible} "));
    text
}

#[derive(Debug, PartialEq, vouch::Builder)]
#[builder(derive(Clone))]
struct Request {
    #[builder(start_fn)]
    method: &'static str,
    path: String,
    #[builder(finish_fn)]
    body: Vec<u8>,
}

#[bon]
impl Point {
    #[builder]
    fn shifted(&self, #[builder(start_fn)] dx: i32, #[builder(finish_fn)] dy: i32) -> (i32, i32) {
        (self.x + dx, dy)
    }
}

#[test]
fn positional_members() {
    assert_eq!(window("w", 7_u8).width(3).call(true, "t"), "w#7 3 true t");
    let builder = Request::builder("GET").path("/".to_owned());
    let again = builder.clone();
    assert_eq!(
        builder.build(vec![1]),
        Request {
            method: "GET",
            path: "/".to_owned(),
            body: vec![1]
        }
    );
    assert_eq!(again.build(Vec::new()).body, Vec::<u8>::new());
    assert_eq!(Point { x: 1 }.shifted(2).call(5), (3, 5));
}

/// Defaulted members have a `maybe_` setter; `into` converts the default
/// too; `required` with a default keeps an `Option` member whole.
#[builder]
fn defaults(
    #[builder(default = 2)] count: u32,
    #[builder(default = "x", into)] label: String,
    #[builder(required, default = Some(9))] limit: Option<u32>,
) -> (u32, String, Option<u32>) {
    (count, label, limit)
}

#[test]
fn default_members() {
    assert_eq!(defaults().call(), (2, "x".to_owned(), Some(9)));
    assert_eq!(
        defaults().maybe_count(None).label("y").limit(None).call(),
        (2, "y".to_owned(), None)
    );
    assert_eq!(
        defaults()
            .maybe_count(Some(5))
            .maybe_label(Some("z"))
            .maybe_limit(Some(Some(1)))
            .call(),
        (5, "z".to_owned(), Some(1))
    );
}

/// `derive(Into)`: a finished builder converts into what it builds or
/// returns; `derive(Clone(bounds(..)))` adds bounds to the `Clone` impl;
/// `Debug` shows what is set, by the setters' names.
#[derive(Debug, PartialEq, vouch::Builder)]
#[builder(derive(Into, Clone(bounds(T: Clone)), Debug))]
struct Pair<T> {
    first: T,
    _second: Option<T>,
}

#[builder(derive(Into, Debug))]
fn scaled(value: u32, #[builder(default = 2)] factor: u32) -> u32 {
    value * factor
}

#[test]
fn derives() {
    let builder = Pair::builder().first(1).second(2);
    assert_eq!(
        format!("{:?}", builder.clone()),
        "PairBuilder { first: 1, second: 2 }"
    );
    let pair: Pair<i32> = builder.into();
    assert_eq!(
        pair,
        Pair {
            first: 1,
            _second: Some(2)
        }
    );
    let builder = scaled().value(3);
    assert_eq!(format!("{builder:?}"), "ScaledBuilder { value: 3 }");
    assert_eq!(u32::from(builder), 6);
}

/// A start function with a name of its own leaves the function callable
/// as it was, as in bon.
#[builder(start_fn = area_builder)]
fn area(width: u32, height: u32) -> u32 {
    width * height
}

#[bon]
impl Counter {
    #[builder]
    fn with_step(step: u32) -> Self {
        Self { step }
    }
}

trait Unit {
    type Size;
}

impl Unit for u8 {
    type Size = u16;
}

/// A parameter named only through a projection: `call()` passes `T` on.
#[builder]
fn size_of<T: Unit>(size: T::Size) -> T::Size {
    size
}

#[builder]
#[track_caller]
fn caller_line(offset: u32) -> u32 {
    core::panic::Location::caller().line() + offset
}

#[test]
fn kept_and_passed_on() {
    assert_eq!(area(2, 3), 6);
    assert_eq!(area_builder().width(2).height(4).call(), 8);
    assert_eq!(Counter::builder().step(4).build().step, 4);
    assert_eq!(size_of::<u8>().size(7).call(), 7);
    let line = line!() + 1;
    assert_eq!(caller_line().offset(0).call(), line);
}

/// `derive(IntoFuture(Box))`: the builder of an `async fn` is awaited as
/// it is, its future boxed (and `Send`, unless `?Send`).
#[builder(derive(IntoFuture(Box)))]
async fn doubled<'a, T: Sync>(value: &'a T, name: &str, times: Option<u32>) -> (&'a T, usize) {
    core::future::ready(()).await;
    (value, name.len() * times.unwrap_or(2) as usize)
}

#[builder(derive(IntoFuture(Box, ?Send)))]
async fn shared(value: std::rc::Rc<u32>) -> u32 {
    core::future::ready(()).await;
    *value
}

fn is_send<T: Send>(value: T) -> T {
    value
}

#[test]
fn into_future() {
    let value = 3_u8;
    let name = String::from("ab");
    let builder = doubled().value(&value).name(&name);
    let (found, length) = block_on(is_send(core::future::IntoFuture::into_future(builder)));
    assert_eq!((*found, length), (3, 4));
    assert_eq!(
        block_on(async { shared().value(std::rc::Rc::new(5)).await }),
        5
    );
}

struct Holder<'a, T>(&'a T, u8);

#[bon]
impl<T: Copy> Holder<'_, T> {
    /// `start_fn = ..` keeps `new` as it is.
    #[builder(start_fn = builder)]
    fn new(value: &'static T) -> Holder<'static, T> {
        Holder(value, 0)
    }

    #[builder]
    fn get(&self, plus: u8) -> (T, u8) {
        (*self.0, self.1 + plus)
    }
}

struct ByRef<T>(T);

#[bon]
impl<T: Copy> ByRef<&T> {
    #[builder]
    fn read(&self) -> T {
        *self.0
    }
}

#[test]
fn anonymous_impl_lifetimes() {
    static FIVE: u32 = 5;
    let holder = Holder::builder().value(&FIVE).build();
    assert_eq!(holder.get().plus(1).call(), (5, 1));
    assert_eq!(Holder::new(&FIVE).1, 0);
    assert_eq!(ByRef(&7).read().call(), 7);
}

#[builder]
fn r#type(r#type: u32) -> u32 {
    r#type
}

#[test]
fn raw_identifiers() {
    assert_eq!(r#type().r#type(42).call(), 42);
}

/// `with = ..`: setters that take their own arguments.
#[derive(Debug, PartialEq, vouch::Builder)]
struct Shaped<T: Clone> {
    #[builder(with = |x: u32, y: u32| x + y)]
    sum: u32,
    #[builder(with = |text: &str| -> Result<_, core::num::ParseIntError> { text.parse() })]
    parsed: i64,
    #[builder(with = |value: &T| value.clone())]
    copied: Option<T>,
    #[builder(with = FromIterator::from_iter)]
    items: Vec<u8>,
    #[builder(required, with = Some)]
    tag: Option<char>,
    #[builder(with = |label: impl Into<String>| label.into(), default)]
    label: String,
}

#[test]
fn with_setters() -> Result<(), core::num::ParseIntError> {
    let shaped = Shaped::builder()
        .sum(1, 2)
        .parsed("-4")?
        .copied(&'x')
        .items([1, 2])
        .tag('t')
        .build();
    assert_eq!(
        shaped,
        Shaped {
            sum: 3,
            parsed: -4,
            copied: Some('x'),
            items: vec![1, 2],
            tag: Some('t'),
            label: String::new(),
        }
    );
    assert!(Shaped::<u8>::builder().sum(0, 0).parsed("x").is_err());
    let other = Shaped::<u8>::builder()
        .sum(0, 0)
        .parsed("1")?
        .maybe_copied(None)
        .items(Vec::new())
        .tag('u')
        .maybe_label(Some("l"))
        .build();
    assert_eq!((other.copied, other.label.as_str()), (None, "l"));
    Ok(())
}

/// `#[builder(getter)]`: a method of the builder that reads a member once
/// it is set.
#[derive(vouch::Builder)]
struct Gotten {
    #[builder(getter)]
    _port: u16,
    #[builder(getter(name = host_name, deref))]
    host: String,
    #[builder(getter(clone))]
    tags: Option<Vec<String>>,
    #[builder(getter(copy), default = 3)]
    retries: u8,
    #[builder(getter(deref(str)))]
    label: Option<String>,
}

/// A getter on a function builder's argument.
#[builder]
fn sized(#[builder(getter)] width: u32, height: u32) -> u32 {
    width * height
}

#[test]
fn getters() {
    let builder = Gotten::builder()
        .port(80)
        .host("h".to_owned())
        .tags(vec!["a".to_owned()])
        .label("l".to_owned());
    assert_eq!(*builder.get_port(), 80);
    assert_eq!(builder.host_name(), "h");
    assert_eq!(builder.get_tags(), Some(vec!["a".to_owned()]));
    assert_eq!(builder.get_label(), Some("l"));
    let builder = builder.maybe_retries(None);
    assert_eq!(builder.get_retries(), None);
    let built = builder.build();
    assert_eq!((built.retries, built.host.as_str()), (3, "h"));
    assert_eq!(
        (built.tags.map(|tags| tags.len()), built.label.as_deref()),
        (Some(1), Some("l"))
    );
    let half = sized().width(2);
    assert_eq!(*half.get_width(), 2);
    assert_eq!(half.height(3).call(), 6);
}

/// `setters(some_fn = .., option_fn = ..)`: the two setters of a member
/// that may stay unset, named.
#[derive(Debug, PartialEq, vouch::Builder)]
struct Named {
    #[builder(setters(some_fn = level_some, option_fn = level_option))]
    level: Option<u8>,
    #[builder(default, setters(some_fn(name = with_depth), option_fn = maybe_depth_of))]
    depth: u8,
}

#[test]
fn setter_fns() {
    let named = Named::builder().level_some(1).with_depth(2).build();
    assert_eq!(
        named,
        Named {
            level: Some(1),
            depth: 2
        }
    );
    let named = Named::builder()
        .level_option(None)
        .maybe_depth_of(None)
        .build();
    assert_eq!(
        named,
        Named {
            level: None,
            depth: 0
        }
    );
}

/// `on(Type, default)`: members of a matching type default; `_` in the
/// pattern matches any type; `required` wins over `default`.
#[derive(Debug, PartialEq, vouch::Builder)]
#[builder(on(Vec<_>, default), on(u32, default), on(Option<_>, required))]
struct Ruled {
    name: &'static str,
    tags: Vec<&'static str>,
    #[builder(default = 42)]
    count: u32,
    level: u32,
    limit: Option<u8>,
}

#[builder(on(String, into, default))]
fn ruled_fn(name: String, level: u8) -> (String, u8) {
    (name, level)
}

#[test]
fn rules_with_default() {
    let ruled = Ruled::builder().name("n").limit(None).build();
    assert_eq!(
        ruled,
        Ruled {
            name: "n",
            tags: Vec::new(),
            count: 42,
            level: 0,
            limit: None
        }
    );
    assert_eq!(ruled_fn().level(1).call(), (String::new(), 1));
    assert_eq!(ruled_fn().name("x").level(2).call(), ("x".to_owned(), 2));
}

#[test]
fn carried_fields_are_named() {
    // As bon's: the receiver and the start_fn members are fields of the
    // builder, readable in its module.
    let point = Point { x: 4 };
    let builder = point.shifted(1);
    assert_eq!((builder.self_receiver.x, builder.dx), (4, 1));
    let request = Request::builder("PUT");
    assert_eq!(request.method, "PUT");
}

/// `on(_, required)` reaches an `Option` member with a default of its own:
/// it is then an `Option` with that default, set whole.
#[derive(Debug, PartialEq, vouch::Builder)]
#[builder(on(_, required))]
struct AllRequired {
    regular: Option<u32>,
    #[builder(default = Some(10))]
    with_default: Option<u32>,
}

#[test]
fn required_rule_and_default() {
    let built = AllRequired::builder()
        .regular(None)
        .maybe_with_default(Some(Some(3)))
        .build();
    assert_eq!(
        built,
        AllRequired {
            regular: None,
            with_default: Some(3)
        }
    );
    let built = AllRequired::builder().regular(Some(1)).build();
    assert_eq!(
        built,
        AllRequired {
            regular: Some(1),
            with_default: Some(10)
        }
    );
}

/// `#[cfg]` and `#[cfg_attr]` on arguments, evaluated by the compiler.
#[builder]
fn configured(
    #[cfg(not(any()))] kept: u32,
    #[cfg(any())] dropped: u32,
    #[cfg_attr(not(any()), builder(name = renamed))] plain: u32,
    #[cfg_attr(not(any()), cfg_attr(not(any()), builder(default = 7)))] nested: u32,
) -> u32 {
    kept + plain + nested
}

#[test]
fn cfg_on_arguments() {
    assert_eq!(configured().kept(1).renamed(2).call(), 10);
}

/// `#[cfg]` and `#[cfg_attr]` on the arguments of methods: evaluated for
/// the whole `#[vouch::bon]` block, each method getting its own answers.
struct Gauge(u32);

#[vouch::bon]
impl Gauge {
    #[builder]
    fn new(#[cfg(any())] dropped: u32, #[cfg(not(any()))] level: u32) -> Self {
        Self(level)
    }

    /// A method with no `#[cfg]` between two that have some.
    #[builder]
    fn plain(&self, step: u32) -> u32 {
        self.0 + step
    }

    #[builder]
    fn read(
        &self,
        #[cfg_attr(not(any()), builder(default = 2))] scale: u32,
        #[cfg(any())] dropped: u32,
        #[cfg_attr(any(), builder(default = 100))] offset: u32,
    ) -> u32 {
        self.0 * scale + offset
    }
}

#[test]
fn cfg_on_method_arguments() {
    let gauge = Gauge::builder().level(3).build();
    assert_eq!(gauge.plain().step(1).call(), 4);
    assert_eq!(gauge.read().offset(1).call(), 7);
    assert_eq!(gauge.read().scale(3).offset(0).call(), 9);
}

/// Several `#[builder]` attributes on one function add up, as bon's do.
#[builder]
#[builder]
#[builder(start_fn = begin)]
#[builder(finish_fn = finish)]
fn stacked(value: u32) -> u32 {
    value + 1
}

#[test]
fn stacked_builder_attributes() {
    assert_eq!(begin().value(1).finish(), 2);
}

/// `#[builder(field)]` on arguments: private fields of the builder that
/// the start function makes, passed to the function by `call()`.
#[builder(derive(Debug, Clone))]
fn tally<T: core::fmt::Debug>(
    #[builder(start_fn)] first: u32,
    #[builder(field)] seen: bool,
    #[builder(start_fn, into)] second: u32,
    #[builder(field = first + second + u32::from(seen))] sum: u32,
    #[builder(field = core::any::type_name::<T>())] kind: &'static str,
    #[builder(field)] extra: Option<T>,
    note: String,
) -> String {
    let extra: Vec<T> = extra.into_iter().collect();
    let mut text = note;
    text.insert_str(
        0,
        &format!("{first} {seen} {second} {sum} {kind} {extra:?} "),
    );
    text
}

impl<T: core::fmt::Debug, S: tally_builder::State> TallyBuilder<T, S> {
    /// A method of the builder's module reads and writes its fields.
    fn with_extra(mut self, extra: T) -> Self {
        self.extra = Some(extra);
        self.sum *= 2;
        self
    }
}

#[bon]
impl Point {
    /// `field` members of a method, next to its receiver.
    #[builder(derive(Debug, Clone))]
    fn moved(
        &self,
        #[builder(start_fn)] dx: i32,
        #[builder(field = self.x + dx)] at: i32,
        #[builder(field)] steps: u8,
        dy: i32,
    ) -> (i32, i32, u8) {
        (at, self.x + dx + dy, steps)
    }

    /// `start_fn` members named like the receiver's field: the receiver
    /// takes a `_` more, as bon's.
    #[builder]
    fn renamed(
        &self,
        #[builder(start_fn)] self_receiver: u32,
        #[builder(field)] self_receiver_: bool,
    ) -> (i32, u32, bool) {
        (self.x, self_receiver, self_receiver_)
    }
}

#[test]
fn field_members_of_functions() {
    let builder = tally::<u8>(1, 2_u8);
    #[allow(clippy::redundant_clone)]
    let cloned = builder.clone();
    assert_eq!(
        format!("{cloned:?}"),
        "TallyBuilder { first: 1, seen: false, second: 2, sum: 3, kind: \"u8\", extra: None }"
    );
    assert_eq!(
        builder.with_extra(9).note("n".to_owned()).call(),
        "1 false 2 6 u8 [9] n"
    );
    let point = Point { x: 10 };
    let mut builder = point.moved(5);
    builder.steps += 1;
    assert_eq!(
        format!("{:?}", builder.clone()),
        "PointMovedBuilder { self_receiver: Point { x: 10 }, dx: 5, at: 15, steps: 1 }"
    );
    assert_eq!(builder.dy(1).call(), (15, 16, 1));
}

#[test]
fn receiver_field_name_conflict() {
    let point = Point { x: 3 };
    let builder = point.renamed(7);
    let (receiver, start, field): (&Point, &u32, &bool) = (
        builder.self_receiver__,
        &builder.self_receiver,
        &builder.self_receiver_,
    );
    assert_eq!((receiver.x, *start, *field), (3, 7, false));
    assert_eq!(builder.call(), (3, 7, false));
}

/// A method's `#[builder]` under `#[cfg_attr]`, on or off, with `#[cfg]`s
/// on its arguments: evaluated in rounds, as bon's are.
struct Switched;

#[vouch::bon]
impl Switched {
    #[cfg_attr(not(any()), builder(builder_type = ChosenBuilder))]
    #[cfg_attr(any(), builder(builder_type = NeverBuilder))]
    fn chosen(
        #[cfg(not(any()))] value: u8,
        #[cfg(any())] value: u16,
        #[cfg_attr(not(any()), builder(default = 1))] step: u8,
    ) -> u8 {
        value + step
    }

    #[cfg_attr(any(), builder)]
    fn plain(value: u8) -> u8 {
        value
    }
}

#[test]
fn builder_under_cfg_attr() {
    let builder: ChosenBuilder = Switched::chosen();
    assert_eq!(builder.value(2).call(), 3);
    assert_eq!(Switched::plain(4), 4);
}

/// A method named `builder` is named as `new` is: `TypeBuilder`, finished
/// by `.build()`, as bon names it.
struct Special;

#[vouch::bon]
impl Special {
    #[builder]
    fn builder(value: u8) -> u8 {
        value
    }
}

#[test]
fn builder_method_named_like_new() {
    let builder: SpecialBuilder = Special::builder();
    assert_eq!(builder.value(3).build(), 3);
}

/// A macro that makes a function return its own name, as an attribute
/// macro after `#[builder]` would see it.
macro_rules! returns_own_name {
    ($(#[$attr:meta])* fn $name:ident() -> $ret:ty {}) => {
        $(#[$attr])*
        fn $name() -> $ret {
            stringify!($name)
        }
    };
}

#[builder]
#[vouch_attack_macros::apply(returns_own_name!)]
fn macro_after_builder() -> &'static str {}

#[vouch_attack_macros::apply(returns_own_name!)]
#[builder]
fn macro_before_builder() -> &'static str {}

struct NamedByMacro;

#[bon]
impl NamedByMacro {
    #[builder]
    #[vouch_attack_macros::apply(returns_own_name!)]
    fn macro_after_builder() -> &'static str {}

    #[vouch_attack_macros::apply(returns_own_name!)]
    #[builder]
    fn macro_before_builder() -> &'static str {}
}

/// Attribute macros after `#[builder]` run on the function under its own
/// name (it is renamed for the builder after them), as do those before.
#[test]
fn attribute_macros_see_the_functions_name() {
    assert_eq!(macro_after_builder().call(), "macro_after_builder");
    assert_eq!(macro_before_builder().call(), "macro_before_builder");
    assert_eq!(
        NamedByMacro::macro_after_builder().call(),
        "macro_after_builder"
    );
    assert_eq!(
        NamedByMacro::macro_before_builder().call(),
        "macro_before_builder"
    );
}
