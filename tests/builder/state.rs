//! Runtime tests of the typestate API (bon's): methods of the user's own on
//! a builder, written against its state module (`State`, `IsUnset`,
//! `IsSet`, `IsComplete`, `Empty`, `SetMember<S>`).

use vouch::{Builder, bon, builder};

#[derive(Builder, Debug, PartialEq)]
struct Sut {
    x1: u32,
    x2: Option<u32>,
    #[builder(default)]
    x3: u32,
}

use sut_builder::{Empty, IsComplete, IsSet, IsUnset, SetX1, SetX2, State};

impl<S: State> SutBuilder<S> {
    /// Calls a setter from a method generic over the state.
    fn x1_doubled(self, value: u32) -> SutBuilder<SetX1<S>>
    where
        S::X1: IsUnset,
    {
        self.x1(value * 2)
    }

    /// Two setters in a row.
    fn x1_and_x2(self, x1: u32, x2: u32) -> SutBuilder<SetX2<SetX1<S>>>
    where
        S::X1: IsUnset,
        S::X2: IsUnset,
    {
        self.x1(x1).x2(x2)
    }

    /// Requires a member set, without building; the builder's size does
    /// not depend on its state.
    fn size_once_x1_is_set(&self) -> usize
    where
        S::X1: IsSet,
    {
        core::mem::size_of_val(self)
    }
}

impl<S: IsComplete> SutBuilder<S> {
    fn done(self) -> Sut {
        self.build()
    }
}

#[test]
fn custom_methods_of_a_struct_builder() {
    assert_eq!(
        Sut::builder().x1_doubled(2).done(),
        Sut {
            x1: 4,
            x2: None,
            x3: 0
        }
    );
    assert_eq!(
        Sut::builder().x3(7).x1_and_x2(1, 2).build(),
        Sut {
            x1: 1,
            x2: Some(2),
            x3: 7
        }
    );
    assert_eq!(
        Sut::builder().x1(1).size_once_x1_is_set(),
        core::mem::size_of_val(&Sut::builder())
    );
}

#[test]
fn states_named_in_annotations() {
    let empty: SutBuilder<Empty> = Sut::builder();
    let one: SutBuilder<SetX1> = empty.x1(1);
    let two: SutBuilder<SetX2<SetX1>> = one.x2(2);
    let three: SutBuilder<sut_builder::SetX3<SetX2<SetX1<Empty>>>> = two.x3(3);
    assert_eq!(
        three.build(),
        Sut {
            x1: 1,
            x2: Some(2),
            x3: 3
        }
    );
}

/// One associated type per member, named after it.
#[allow(dead_code, type_alias_bounds)]
type AssocTypes<T: State> = (T::X1, T::X2, T::X3);

#[derive(Builder, Debug, PartialEq)]
struct Wrapper<T> {
    value: T,
    label: Option<&'static str>,
}

impl<T, S: wrapper_builder::State> WrapperBuilder<T, S> {
    /// The state parameter comes last, after the struct's own.
    fn value_default(self) -> WrapperBuilder<T, wrapper_builder::SetValue<S>>
    where
        S::Value: wrapper_builder::IsUnset,
        T: Default,
    {
        self.value(T::default())
    }
}

#[test]
fn generic_struct_state_last() {
    let half: WrapperBuilder<u64, wrapper_builder::SetLabel> = Wrapper::builder().label("x");
    let full: WrapperBuilder<u64, wrapper_builder::SetValue<wrapper_builder::SetLabel>> =
        half.value_default();
    assert_eq!(
        full.build(),
        Wrapper {
            value: 0_u64,
            label: Some("x")
        }
    );
}

#[builder]
fn greet(name: &str, #[builder(default = 1)] times: usize) -> String {
    format!("hello {name}").repeat(times)
}

impl<'name, S: greet_builder::State> GreetBuilder<'name, S> {
    fn world(self) -> GreetBuilder<'name, greet_builder::SetName<S>>
    where
        S::Name: greet_builder::IsUnset,
    {
        self.name("world")
    }
}

impl<S: greet_builder::IsComplete> GreetBuilder<'_, S> {
    fn twice(self) -> String {
        let once = self.call();
        format!("{once}{once}")
    }
}

#[test]
fn custom_methods_of_a_function_builder() {
    assert_eq!(greet().world().call(), "hello world");
    assert_eq!(
        greet().times(2).world().twice(),
        "hello worldhello worldhello worldhello world"
    );
    let _: GreetBuilder<'_, greet_builder::Empty> = greet();
}

struct Counter(u32);

#[bon]
impl Counter {
    #[builder]
    fn add(&mut self, by: u32, times: Option<u32>) -> u32 {
        self.0 += by * times.unwrap_or(1);
        self.0
    }
}

impl<S: counter_add_builder::State> CounterAddBuilder<'_, S> {
    fn once(self) -> u32
    where
        S::Times: counter_add_builder::IsUnset,
        S::By: counter_add_builder::IsSet,
    {
        self.times(1).call()
    }
}

#[test]
fn custom_methods_of_a_method_builder() {
    let mut counter = Counter(1);
    assert_eq!(counter.add().by(2).once(), 3);
}

#[derive(Builder)]
struct r#Raw {
    self_: u32,
    r#type: Option<u32>,
    r#match: u32,
}

#[test]
fn raw_identifiers() {
    let built: RawBuilder<raw_builder::SetType<raw_builder::SetSelf_>> =
        Raw::builder().self_(1).r#type(2);
    let built = built.r#match(3).build();
    assert_eq!((built.self_, built.r#type, built.r#match), (1, Some(2), 3));
}

#[derive(Builder, Debug, PartialEq)]
#[builder(state_mod = point_state)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Builder)]
#[builder(builder_type = Line, state_mod(name = line_state, vis = "pub(crate)", doc {
    /// The states of a `Line`.
}))]
struct Segment {
    from: i32,
    to: Option<i32>,
}

#[allow(non_camel_case_types)]
mod raw_names {
    #[derive(vouch::Builder)]
    #[builder(builder_type = r#type, state_mod = r#mod)]
    pub(crate) struct Sut {
        pub(crate) r#while: u32,
    }
}

#[test]
fn state_module_renamed() {
    use point_state::{IsUnset, SetX, State};
    fn origin_x<S: State>(builder: PointBuilder<S>) -> PointBuilder<SetX<S>>
    where
        S::X: IsUnset,
    {
        builder.x(0)
    }
    assert_eq!(
        origin_x(Point::builder().y(2)).build(),
        Point { x: 0, y: 2 }
    );
    let line: Line<line_state::SetFrom> = Segment::builder().from(1);
    let segment = line.build();
    assert_eq!((segment.from, segment.to), (1, None));
    let raw: raw_names::r#type<raw_names::r#mod::SetWhile> = raw_names::Sut::builder().r#while(3);
    assert_eq!(raw.build().r#while, 3);
}

/// `field` members next to the typestate API: methods of the user's own,
/// generic over the state, read and write them.
#[derive(Builder, Debug, PartialEq)]
struct Stepper {
    #[builder(start_fn)]
    step: u32,
    #[builder(field = step * 2)]
    total: u32,
    #[builder(field)]
    calls: u8,
    label: Option<&'static str>,
}

impl<S: stepper_builder::State> StepperBuilder<S> {
    /// Adds the step to the total, in any state.
    fn bump(mut self) -> Self {
        self.total += self.step;
        self.calls += 1;
        self
    }

    /// Sets the label from the total, once.
    fn label_from_total(self) -> StepperBuilder<stepper_builder::SetLabel<S>>
    where
        S::Label: stepper_builder::IsUnset,
    {
        let label = if self.total > 10 { "big" } else { "small" };
        self.label(label)
    }
}

#[test]
fn field_members_in_methods_of_your_own() {
    let built = Stepper::builder(3).bump().label_from_total().bump().build();
    assert_eq!(
        built,
        Stepper {
            step: 3,
            total: 12,
            calls: 2,
            label: Some("small"),
        }
    );
}

/// A raw builder name and raw member names read without `r#` in `Debug`.
#[derive(Builder)]
#[builder(builder_type = r#type, state_mod = r#mod, derive(Debug))]
struct RawDebug {
    #[builder(start_fn)]
    r#struct: u32,
    #[builder(field)]
    r#enum: u32,
    r#while: u32,
}

#[test]
fn raw_names_in_debug() {
    let builder = RawDebug::builder(1).r#while(2);
    assert_eq!(
        format!("{builder:?}"),
        "type { struct: 1, enum: 0, while: 2 }"
    );
    let built = builder.build();
    assert_eq!((built.r#struct, built.r#enum, built.r#while), (1, 0, 2));
}
