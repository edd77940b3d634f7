//! Runtime tests of the sealed capability (Miri runs these).
//!
//! Every shape `#[vouch::sealed]` accepts is compiled here and used:
//! generically, as `dyn`, through sub-traits, and through the enum of a
//! closed hierarchy.
#![allow(clippy::float_cmp)]

use vouch::{ClosedHierarchy, sealed};

/// A user's own `mod sealed` and `trait Sealed` next to sealed traits: the
/// seal modules are named after each trait, so nothing clashes.
#[allow(dead_code)]
mod sealed {
    pub(crate) trait Sealed {}
}
#[allow(dead_code)]
trait Sealed {}

mod shapes {
    use vouch::sealed;

    /// A plane figure, implemented in other modules of the crate too.
    #[sealed(pub(crate))]
    pub(crate) trait Shape {
        fn area(&self) -> f64;

        fn name(&self) -> &'static str {
            "shape"
        }

        fn scale(&mut self, factor: f64);

        fn into_area(self) -> f64
        where
            Self: Sized,
        {
            self.area()
        }

        fn describe(&self, prefix: &str) -> String {
            format!("{prefix}{}", self.name())
        }

        /// A generic method, forwarded with its generics.
        fn fold<F: Fn(f64) -> f64>(&self, f: F) -> f64
        where
            Self: Sized,
        {
            f(self.area())
        }

        /// An `impl Trait` argument.
        fn visit(&self, mut f: impl FnMut(&'static str))
        where
            Self: Sized,
        {
            f(self.name());
        }
    }

    /// Round figures: a sealed sub-trait in the same module.
    #[sealed(pub(crate))]
    pub(crate) trait Round: Shape {
        fn radius(&self) -> f64;
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub(crate) struct Square(pub f64);

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub(crate) struct Circle(pub f64);

    #[sealed]
    impl Shape for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }

        fn name(&self) -> &'static str {
            "square"
        }

        fn scale(&mut self, factor: f64) {
            self.0 *= factor;
        }
    }
}

/// Inherent methods named like the trait's: the forwarding and the
/// conversions call the trait's, fully qualified.
impl shapes::Circle {
    #[allow(dead_code, clippy::unused_self, clippy::trivially_copy_pass_by_ref)]
    fn area(&self) -> &'static str {
        "inherent"
    }
}

/// An impl under `#[cfg]`: its seal follows it.
#[cfg(any())]
#[sealed]
impl shapes::Shape for u8 {
    fn area(&self) -> f64 {
        0.0
    }
    fn scale(&mut self, _: f64) {}
}

/// Impls in another module than the trait's.
mod impls {
    use super::shapes::{self, Circle};
    use vouch::sealed;

    #[sealed]
    impl shapes::Shape for Circle {
        fn area(&self) -> f64 {
            3.0 * self.0 * self.0
        }

        fn name(&self) -> &'static str {
            "circle"
        }

        fn scale(&mut self, factor: f64) {
            self.0 *= factor;
        }
    }

    #[sealed]
    impl super::shapes::Round for Circle {
        fn radius(&self) -> f64 {
            self.0
        }
    }
}

// A glob import brings the seal modules along with the traits, so
// `#[sealed(Shape)]` below finds `Shape`'s seal.
use shapes::*;

/// A generic sealed trait with a blanket impl, impls for references, and
/// lifetimes.
#[sealed]
trait Describe<'a, T: ?Sized + 'a> {
    fn describe(&self, with: &'a T) -> String;
}

#[sealed]
impl<'a, S: Shape> Describe<'a, str> for S {
    fn describe(&self, with: &'a str) -> String {
        format!("{with} {}", self.name())
    }
}

#[sealed]
impl<'a> Describe<'a, [u8]> for &str {
    fn describe(&self, with: &'a [u8]) -> String {
        format!("{self}:{}", with.len())
    }
}

/// Defaults of generic parameters, `Self` included: the seal keeps them,
/// so `impl Combine for X` (meaning `Combine<X>`) is sealed too.
#[sealed]
trait Combine<Rhs = Self, const SCALE: u32 = 1> {
    fn combine(&self, other: &Rhs) -> u32;
}

#[sealed]
impl Combine for u32 {
    fn combine(&self, other: &u32) -> u32 {
        self + other
    }
}

#[sealed]
impl Combine<u8, 10> for u32 {
    fn combine(&self, other: &u8) -> u32 {
        self + u32::from(*other) * 10
    }
}

/// A const-generic sealed trait.
#[sealed(erase)]
trait Grid<const W: usize, const H: usize> {
    fn cells(&self) -> usize {
        W * H
    }
}

#[sealed]
impl<const N: usize> Grid<N, 2> for [u8; N] {}

/// Sealed `unsafe trait` and a raw identifier.
///
/// # Safety
/// None needed: a test of the syntax.
#[sealed(pub(crate))]
unsafe trait r#Marker {}

#[sealed]
// SAFETY: the trait has no requirement.
unsafe impl r#Marker for u8 {}

/// An associated type: sealing keeps it.
#[sealed]
trait Stage {
    type Next;
    const NAME: &'static str;
}

struct Grounded;
struct Launched;

#[sealed]
impl Stage for Grounded {
    type Next = Launched;
    const NAME: &'static str = "grounded";
}

#[sealed]
impl Stage for Launched {
    type Next = Launched;
    const NAME: &'static str = "launched";
}

/// The closed hierarchy of the shapes above.
#[derive(Debug, Clone, Copy, PartialEq, vouch::Sealed)]
#[sealed(shapes::Shape)]
enum AnyShape {
    Square(Square),
    Circle(Circle),
}

/// One variant: `TryFrom` always succeeds.
#[derive(Debug, PartialEq, vouch::Sealed)]
#[sealed(Shape, Round)]
enum OnlyRound {
    Circle(Circle),
}

/// A generic closed hierarchy: variants over a type parameter get no
/// `From`/`TryFrom` (they could overlap), the others do.
#[derive(Debug, PartialEq, vouch::Sealed)]
#[sealed(Shape)]
enum Either<A: Shape, B: Shape = Circle> {
    Left(A),
    Right(B),
    Fixed(Square),
}

fn total_area<S: Shape + ?Sized>(shapes: &[&S]) -> f64 {
    shapes.iter().map(|shape| shape.area()).sum()
}

#[test]
fn sealed_traits_are_usable_generically() {
    let square = Square(2.0);
    let circle = Circle(1.0);
    assert_eq!(total_area(&[&square, &Square(1.0)]), 5.0);
    assert_eq!(square.name(), "square");
    assert_eq!(circle.name(), "circle");
    assert_eq!(circle.into_area(), 3.0);
    assert_eq!(Shape::describe(&square, "a "), "a square");
}

#[test]
fn sealed_traits_stay_dyn_compatible() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(1.0)), Box::new(Circle(2.0))];
    let names: Vec<_> = shapes.iter().map(|shape| shape.name()).collect();
    assert_eq!(names, ["square", "circle"]);
    assert_eq!(total_area::<dyn Shape>(&[&*shapes[0], &*shapes[1]]), 13.0);

    let round: &dyn Round = &Circle(2.0);
    assert_eq!(round.radius(), 2.0);
    let upcast: &dyn Shape = round;
    assert_eq!(upcast.area(), 12.0);
}

fn marked<T: Marker>(_: T) -> bool {
    true
}

#[test]
fn generic_const_generic_and_reference_impls() {
    assert_eq!(Describe::describe(&Square(1.0), "big"), "big square");
    assert_eq!(Describe::describe(&"key", &b"abc"[..]), "key:3");
    assert_eq!([0_u8; 3].cells(), 6);
    assert_eq!(<Grounded as Stage>::NAME, "grounded");
    assert_eq!(<<Grounded as Stage>::Next as Stage>::NAME, "launched");
    assert!(marked(1_u8));
    assert_eq!(Combine::<u32>::combine(&1_u32, &2), 3);
    assert_eq!(Combine::<u8, 10>::combine(&1_u32, &2), 21);
}

#[test]
fn closed_enum_converts_both_ways() {
    let any: AnyShape = Square(2.0).into();
    assert_eq!(any, AnyShape::Square(Square(2.0)));
    assert_eq!(Square::try_from(any), Ok(Square(2.0)));
    assert_eq!(Circle::try_from(any), Err(any));
    let circle = AnyShape::from(Circle(1.0));
    assert_eq!(Circle::try_from(circle), Ok(Circle(1.0)));

    assert_eq!(AnyShape::VARIANTS, ["Square", "Circle"]);
    assert_eq!(circle.variant_index(), 1);
    assert_eq!(circle.variant_name(), "Circle");
    assert_eq!(AnyShape::from(Square(1.0)).variant_name(), "Square");

    let only = OnlyRound::from(Circle(3.0));
    assert_eq!(Circle::try_from(only), Ok(Circle(3.0)));
}

#[test]
fn closed_enum_delegates_every_method() {
    let mut shapes = [AnyShape::from(Square(2.0)), AnyShape::from(Circle(1.0))];
    let names: Vec<_> = shapes.iter().map(Shape::name).collect();
    assert_eq!(names, ["square", "circle"]);
    assert_eq!(total_area(&[&shapes[0], &shapes[1]]), 7.0);
    assert_eq!(shapes[1].area(), 3.0);
    for shape in &mut shapes {
        shape.scale(2.0);
    }
    assert_eq!(shapes[0], AnyShape::Square(Square(4.0)));
    assert_eq!(shapes[1].into_area(), 12.0);
    assert_eq!(Shape::describe(&shapes[1], "a "), "a circle");
    assert_eq!(shapes[0].fold(|area| area + 1.0), 17.0);
    let mut seen = Vec::new();
    shapes[0].visit(|name| seen.push(name));
    assert_eq!(seen, ["square"]);

    // Exhaustive `match` over the family.
    let sides = |shape: &AnyShape| match shape {
        AnyShape::Square(_) => 4,
        AnyShape::Circle(_) => 0,
    };
    assert_eq!(sides(&shapes[0]), 4);

    let round = OnlyRound::Circle(Circle(1.5));
    assert_eq!(round.radius(), 1.5);
    let dyn_round: &dyn Round = &round;
    assert_eq!(dyn_round.area(), 6.75);
}

#[test]
fn generic_closed_enum() {
    let left: Either<Square> = Either::Left(Square(3.0));
    assert_eq!(left.area(), 9.0);
    let right: Either<Square> = Either::Right(Circle(1.0));
    assert_eq!(right.name(), "circle");
    let fixed: Either<Circle, Circle> = Square(1.0).into();
    assert_eq!(fixed.area(), 1.0);
    assert_eq!(Square::try_from(fixed), Ok(Square(1.0)));
    assert!(Square::try_from(Either::<Circle, Circle>::Left(Circle(1.0))).is_err());
}

#[test]
fn sealed_trait_in_a_function_body() {
    #[sealed(erase)]
    trait Local {
        fn id(&self) -> u8;
    }
    #[sealed]
    impl Local for u8 {
        fn id(&self) -> u8 {
            *self
        }
    }
    assert_eq!(7_u8.id(), 7);
}

#[test]
fn strict_lint_crate_closed_enum() {
    use vouch_tests::sealed::Shape as _;
    use vouch_tests::sealed::{AnyPolygon, Polygon, Square, Triangle};
    let polygons = [AnyPolygon::from(Square(2.0)), Triangle(2.0, 3.0).into()];
    let corners: u32 = polygons.iter().map(Polygon::corners).sum();
    assert_eq!(corners, 7);
    assert_eq!(polygons[1].area(), 3.0);
    assert_eq!(polygons[0].name(), "square");
    assert_eq!(polygons[1].name(), "shape");
}

#[test]
fn dependency_traits_are_usable() {
    use vouch_sealed_fixture::{Measure, Polygon, Shape, Square};
    let square = Square(3.0);
    assert_eq!(square.area(), 9.0);
    assert_eq!(square.corners(), 4);
    let measure: &dyn Measure<f64> = &square;
    assert_eq!(measure.measure(), 9.0);
}

/// Every path that leads to the trait's module finds the seal: `self::`,
/// `super::`, `crate::`, a renamed module, a glob import, a module
/// re-exported under another name; and each scope argument lets exactly
/// its modules implement the trait.
mod paths {
    use vouch::sealed;

    pub(crate) mod kinds {
        use vouch::sealed;

        /// Private to this module and its submodules, as with `sealed`.
        #[sealed]
        pub(crate) trait Kind {
            fn kind(&self) -> &'static str;
        }

        /// Open to the parent module.
        #[sealed(pub(super))]
        pub(crate) trait Parent {
            fn parent(&self) -> u8;
        }

        /// Open to `crate::paths`, written as a path.
        #[sealed(pub(in crate::paths))]
        pub(crate) trait Within {
            fn within(&self) -> u8;
        }

        pub(crate) struct Here;

        #[sealed]
        impl self::Kind for Here {
            fn kind(&self) -> &'static str {
                "here"
            }
        }

        pub(crate) mod child {
            use vouch::sealed;

            pub(crate) struct Child;

            // A submodule is inside the default scope.
            #[sealed]
            impl super::Kind for Child {
                fn kind(&self) -> &'static str {
                    "child"
                }
            }

            #[sealed]
            impl crate::paths::kinds::Kind for u8 {
                fn kind(&self) -> &'static str {
                    "u8"
                }
            }
        }
    }

    pub(crate) struct Outside;

    #[sealed]
    impl kinds::Parent for Outside {
        fn parent(&self) -> u8 {
            1
        }
    }

    mod renamed {
        use super::kinds as k;
        use vouch::sealed;

        #[sealed]
        impl k::Within for super::Outside {
            fn within(&self) -> u8 {
                2
            }
        }
    }

    mod glob {
        use super::kinds::*;
        use vouch::sealed;

        #[sealed]
        impl Within for u16 {
            fn within(&self) -> u8 {
                3
            }
        }
    }

    /// A prelude that re-exports by glob brings the key module along.
    pub(crate) mod prelude {
        pub(crate) use super::kinds::*;
    }

    #[sealed]
    impl prelude::Within for u32 {
        fn within(&self) -> u8 {
            4
        }
    }

    #[test]
    fn every_path_and_scope() {
        use kinds::{Kind, Parent, Within};
        assert_eq!(kinds::Here.kind(), "here");
        assert_eq!(kinds::child::Child.kind(), "child");
        assert_eq!(7_u8.kind(), "u8");
        assert_eq!(Outside.parent(), 1);
        assert_eq!(Outside.within(), 2);
        assert_eq!(5_u16.within(), 3);
        assert_eq!(5_u32.within(), 4);
    }
}

/// An argument list in every spelling `sealed` accepts.
mod argument_lists {
    use vouch::sealed;

    #[sealed(erase, pub(crate))]
    pub(crate) trait A {}
    #[sealed(pub(crate), erase)]
    pub(crate) trait B {}
    #[sealed(r#erase)]
    pub(crate) trait C {}

    #[sealed]
    impl A for u8 {}
    #[sealed]
    impl B for u8 {}
    #[sealed(erase)]
    impl C for u8 {}

    fn all<T: A + B + C>() {}

    #[test]
    fn every_spelling() {
        all::<u8>();
    }
}
