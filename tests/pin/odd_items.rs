//! Items that are valid Rust, spelled oddly, which once gave invalid
//! output: raw names (`'r#pin`, `#[r#pin]`), every field `cfg`'d out, a
//! `cfg` inside `cfg_attr`, user items named like generated ones, `Self`,
//! defaults and const generics, `macro_rules!` fragments; and a
//! hand-written `PinnedDrop` that hands its token on with `self`.

use super::*;

/// `'r#pin` is `'pin`: the projection lifetime must avoid it too.
#[pin_project(project = RawPinProj)]
struct RawPin<'r#pin, T> {
    #[pin]
    inner: &'r#pin T,
    other: &'pin T,
}

#[test]
fn raw_pin_lifetime() {
    let (a, b) = (1_u8, 2_u8);
    let mut value = RawPin {
        inner: &a,
        other: &b,
    };
    let RawPinProj { inner, other } = Pin::new(&mut value).project();
    assert_eq!((**inner, **other), (1, 2));
}

/// Raw identifiers for the type, a parameter, fields and `#[pin]` itself.
#[pin_project(project = r#RawEverywhereProj)]
struct r#RawEverywhere<r#T> {
    #[r#pin]
    r#type: r#T,
    r#fn: u8,
}

#[test]
fn raw_identifiers_everywhere() {
    let mut value = pin!(RawEverywhere {
        r#type: yield_times(0),
        r#fn: 3,
    });
    let RawEverywhereProj { r#type, r#fn } = value.as_mut().project();
    let pinned: Pin<&mut Yield> = r#type;
    assert!(
        pinned
            .poll(&mut Context::from_waker(Waker::noop()))
            .is_ready()
    );
    assert_eq!(*r#fn, 3);
    assert!(!is_unpin!(RawEverywhere<Yield>));
}

/// Every field `cfg`'d out: the projections still use their `'pin`.
#[pin_project(project = AllGoneProj, project_ref = AllGoneRef, project_replace)]
struct AllGone {
    #[cfg(any())]
    #[pin]
    gone: u8,
}

#[pin_project(project = GoneProj)]
enum Gone {
    A {
        #[cfg(any())]
        #[pin]
        gone: u8,
    },
    #[cfg(any())]
    B(#[pin] u8),
}

#[test]
fn every_field_cfgd_out() {
    let mut value = AllGone {};
    let _ = Pin::new(&mut value).project();
    let _ = Pin::new(&value).project_ref();
    let _ = Pin::new(&mut value).project_replace(AllGone {});
    let mut value = Gone::A {};
    // No arm for the hidden variant: it cannot hold a value.
    match Pin::new(&mut value).project() {
        GoneProj::A {} => {}
    }
}

/// User types named like the generated helpers, used in the item: the
/// helpers take other names rather than shadow them.
struct __NamedLikeHelpersPinnedFieldsMustBeUnpin(PhantomPinned);
struct NamedLikeHelpersMustNotImplDropUsePinnedDropInstead(u8);
struct __NamedLikeHelpersProjection(u8);

#[pin_project]
struct NamedLikeHelpers {
    #[pin]
    witness: __NamedLikeHelpersPinnedFieldsMustBeUnpin,
    guard: NamedLikeHelpersMustNotImplDropUsePinnedDropInstead,
    projection: __NamedLikeHelpersProjection,
}

#[test]
fn user_items_named_like_generated_ones() {
    let mut value = pin!(NamedLikeHelpers {
        witness: __NamedLikeHelpersPinnedFieldsMustBeUnpin(PhantomPinned),
        guard: NamedLikeHelpersMustNotImplDropUsePinnedDropInstead(1),
        projection: __NamedLikeHelpersProjection(2),
    });
    let projected = value.as_mut().project();
    assert_eq!((projected.guard.0, projected.projection.0), (1, 2));
    assert!(!is_unpin!(NamedLikeHelpers));
}

/// A `PinnedDrop` type named like the hidden trait its glue implements:
/// the glue names that trait by a name no identifier of the item is
/// spelled like.
#[pin_project(PinnedDrop)]
struct PinnedDropArgument {
    drops: Rc<Cell<u32>>,
    #[pin]
    step: u8,
}

#[pinned_drop]
impl PinnedDrop for PinnedDropArgument {
    fn drop(self: Pin<&mut Self>) {
        let this = self.project();
        this.drops.set(this.drops.get() + u32::from(*this.step));
    }
}

#[test]
fn pinned_drop_type_named_like_the_glue_trait() {
    let drops = Rc::new(Cell::new(0));
    drop(PinnedDropArgument {
        drops: drops.clone(),
        step: 1,
    });
    assert_eq!(drops.get(), 1);
}

/// `Self` in a `where` clause and in a pinned field's type, with defaults
/// and a const parameter.
#[pin_project(project = SelfEverywhereProj)]
struct SelfEverywhere<T: Clone = u8, const N: usize = 2>
where
    Self: Sized,
    T: Default,
{
    #[pin]
    array: [T; N],
    #[pin]
    next: Option<Box<Self>>,
}

#[test]
fn self_defaults_and_const_generics() {
    let mut value = SelfEverywhere::<u8, 2> {
        array: [1, 2],
        next: None,
    };
    let SelfEverywhereProj { array, next } = Pin::new(&mut value).project();
    assert_eq!(*array, [1, 2]);
    assert!(next.is_none());
    assert_unpin::<SelfEverywhere>();
}

/// Field types that arrive as `macro_rules!` fragments (invisible groups).
macro_rules! from_fragments {
    ($pinned:ty, $other:ty) => {
        #[pin_project(project = FromFragmentsProj)]
        struct FromFragments {
            #[pin]
            pinned: $pinned,
            other: $other,
        }
    };
}
from_fragments!(Yield, Vec<u8>);

#[test]
fn field_types_from_macro_fragments() {
    let mut value = pin!(FromFragments {
        pinned: yield_times(1),
        other: vec![1],
    });
    let FromFragmentsProj { pinned, other } = value.as_mut().project();
    let pinned: Pin<&mut Yield> = pinned;
    assert!(
        pinned
            .poll(&mut Context::from_waker(Waker::noop()))
            .is_pending()
    );
    assert_eq!(other.len(), 1);
}

/// A `cfg` inside a `cfg_attr`, on a field and on a variant: the generated
/// copies exist exactly when the originals do.
#[pin_project(project = CfgAttrProj)]
struct CfgAttr {
    #[cfg_attr(all(), cfg(any()))]
    #[pin]
    gone: u8,
    #[cfg_attr(any(), cfg(any()))]
    kept: u8,
    #[cfg_attr(all(), cfg_attr(all(), cfg(all())))]
    #[pin]
    nested: u8,
}

#[pin_project(project = CfgAttrEnumProj)]
enum CfgAttrEnum {
    #[cfg_attr(all(), cfg(any()))]
    Gone(#[pin] PhantomPinned),
    Kept(#[pin] u8),
}

#[test]
fn cfg_inside_cfg_attr() {
    let mut value = CfgAttr { kept: 1, nested: 2 };
    let CfgAttrProj { kept, nested } = Pin::new(&mut value).project();
    assert_eq!((*kept, *nested), (1, 2));
    let mut value = CfgAttrEnum::Kept(3);
    let CfgAttrEnumProj::Kept(kept) = Pin::new(&mut value).project();
    assert_eq!(*kept, 3);
    assert_unpin::<CfgAttrEnum>();
}

/// A computed const argument in a pinned field's type, named by a `const`
/// item (a block `{ .. }` there is refused: see `ui/pin/syntax/braced_pinned_type`).
struct Sized3<const N: usize>(PhantomPinned);
const THREE: usize = 1 + 2;

#[pin_project(project = BracedProj)]
struct Braced {
    #[pin]
    inner: Sized3<THREE>,
}

#[test]
fn computed_const_argument_in_pinned_type() {
    let mut value = pin!(Braced {
        inner: Sized3(PhantomPinned),
    });
    let BracedProj { inner } = value.as_mut().project();
    let _: Pin<&mut Sized3<3>> = inner;
    assert!(!is_unpin!(Braced));
}

/// More shapes that must simply compile: a tuple struct with a `where`
/// clause after its fields, lifetime bounds, `?Sized`, an array-length
/// bound, a restricted visibility, `Self` in an enum's pinned field.
mod shapes {
    use super::*;

    #[pin_project(project_ref = TupleWhereRef)]
    pub(crate) struct TupleWhere<'a, T>(#[pin] &'a T, u8)
    where
        T: Clone;

    #[pin_project]
    pub(in crate::odd_items) struct Bounds<'a, 'b: 'a, T: ?Sized + 'b, const N: usize>
    where
        [(); N]: Sized,
        for<'c> &'c T: Copy,
    {
        #[pin]
        boxed: Box<T>,
        refs: (&'a u8, &'b u8),
    }

    #[pin_project(project = ListProj)]
    pub(crate) enum List<T> {
        Cons(T, #[pin] Option<Box<Self>>),
        Nil,
    }

    #[test]
    fn shapes_compile_and_project() {
        let value = 5_u8;
        let tuple = TupleWhere(&value, 1);
        let TupleWhereRef(pinned, other) = Pin::new(&tuple).project_ref();
        assert_eq!((**pinned, *other), (5, 1));
        let mut list = List::Cons(1, Some(Box::new(List::Nil)));
        if let ListProj::Cons(head, tail) = Pin::new(&mut list).project() {
            assert_eq!(*head, 1);
            assert!(tail.is_some());
        }
        assert_unpin::<List<u8>>();
    }
}
