//! Runtime tests of the builder capability (Miri runs these).
//!
//! Each test compiles an accepted shape and checks what `build()` returns.

use std::borrow::Cow;
use std::fmt::Debug;
use vouch::Builder;

#[derive(Builder, Debug, PartialEq)]
struct Plain {
    host: String,
    port: u16,
}

#[test]
fn required_fields_in_any_order() {
    let a = Plain::builder().host("h".to_owned()).port(1).build();
    let b = Plain::builder().port(1).host("h".to_owned()).build();
    assert_eq!(a, b);
    assert_eq!(
        a,
        Plain {
            host: "h".to_owned(),
            port: 1
        }
    );
}

#[derive(Builder, Debug, PartialEq)]
struct Optional {
    name: Option<String>,
    level: std::option::Option<u8>,
    other: core::option::Option<u8>,
}

#[test]
fn option_fields_are_optional() {
    assert_eq!(
        Optional::builder().build(),
        Optional {
            name: None,
            level: None,
            other: None
        }
    );
    let set = Optional::builder()
        .name("n".to_owned())
        .maybe_level(Some(3))
        .maybe_other(None)
        .build();
    assert_eq!(
        set,
        Optional {
            name: Some("n".to_owned()),
            level: Some(3),
            other: None
        }
    );
}

#[derive(Builder, Debug, PartialEq)]
struct Defaults {
    #[builder(default)]
    retries: u8,
    #[builder(default = 30)]
    timeout: u32,
    /// Uses an earlier field.
    #[builder(default = timeout * 2)]
    deadline: u32,
    #[builder(default = Some(8))]
    window: Option<u8>,
}

#[test]
fn defaults_apply_when_unset() {
    assert_eq!(
        Defaults::builder().build(),
        Defaults {
            retries: 0,
            timeout: 30,
            deadline: 60,
            window: Some(8)
        }
    );
    assert_eq!(
        Defaults::builder()
            .timeout(5)
            .retries(2)
            .maybe_window(None)
            .build(),
        Defaults {
            retries: 2,
            timeout: 5,
            deadline: 10,
            window: None
        }
    );
    assert_eq!(
        Defaults::builder().deadline(1).window(2).build().deadline,
        1
    );
}

#[derive(Builder, Debug, PartialEq)]
struct Into {
    #[builder(into)]
    name: String,
    #[builder(into)]
    alias: Option<String>,
    #[builder(into, default = 7_u64)]
    big: u64,
}

#[test]
fn into_setters_convert() {
    let built = Into::builder().name("a").alias("b").big(3_u8).build();
    assert_eq!(
        built,
        Into {
            name: "a".to_owned(),
            alias: Some("b".to_owned()),
            big: 3
        }
    );
    let built = Into::builder()
        .name(String::from("a"))
        .maybe_alias(None::<&str>)
        .build();
    assert_eq!(
        built,
        Into {
            name: "a".to_owned(),
            alias: None,
            big: 7
        }
    );
}

#[derive(Builder, Debug, PartialEq)]
#[builder(on(String, into), on(Option<u8>, required))]
struct OnRules {
    name: String,
    alias: Option<String>,
    level: Option<u8>,
    #[builder(default = Some(4))]
    fallback: Option<u8>,
    count: u8,
}

#[test]
fn on_rules_apply_by_type() {
    let built = OnRules::builder()
        .name("n")
        .alias("a")
        .level(None)
        .count(1)
        .build();
    assert_eq!(
        built,
        OnRules {
            name: "n".to_owned(),
            alias: Some("a".to_owned()),
            level: None,
            fallback: Some(4),
            count: 1
        }
    );
}

mod setters_options {
    #[derive(vouch::Builder, Debug, PartialEq)]
    #[builder(
        builder_type(name = Maker, doc {
            /// Makes a `Tuned`.
        }),
        finish_fn(name = make, doc {
            /// Makes it.
        }),
        on(u8, overwritable)
    )]
    pub(crate) struct Tuned {
        #[builder(setters(name = with_level, vis = "pub(crate)", doc {
            /// Sets the level (may be called again).
        }))]
        pub(crate) level: u8,
        #[builder(overwritable)]
        pub(crate) name: Option<&'static str>,
        #[builder(setters(vis = ""))]
        pub(crate) hidden: Option<u8>,
    }

    pub(crate) fn hidden_setter_works_here() -> Option<u8> {
        Tuned::builder().with_level(0).hidden(3).make().hidden
    }
}

#[test]
fn overwritable_and_setters_options() {
    use setters_options::Tuned;
    let built = Tuned::builder()
        .with_level(1)
        .name("a")
        .with_level(2)
        .maybe_name(None)
        .name("b")
        .make();
    assert_eq!(
        built,
        Tuned {
            level: 2,
            name: Some("b"),
            hidden: None
        }
    );
    assert_eq!(setters_options::hidden_setter_works_here(), Some(3));
}

#[derive(Builder, Debug, PartialEq)]
struct Skips {
    id: u32,
    #[builder(skip)]
    cache: Vec<u8>,
    #[builder(skip = id + 1)]
    next: u32,
}

#[test]
fn skipped_fields_have_no_setter() {
    assert_eq!(
        Skips::builder().id(4).build(),
        Skips {
            id: 4,
            cache: Vec::new(),
            next: 5
        }
    );
}

#[derive(Builder, Debug, PartialEq)]
#[builder(builder_type = Make, start_fn = new, finish_fn = finish)]
struct Renamed {
    #[builder(name = with_port)]
    port: u16,
    #[builder(name = "label")]
    tag: Option<&'static str>,
}

#[test]
fn renamed_items() {
    let builder: Make = Renamed::new();
    let built = builder.with_port(1).maybe_label(Some("x")).finish();
    assert_eq!(
        built,
        Renamed {
            port: 1,
            tag: Some("x")
        }
    );
}

mod nested {
    #[derive(vouch::Builder, Debug)]
    #[builder(
        builder_type(name = Inner, vis = "pub"),
        start_fn(name = start, vis = "pub(crate)"),
        finish_fn(name = done, vis = "pub")
    )]
    pub(crate) struct Hidden {
        pub(crate) value: u8,
    }
}

#[test]
fn visibility_options() {
    let built = nested::Hidden::start().value(3).done();
    assert_eq!(built.value, 3);
    let _: fn() -> nested::Inner = nested::Hidden::start;
}

#[derive(Builder, Debug, PartialEq)]
struct Generic<'a, T: Clone, const N: usize, U = i32>
where
    U: Copy + Default,
{
    slice: &'a [T],
    array: [u8; N],
    #[builder(default)]
    extra: U,
    maybe: Option<T>,
}

#[test]
fn generics_of_every_kind() {
    let data = [1_i64, 2];
    let built: Generic<'_, i64, 2> = Generic::builder().slice(&data).array([9, 9]).build();
    assert_eq!(
        built,
        Generic {
            slice: &data,
            array: [9, 9],
            extra: 0,
            maybe: None
        }
    );
    let built = Generic::<'_, i64, 1, u8>::builder()
        .maybe(5)
        .extra(2)
        .array([0])
        .slice(&data[..1])
        .build();
    assert_eq!((built.extra, built.maybe), (2, Some(5)));
}

#[derive(Builder, Debug, PartialEq)]
struct Awkward {
    r#type: u8,
    r#match: Option<u8>,
    builder: u8,
    state: u8,
    value: u8,
    #[builder(name = set_build)]
    build: u8,
}

#[test]
fn awkward_field_names() {
    let built = Awkward::builder()
        .r#type(1)
        .maybe_match(Some(2))
        .builder(3)
        .state(4)
        .value(5)
        .set_build(6)
        .build();
    assert_eq!(
        built,
        Awkward {
            r#type: 1,
            r#match: Some(2),
            builder: 3,
            state: 4,
            value: 5,
            build: 6
        }
    );
}

#[derive(Builder, Debug, PartialEq)]
#[builder(derive(Clone, Debug))]
struct Derived {
    a: u8,
    b: Option<Cow<'static, str>>,
    #[builder(default)]
    c: u8,
}

#[test]
fn clone_and_debug_of_the_builder() {
    let half = Derived::builder().a(1);
    assert_eq!(format!("{half:?}"), "DerivedBuilder { a: 1 }");
    let left = half.clone().b(Cow::Borrowed("x")).build();
    let right = half.c(2).build();
    assert_eq!(
        left,
        Derived {
            a: 1,
            b: Some(Cow::Borrowed("x")),
            c: 0
        }
    );
    assert_eq!(
        right,
        Derived {
            a: 1,
            b: None,
            c: 2
        }
    );
    assert_eq!(format!("{:?}", Derived::builder()), "DerivedBuilder");
}

#[derive(Builder, Debug, PartialEq)]
struct Empty {}

#[derive(Builder, Debug, PartialEq)]
struct Unit;

#[test]
fn structs_without_fields() {
    assert_eq!(Empty::builder().build(), Empty {});
    assert_eq!(Unit::builder().build(), Unit);
}

#[derive(Builder, Debug, PartialEq)]
#[builder(crate = ::vouch)]
struct WithCrate {
    #[builder(required)]
    forced: Option<u8>,
}

#[derive(Builder, Debug, PartialEq)]
#[builder(crate = "::vouch")]
struct WithCrateString {
    value: u8,
}

#[test]
fn required_option_and_crate_path() {
    assert_eq!(WithCrateString::builder().value(2).build().value, 2);
    assert_eq!(
        WithCrate::builder().forced(None).build(),
        WithCrate { forced: None }
    );
}

/// The builder stores the same values whatever its state, as bon's: its
/// size does not change as setters run.
#[test]
fn layout_does_not_depend_on_the_state() {
    fn size_of_val<T>(_: &T) -> usize {
        std::mem::size_of::<T>()
    }
    let values = size_of_val(&Plain::builder());
    assert!(values >= std::mem::size_of::<(String, u16)>());
    assert_eq!(size_of_val(&Plain::builder()), values);
    assert_eq!(size_of_val(&Plain::builder().port(1)), values);
    assert_eq!(
        size_of_val(&Plain::builder().port(1).host(String::new())),
        values
    );
}

/// A builder assembled by hand in the defining module, with a state that
/// says a member is set and no value for it, can only panic in `build()`:
/// the typestate is what keeps the `None` arm unreachable, not a promise
/// the compiler relies on.
#[test]
#[should_panic(expected = "a member marked set by the builder's state holds no value")]
fn a_forged_state_panics() {
    let forged: PlainBuilder<plain_builder::SetPort<plain_builder::SetHost>> = PlainBuilder {
        __vouch_state: (
            vouch::__private::builder::Stored::Empty,
            vouch::__private::builder::Stored::Value(1),
        ),
        __vouch_type: std::marker::PhantomData,
    };
    let _ = forged.build();
}

#[test]
fn values_are_dropped_once() {
    use std::rc::Rc;
    #[derive(Builder)]
    struct Holder {
        rc: Rc<()>,
        other: u8,
    }
    let shared = Rc::new(());
    {
        let _unbuilt = Holder::builder().rc(Rc::clone(&shared));
        assert_eq!(Rc::strong_count(&shared), 2);
        let built = Holder::builder().rc(Rc::clone(&shared)).other(1).build();
        assert_eq!((Rc::strong_count(&built.rc), built.other), (3, 1));
    }
    assert_eq!(Rc::strong_count(&shared), 1);
}

#[test]
fn debug_bound_is_per_slot() {
    fn show<T: Debug>(value: &T) -> String {
        format!("{value:?}")
    }
    assert_eq!(show(&Derived::builder().c(4)), "DerivedBuilder { c: 4 }");
}

#[derive(Builder, Debug, PartialEq)]
struct Node<T: Clone> {
    value: T,
    #[builder(default = Self::DEFAULT_DEPTH)]
    depth: u8,
    next: Option<Box<Self>>,
}

impl<T: Clone> Node<T> {
    const DEFAULT_DEPTH: u8 = 9;
}

#[test]
fn self_means_the_struct() {
    let leaf = Node::builder().value('b').depth(1).build();
    let root = Node::builder().value('a').next(Box::new(leaf)).build();
    assert_eq!(root.depth, 9);
    assert_eq!(
        root.next.map(|next| (next.value, next.depth)),
        Some(('b', 1))
    );
}

/// A field of a private type in a public struct: the setter is usable here
/// and adds no `private_interfaces` warning.
mod private_types {
    #[derive(Debug, PartialEq)]
    struct Secret(u8);

    #[derive(vouch::Builder, Debug, PartialEq)]
    pub(crate) struct Holder {
        secret: Secret,
    }

    pub(crate) fn make(value: u8) -> Holder {
        Holder::builder().secret(Secret(value)).build()
    }

    pub(crate) fn read(holder: &Holder) -> u8 {
        holder.secret.0
    }
}

#[test]
fn private_field_types() {
    assert_eq!(private_types::read(&private_types::make(4)), 4);
}

/// More fields than the tuple trait impls of `core` cover (12): the state
/// tuple still clones, and `Debug` goes slot by slot.
#[derive(Builder, Debug, PartialEq)]
#[builder(derive(Clone, Debug))]
struct Wide {
    f01: u8,
    f02: u8,
    f03: u8,
    f04: u8,
    f05: u8,
    f06: u8,
    f07: u8,
    f08: u8,
    f09: u8,
    f10: u8,
    f11: u8,
    f12: u8,
    f13: u8,
    f14: Option<u8>,
}

#[test]
fn more_fields_than_tuple_impls() {
    let half = Wide::builder()
        .f01(1)
        .f02(2)
        .f03(3)
        .f04(4)
        .f05(5)
        .f06(6)
        .f07(7);
    let copy = half.clone();
    assert!(format!("{copy:?}").starts_with("WideBuilder { f01: 1,"));
    let built = half
        .f08(8)
        .f09(9)
        .f10(10)
        .f11(11)
        .f12(12)
        .f13(13)
        .f14(14)
        .build();
    assert_eq!((built.f01, built.f13, built.f14), (1, 13, Some(14)));
}

/// A `default` may name items through a `self::` path: only a `self` value
/// is refused (there is no struct yet).
const DEFAULT_PORT: u16 = 8080;

#[derive(Builder, Debug, PartialEq)]
struct SelfPath {
    #[builder(default = self::DEFAULT_PORT)]
    port: u16,
}

#[test]
fn default_through_a_self_path() {
    assert_eq!(SelfPath::builder().build().port, 8080);
}

/// A user's own type spelled `Option`, made a required field.
mod own_option {
    #[derive(Debug, PartialEq)]
    pub(crate) enum Option<T> {
        Nothing,
        Just(T),
    }

    #[derive(vouch::Builder, Debug, PartialEq)]
    pub(crate) struct Retries {
        #[builder(required)]
        pub(crate) count: Option<u8>,
    }
}

#[test]
fn own_option_type_made_required() {
    use own_option::{Option, Retries};
    let retries = Retries::builder().count(Option::Just(3)).build();
    assert_eq!(retries.count, Option::Just(3));
    assert_eq!(
        Retries::builder().count(Option::Nothing).build().count,
        Option::Nothing
    );
}

/// Names the generated items must not shadow: the slot parameters are
/// named after the fields (`config` -> `Config`), the state parameter
/// `State`, the markers like the fields themselves.
mod shadowing {
    #[derive(Debug, Default, PartialEq)]
    pub(crate) struct Config(pub(crate) u8);

    #[derive(Debug, Default, PartialEq)]
    pub(crate) struct Port;

    impl Port {
        pub(crate) const DEFAULT: u16 = 8080;
    }

    #[derive(vouch::Builder, Debug, PartialEq)]
    pub(crate) struct App<State: Copy> {
        pub(crate) config: Config,
        pub(crate) state: State,
        /// A field named like a type another field uses.
        pub(crate) u8: u16,
        pub(crate) level: u8,
        #[builder(default = Port::DEFAULT)]
        pub(crate) port: u16,
        #[builder(default = String::from("a"))]
        pub(crate) string: String,
    }
}

#[test]
fn generated_names_shadow_nothing() {
    use shadowing::{App, Config};
    let app = App::builder()
        .config(Config(1))
        .state(2_i8)
        .u8(3)
        .level(4)
        .build();
    assert_eq!(
        app,
        App {
            config: Config(1),
            state: 2,
            u8: 3,
            level: 4,
            port: 8080,
            string: "a".to_owned(),
        }
    );
}

/// The names of a builder's fields are types in a module named after the
/// builder: a user can name them (they are what errors print).
#[test]
fn field_names_are_nameable() {
    fn takes(_: Option<plain_builder::host>, _: Option<shadowing::app_builder::u8>) {}
    takes(None, None);
}

/// Function builders in a module without the prelude, with a renamed
/// crate path: generated code names nothing the user could shadow.
mod no_prelude {
    #![no_implicit_prelude]

    /// Shadows the prelude's `Option` for the generated code, not for the
    /// argument types (which are spelled in full).
    #[allow(dead_code)]
    pub(crate) struct Option;

    #[::vouch::builder(crate = ::vouch)]
    pub(crate) fn pick(
        first: u8,
        second: ::std::option::Option<u8>,
        #[builder(default = 7)] third: u8,
    ) -> u8 {
        match second {
            ::std::option::Option::Some(second) => first + second + third,
            ::std::option::Option::None => first + third,
        }
    }
}

#[test]
fn function_builders_need_no_prelude() {
    assert_eq!(no_prelude::pick().first(1).call(), 8);
    assert_eq!(no_prelude::pick().first(1).second(2).third(0).call(), 3);
}

/// bon's setter names for fields with a leading `_`: one `_` less.
#[derive(vouch::Builder, Debug, PartialEq)]
struct Underscored {
    _cache: u8,
    _type: u8,
    __twice: u8,
    _1: u8,
}

#[test]
fn setters_drop_one_leading_underscore() {
    let built = Underscored::builder()
        .cache(1)
        .r#type(2)
        ._twice(3)
        ._1(4)
        .build();
    assert_eq!(
        built,
        Underscored {
            _cache: 1,
            _type: 2,
            __twice: 3,
            _1: 4
        }
    );
}

/// `#[vouch::bon] impl`: builders for associated functions.
mod associated {
    #[derive(Debug, PartialEq)]
    pub(crate) struct Point<T> {
        pub(crate) x: T,
        pub(crate) y: T,
    }

    #[vouch::bon]
    impl<T: Copy + Default + core::ops::Add<Output = T>> Point<T> {
        /// A point; `y` defaults to zero.
        #[builder]
        pub(crate) fn new(x: T, #[builder(default)] y: T) -> Self {
            Self { x, y }
        }

        /// The point moved by `by`, scaled `times` times.
        #[builder]
        pub(crate) fn shifted<const N: usize>(start: &Self, by: [T; N]) -> Point<T> {
            let mut x = start.x;
            for step in by {
                x = x + step;
            }
            Self { x, y: start.y }
        }

        #[builder(finish_fn = finish)]
        pub(crate) async fn later(value: T) -> Self {
            let value = core::future::ready(value).await;
            Self { x: value, y: value }
        }

        pub(crate) fn plain(&self) -> T {
            self.x + self.y
        }

        /// Methods: the builder holds the receiver.
        #[builder]
        pub(crate) fn sum(&self, extra: T, more: Option<T>) -> T {
            self.plain() + extra + more.unwrap_or_default()
        }

        #[builder]
        pub(crate) fn x_ref(&self, #[builder(default)] _unused: u8) -> &T {
            &self.x
        }

        #[builder(derive(Clone))]
        pub(crate) fn grow(&mut self, by: T) -> &mut Self {
            self.x = self.x + by;
            self
        }

        #[builder]
        pub(crate) fn into_x(mut self, add: T) -> T {
            self.x = self.x + add;
            self.x
        }

        #[builder]
        #[allow(
            clippy::boxed_local,
            reason = "a typed receiver is the shape under test"
        )]
        pub(crate) fn boxed(self: Box<Self>, times: u8) -> T {
            let mut total = T::default();
            for _ in 0..times {
                total = total + self.x;
            }
            total
        }
    }
}

/// A block whose type has an elided lifetime.
mod elided_block {
    pub(crate) struct View<T>(pub(crate) T);

    #[vouch::bon]
    impl<T> View<&'_ T> {
        #[builder]
        pub(crate) fn get(&self) -> &T {
            self.0
        }
    }
}

#[test]
fn builders_in_a_block_with_an_elided_lifetime() {
    assert_eq!(elided_block::View(&42).get().call(), &42);
}

#[test]
fn associated_function_builders() {
    use associated::Point;
    let point = Point::builder().x(1).build();
    assert_eq!(point, Point { x: 1, y: 0 });
    assert_eq!(Point::builder().y(2).x(1).build().plain(), 3);
    let shifted = Point::shifted().start(&point).by([1, 2]).call();
    assert_eq!(shifted, Point { x: 4, y: 0 });
    let _: associated::PointBuilder<u8> = Point::builder();
    let _: associated::PointShiftedBuilder<'_, u8, 2> = Point::shifted();
    let mut point = Point::builder().x(1).y(2).build();
    assert_eq!(point.sum().extra(10).call(), 13);
    assert_eq!(point.sum().extra(10).more(100).call(), 113);
    assert_eq!(*point.x_ref().call(), 1);
    let _ = point.grow().by(5).call().grow().by(1).call();
    assert_eq!(point.x, 7);
    assert_eq!(point.into_x().add(1).call(), 8);
    assert_eq!(Box::new(Point { x: 3, y: 0 }).boxed().times(2).call(), 6);
    let mut future = std::pin::pin!(Point::later().value(5).finish());
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    assert_eq!(
        std::future::Future::poll(future.as_mut(), &mut cx),
        std::task::Poll::Ready(Point { x: 5, y: 5 })
    );
}

/// Defaulted members have bon's `maybe_` setter: `None` keeps the default.
#[derive(vouch::Builder, Debug, PartialEq)]
#[builder(derive(Debug))]
struct WithDefaults {
    #[builder(default = 3)]
    retries: u8,
    #[builder(default, into)]
    name: String,
}

#[test]
fn defaulted_members_have_maybe_setters() {
    let built = WithDefaults::builder()
        .maybe_retries(None)
        .maybe_name(Some("x"))
        .build();
    assert_eq!(
        built,
        WithDefaults {
            retries: 3,
            name: "x".to_owned()
        }
    );
    assert_eq!(
        WithDefaults::builder()
            .maybe_retries(Some(5))
            .build()
            .retries,
        5
    );
    let builder = WithDefaults::builder().maybe_retries(None).name("n");
    assert_eq!(
        format!("{builder:?}"),
        "WithDefaultsBuilder { name: \"n\" }"
    );
}

/// bon's `required` with a `default` on an `Option` field: the setter
/// takes the `Option`, and unset means the default.
#[derive(vouch::Builder, Debug, PartialEq)]
struct RequiredWithDefault {
    #[builder(required, default = Some(1))]
    port: Option<u16>,
}

#[test]
fn required_option_with_a_default() {
    assert_eq!(RequiredWithDefault::builder().build().port, Some(1));
    assert_eq!(RequiredWithDefault::builder().port(None).build().port, None);
    assert_eq!(
        RequiredWithDefault::builder().port(Some(2)).build().port,
        Some(2)
    );
}

/// Function builders: `#[vouch::builder] fn`.
mod functions {
    /// Greets someone.
    #[vouch::builder]
    pub(crate) fn greet(
        name: &str,
        times: Option<u8>,
        #[builder(default = 1)] repeat: u8,
    ) -> String {
        let times = usize::from(times.unwrap_or(1) * repeat);
        format!("hello {name}").repeat(times)
    }

    #[vouch::builder]
    pub(crate) fn first<T: Clone>(items: &[T], #[builder(into)] fallback: T) -> T {
        items.first().cloned().unwrap_or(fallback)
    }

    /// An elided lifetime in the return type: the one of `text`.
    #[vouch::builder]
    pub(crate) fn prefix(text: &str, len: usize) -> &str {
        text.get(..len).unwrap_or(text)
    }

    #[vouch::builder(finish_fn = run, builder_type = Adder)]
    pub(crate) fn add(
        mut total: u32,
        /// What to add to `total` (documents the setter).
        more: u32,
    ) -> u32 {
        total += more;
        total
    }

    #[vouch::builder]
    pub(crate) fn fallible(value: i32) -> Result<u32, std::num::TryFromIntError> {
        let converted = u32::try_from(value)?;
        Ok(converted)
    }

    /// `impl Trait` arguments become type parameters.
    #[vouch::builder]
    pub(crate) fn join<'a>(
        first: impl Into<String>,
        rest: impl Iterator<Item = &'a u8>,
        separator: Option<impl std::fmt::Display>,
    ) -> String {
        let separator = separator.map(|separator| separator.to_string());
        let mut out: String = first.into();
        for item in rest {
            if let Some(separator) = &separator {
                out.push_str(separator);
            }
            out.push_str(&item.to_string());
        }
        out
    }

    /// # Safety
    /// `pointer` points to a readable `u8`.
    #[vouch::builder(derive(Clone, Debug))]
    pub(crate) unsafe fn read(pointer: *const u8, offset: Option<usize>) -> u8 {
        // SAFETY: the caller's promise, passed on.
        unsafe { *pointer.add(offset.unwrap_or(0)) }
    }

    #[vouch::builder]
    pub(crate) async fn later(value: u8) -> u8 {
        core::future::ready(value).await + 1
    }

    #[vouch::builder]
    pub(crate) fn make<T: Default, const N: usize>() -> [T; N]
    where
        [T; N]: Default,
    {
        <[T; N]>::default()
    }
}

#[test]
fn function_builders_call_the_function() {
    use functions::{add, fallible, first, greet, make, prefix};
    assert_eq!(greet().name("ada").call(), "hello ada");
    assert_eq!(
        greet().times(2).name("bo").repeat(2).call(),
        "hello bohello bohello bohello bo"
    );
    assert_eq!(first().items(&[3_u64, 4]).fallback(9_u8).call(), 3);
    assert_eq!(first::<u64>().items(&[]).fallback(9_u8).call(), 9);
    let text = String::from("abcdef");
    let short: &str = prefix().len(3).text(&text).call();
    assert_eq!(short, "abc");
    assert_eq!(add().total(1).more(2).run(), 3);
    let _: functions::Adder = add();
    assert_eq!(fallible().value(5).call(), Ok(5));
    assert!(fallible().value(-5).call().is_err());
    assert_eq!(make::<u8, 2>().call(), [0, 0]);
    let bytes = [1_u8, 2];
    assert_eq!(
        functions::join()
            .first("x")
            .rest(bytes.iter())
            .separator('-')
            .call(),
        "x-1-2"
    );
}

#[test]
fn unsafe_function_builders_are_unsafe_to_call() {
    let bytes = [5_u8, 6];
    let builder = functions::read().pointer(bytes.as_ptr());
    assert_eq!(
        format!("{builder:?}"),
        format!("ReadBuilder {{ pointer: {:?} }}", bytes.as_ptr())
    );
    let second = builder.clone().offset(1);
    // SAFETY: both point into `bytes`.
    let (a, b) = unsafe { (builder.call(), second.call()) };
    assert_eq!((a, b), (5, 6));
}

#[test]
fn async_function_builders_return_futures() {
    use std::future::Future;
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(functions::later().value(1).call());
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(future.as_mut().poll(&mut cx), Poll::Ready(2));
}

/// A `Result` alias: its name ends in `Result`, so a `with` closure may
/// return it.
type ParseResult<T> = Result<T, core::num::ParseIntError>;

/// Shapes next to the ones the check refuses: a doc link to `Self` that
/// `setters(doc ..)` keeps off the builder, a `with` closure returning a
/// `Result` alias, and `into` on a positional `Option<&str>` that the
/// `on(&str, into)` rule (matching only its `&str`) does not repeat.
#[derive(Builder, Debug, PartialEq)]
#[builder(on(&str, into))]
struct NextToRefusals {
    #[builder(start_fn, into)]
    first: Option<&'static str>,
    /// Links [`Self`]; its setter has docs of its own.
    #[builder(setters(doc {
        /// Sets the number, parsed.
    }), with = |text: &str| -> ParseResult<_> { text.parse() })]
    parsed: u32,
}

#[test]
fn shapes_next_to_refusals_build() -> ParseResult<()> {
    let built = NextToRefusals::builder("a").parsed("7")?.build();
    assert_eq!(
        built,
        NextToRefusals {
            first: Some("a"),
            parsed: 7
        }
    );
    Ok(())
}

/// `setters(name = ..)` with `some_fn` and `option_fn` naming their own: the
/// getter still takes its name from it.
#[derive(Builder)]
struct GetterTakesSettersName {
    #[builder(
        getter,
        setters(name = level, some_fn = set_level, option_fn = maybe_set_level)
    )]
    value: Option<u8>,
}

#[test]
fn getter_takes_the_setters_name() {
    let builder = GetterTakesSettersName::builder().set_level(3);
    assert_eq!(builder.get_level(), Some(&3));
    let built = GetterTakesSettersName::builder()
        .maybe_set_level(None)
        .build();
    assert_eq!(built.value, None);
}

/// `#[builder(field)]`: private fields of the builder, made by the start
/// function in the order declared, from the `start_fn` members and the
/// fields before them; shown by `Debug` and cloned by `Clone` next to the
/// `start_fn` members, moved into the struct by `build()`.
#[derive(Builder, Debug, PartialEq)]
#[builder(derive(Debug, Clone))]
struct WithFields<T> {
    #[builder(start_fn)]
    base: u32,
    #[builder(field)]
    flag: bool,
    #[builder(start_fn, into)]
    step: u64,
    #[builder(field = base + u32::from(flag) + u32::try_from(step).unwrap_or(0))]
    total: u32,
    #[builder(field = total * 10)]
    scaled: u32,
    #[builder(field)]
    kept: Option<T>,
    #[builder(field = core::any::type_name::<T>())]
    type_name: &'static str,
    label: String,
}

impl<T, S: with_fields_builder::State> WithFieldsBuilder<T, S> {
    /// A method of the builder's module reads and writes its fields.
    fn bump(mut self) -> Self {
        self.total += 1;
        self.flag = !self.flag;
        self
    }
}

#[test]
fn field_members_are_builder_fields() {
    let builder = WithFields::<u8>::builder(1, 2_u32);
    #[allow(clippy::redundant_clone)]
    let cloned = builder.clone();
    assert_eq!(
        format!("{cloned:?}"),
        "WithFieldsBuilder { base: 1, flag: false, step: 2, total: 3, scaled: 30, \
         kept: None, type_name: \"u8\" }"
    );
    let built = builder.bump().label("l".to_owned()).build();
    assert_eq!(
        built,
        WithFields {
            base: 1,
            flag: true,
            step: 2,
            total: 4,
            scaled: 30,
            kept: None,
            type_name: "u8",
            label: "l".to_owned(),
        }
    );
    let set = WithFields::<u8>::builder(0, 0_u8).label(String::new());
    assert_eq!(format!("{set:?}").matches("label").count(), 1);
}
