//! `#[builder(generics(setters(..)))]`: a method per type parameter of the
//! builder that changes it to another type, while the members whose type
//! names it are unset (Miri runs these).

use vouch::Builder;

/// A pair whose two parameters start as `()` and are given their types
/// by a method of the builder's own, through both conversion methods.
#[derive(Builder, Debug, PartialEq)]
#[builder(generics(setters = "conv_{}"))]
struct Pair<A, B> {
    id: u32,
    left: A,
    right: B,
}

use pair_builder::{IsUnset, SetLeft, SetRight, State};

impl<A, B, S: State> PairBuilder<A, B, S> {
    /// Sets both sides at types chosen here.
    fn sides<A2, B2>(self, left: A2, right: B2) -> PairBuilder<A2, B2, SetRight<SetLeft<S>>>
    where
        S::Left: IsUnset,
        S::Right: IsUnset,
    {
        self.conv_a().left(left).conv_b().right(right)
    }
}

#[test]
fn short_form_converts_each_parameter() {
    let pair = Pair::<(), ()>::builder()
        .id(7)
        .sides("left", vec![1_u8, 2])
        .build();
    assert_eq!(
        pair,
        Pair {
            id: 7,
            left: "left",
            right: vec![1, 2]
        }
    );
    // A member set before a conversion that leaves its type alone stays.
    let pair = Pair::<u8, u8>::builder()
        .left(3)
        .conv_b::<char>()
        .right('r')
        .id(1)
        .build();
    assert_eq!((pair.left, pair.right, pair.id), (3, 'r', 1));
}

mod named {
    /// `name`, `vis` and `doc` of `setters(..)`.
    #[derive(vouch::Builder)]
    #[builder(generics(setters(
        name = "with_{}",
        vis = "pub(self)",
        doc {
            /// Picks the type of the value.
        }
    )))]
    pub(crate) struct Holder<Value> {
        pub(crate) value: Value,
    }

    /// The conversion method is private to this module (`vis`).
    pub(crate) fn holding<V>(value: V) -> Holder<V> {
        Holder::<()>::builder().with_value().value(value).build()
    }
}

#[test]
fn long_form_names_the_method() {
    assert_eq!(named::holding(42_u64).value, 42);
    assert_eq!(named::holding("text").value, "text");
}

/// A trait whose associated type a field names, once as `T::Assoc`, once
/// as `<T as Assoc>::Assoc`, and with an associated type named `T` like
/// the parameter.
trait Assoc {
    type Assoc;
    type T;
}

impl Assoc for () {
    type Assoc = u32;
    type T = &'static str;
}

impl Assoc for bool {
    type Assoc = u64;
    type T = char;
}

#[derive(Builder)]
#[builder(generics(setters(name = "conv_{}")))]
struct Projected<T: Assoc> {
    short: T::Assoc,
    qualified: <T as Assoc>::Assoc,
    same_name: T::T,
    qualified_same_name: <T as Assoc>::T,
    #[builder(default)]
    other: u8,
}

#[test]
fn projections_follow_the_parameter() {
    let built = Projected::<()>::builder()
        .other(9)
        .conv_t::<bool>()
        .short(1_u64)
        .qualified(2_u64)
        .same_name('a')
        .qualified_same_name('b')
        .build();
    assert_eq!(
        (
            built.short,
            built.qualified,
            built.same_name,
            built.qualified_same_name,
            built.other
        ),
        (1, 2, 'a', 'b', 9)
    );
}

/// Where-clauses and bounds that name the parameter are carried over to
/// the new type; `Option`, a default, `into` and the struct's other
/// parameters too.
#[derive(Builder, Debug, PartialEq)]
#[builder(generics(setters = "to_{}"))]
struct Bounded<'a, T: Clone + PartialEq<T>, U = i32>
where
    T: core::fmt::Debug,
    Vec<T>: Default,
    U: Copy,
{
    label: &'a str,
    maybe: Option<T>,
    #[builder(default)]
    many: Vec<T>,
    #[builder(into)]
    fixed: U,
}

#[test]
fn bounds_are_carried_to_the_new_type() {
    let built = Bounded::<'_, (), u8>::builder()
        .label("l")
        .fixed(1_u8)
        .to_t::<String>()
        .maybe("m".to_owned())
        .build();
    assert_eq!(
        built,
        Bounded {
            label: "l",
            maybe: Some("m".to_owned()),
            many: Vec::new(),
            fixed: 1_u8
        }
    );
    let built = Bounded::<'_, u8, i32>::builder()
        .label("x")
        .to_t::<char>()
        .to_u::<u16>()
        .fixed(5_u8)
        .many(vec!['c'])
        .build();
    assert_eq!((built.many, built.fixed), (vec!['c'], 5_u16));
}

/// The `Clone` and `Debug` of a builder, and what the builder holds from
/// its start whose type names no type parameter, survive a conversion.
#[derive(Builder, Debug, PartialEq)]
#[builder(generics(setters = "conv_{}"), derive(Clone, Debug))]
struct Held<T> {
    #[builder(start_fn)]
    base: u32,
    #[builder(field = base * 2)]
    doubled: u32,
    value: T,
    #[builder(getter)]
    note: Option<&'static str>,
}

#[test]
fn held_values_move_across() {
    let builder = Held::<()>::builder(2).note("n").conv_t::<i8>();
    assert_eq!(
        format!("{:?}", builder.clone()),
        "HeldBuilder { base: 2, doubled: 4, note: \"n\" }"
    );
    assert_eq!(builder.get_note(), Some(&"n"));
    assert_eq!(
        builder.value(-1).build(),
        Held {
            base: 2,
            doubled: 4,
            value: -1,
            note: Some("n")
        }
    );
}

/// Function and method builders get the conversion methods too.
#[vouch::builder(generics(setters = "conv_{}"))]
fn describe<T: core::fmt::Debug>(prefix: &str, value: T) -> String {
    format!("{prefix}{value:?}")
}

struct Shelf;

#[vouch::bon]
impl Shelf {
    #[builder(generics(setters = "conv_{}"))]
    fn label<Item: Into<String>>(item: Item, count: usize) -> String {
        format!("{}x{count}", item.into())
    }
}

#[test]
fn function_builders_convert_too() {
    assert_eq!(
        describe::<()>().prefix("v=").conv_t::<u8>().value(3).call(),
        "v=3"
    );
    assert_eq!(
        Shelf::label::<String>()
            .count(2)
            .conv_item::<&str>()
            .item("box")
            .call(),
        "boxx2"
    );
}

/// An associated function of a generic impl: the impl's parameter gets a
/// conversion method too, and `call()` calls the function at the new type.
#[derive(Debug, PartialEq)]
struct Wrapper<T>(T, u8);

#[vouch::bon]
impl<T> Wrapper<T> {
    #[builder(generics(setters = "conv_{}"))]
    fn make(inner: T, #[builder(default)] count: u8) -> Self {
        Wrapper(inner, count)
    }
}

#[test]
fn impl_parameters_convert_too() {
    let made = Wrapper::<()>::make()
        .count(4)
        .conv_t::<&str>()
        .inner("in")
        .call();
    assert_eq!(made, Wrapper("in", 4));
}
