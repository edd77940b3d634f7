//! The provided methods of `TransparentWrapper` and `Contiguous`, and which
//! core types implement the pod traits.

use core::cmp::Reverse;
use core::fmt::Debug;
use core::marker::{PhantomData, PhantomPinned};
use core::mem::{ManuallyDrop, MaybeUninit};
use core::num::{NonZeroI8, NonZeroU8, NonZeroU16, NonZeroU64, Saturating, Wrapping};
use vouch::{
    AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, Pod, TransparentWrapper, Zeroable,
};

#[test]
fn wrap_and_peel_values() {
    let w: Wrapping<u8> = Wrapping::wrap(250);
    assert_eq!(Wrapping::peel(w + Wrapping(10)), 4);
    let s: Saturating<u8> = Saturating::wrap(250);
    assert_eq!(Saturating::peel(s + Saturating(10)), 255);
    let r: Reverse<i32> = Reverse::wrap(1);
    assert!(r > Reverse(2));
    assert_eq!(Reverse::peel(r), 1);
}

#[test]
fn wrap_and_peel_owned_values_move_ownership() {
    // Miri reports a leak or a double free if ownership is lost on the way.
    let text = String::from("owned");
    let wrapped: ManuallyDrop<String> = ManuallyDrop::wrap(text);
    let text: String = ManuallyDrop::peel(wrapped);
    assert_eq!(text, "owned");
    let wrapped: Wrapping<Vec<u8>> = Wrapping::wrap(vec![1, 2]);
    assert_eq!(Wrapping::peel(wrapped), [1, 2]);
}

#[test]
fn wrap_and_peel_references() {
    let mut counter = u32::MAX;
    let wrapped: &mut Wrapping<u32> = Wrapping::wrap_mut(&mut counter);
    *wrapped += 2;
    assert_eq!(counter, 1);
    assert_eq!(Wrapping::wrap_ref(&counter), &Wrapping(1));
    let mut reverse = Reverse(5_i8);
    *Reverse::peel_mut(&mut reverse) = 6;
    assert_eq!(Reverse::peel_ref(&reverse), &6);
}

#[test]
fn wrap_and_peel_slices() {
    let mut counters = [1_u16, u16::MAX];
    for c in Wrapping::wrap_slice_mut(&mut counters) {
        *c += 1;
    }
    assert_eq!(counters, [2, 0]);
    assert_eq!(
        Saturating::wrap_slice(&counters),
        &[Saturating(2), Saturating(0)]
    );
    let mut wrapped = [Reverse('a'), Reverse('b')];
    assert_eq!(Reverse::peel_slice(&wrapped), &['a', 'b']);
    Reverse::peel_slice_mut(&mut wrapped)[1] = 'c';
    assert_eq!(wrapped[1], Reverse('c'));
    assert!(Wrapping::<u8>::wrap_slice(&[]).is_empty());
}

#[test]
fn unsized_inner_keeps_its_metadata() {
    let bytes: &[u8] = &[1, 2, 3];
    let wrapped: &ManuallyDrop<[u8]> = ManuallyDrop::wrap_ref(bytes);
    assert_eq!(wrapped.len(), 3);
    assert_eq!(
        <ManuallyDrop<[u8]> as TransparentWrapper<[u8]>>::peel_ref(wrapped),
        bytes
    );

    let mut owned = [1_u8, 2];
    let wrapped: &mut ManuallyDrop<[u8]> = ManuallyDrop::wrap_mut(&mut owned[..]);
    wrapped[0] = 9;
    let inner: &mut [u8] = <ManuallyDrop<[u8]> as TransparentWrapper<[u8]>>::peel_mut(wrapped);
    inner[1] = 8;
    assert_eq!(owned, [9, 8]);

    let value: &dyn Debug = &42_u16;
    let wrapped: &ManuallyDrop<dyn Debug> = ManuallyDrop::wrap_ref(value);
    assert_eq!(format!("{:?}", &**wrapped), "42");
}

/// A user-written unsized wrapper, the shape `derive(TransparentWrapper)`
/// accepts.
#[repr(transparent)]
struct Name(str);

// SAFETY: `Name` is `repr(transparent)` over `str`, its only field.
unsafe impl TransparentWrapper<str> for Name {}

#[test]
fn user_unsized_wrapper() {
    let name: &Name = Name::wrap_ref("vouch");
    assert_eq!(&name.0, "vouch");
    assert_eq!(Name::peel_ref(name).len(), 5);
}

#[test]
fn contiguous_bool() {
    assert_eq!(bool::from_integer(0), Some(false));
    assert_eq!(bool::from_integer(1), Some(true));
    assert_eq!(bool::from_integer(2), None);
    assert_eq!(bool::from_integer(u8::MAX), None);
    assert_eq!(true.into_integer(), 1);
    assert_eq!(false.into_integer(), 0);
}

#[test]
fn contiguous_integers() {
    assert_eq!(u8::from_integer(200), Some(200));
    assert_eq!(i8::from_integer(i8::MIN), Some(i8::MIN));
    assert_eq!((-5_i64).into_integer(), -5);
    assert_eq!(<u128 as Contiguous>::MAX_VALUE, u128::MAX);
}

#[test]
fn contiguous_nonzero() {
    assert_eq!(NonZeroU8::from_integer(0), None);
    assert_eq!(NonZeroU8::from_integer(255), NonZeroU8::new(255));
    assert_eq!(NonZeroU16::new(7).unwrap().into_integer(), 7);
    assert_eq!(NonZeroU64::from_integer(1), NonZeroU64::new(1));
    assert_eq!(<NonZeroU8 as Contiguous>::MIN_VALUE, 1);
}

fn zeroable<T: Zeroable>() {}
fn pod<T: Pod>() {}
fn any_bit_pattern<T: AnyBitPattern>() {}
fn no_uninit<T: NoUninit>() {}
fn checked<T: CheckedBitPattern>() {}

/// The impls for core types that users rely on exist (the ones that must not
/// exist are covered by the compile-fail cases).
#[test]
fn core_impls() {
    pod::<[u32; 4]>();
    pod::<Option<NonZeroU8>>();
    pod::<Wrapping<u64>>();
    pod::<Saturating<i16>>();
    pod::<Reverse<f32>>();
    pod::<ManuallyDrop<u8>>();
    pod::<PhantomData<str>>();
    pod::<PhantomPinned>();
    pod::<()>();
    any_bit_pattern::<MaybeUninit<u64>>();
    no_uninit::<bool>();
    no_uninit::<char>();
    no_uninit::<NonZeroI8>();
    checked::<bool>();
    checked::<char>();
    checked::<NonZeroI8>();
    checked::<u16>();
    zeroable::<Option<&u8>>();
    zeroable::<Option<Box<u8>>>();
    zeroable::<Option<core::ptr::NonNull<u8>>>();
    zeroable::<core::cell::Cell<u32>>();
    zeroable::<core::sync::atomic::AtomicU32>();
    zeroable::<(u8, bool, char, f64)>();
    zeroable::<*mut u8>();
    zeroable::<Option<fn(u8) -> u8>>();
    zeroable::<Option<unsafe extern "C" fn(*const u8, usize)>>();
    any_bit_pattern::<[MaybeUninit<u16>; 3]>();

    let callback: Option<fn()> = vouch::zeroed();
    assert!(callback.is_none());

    let cells: core::cell::Cell<[u16; 2]> = vouch::zeroed();
    assert_eq!(cells.get(), [0, 0]);
    let atomic: core::sync::atomic::AtomicU32 = vouch::zeroed();
    assert_eq!(atomic.into_inner(), 0);
    let boxed: Option<Box<u8>> = vouch::zeroed();
    assert!(boxed.is_none());
}

#[test]
fn wrap_and_peel_allocations() {
    use std::rc::Rc;
    use std::sync::Arc;
    use vouch::allocation::TransparentWrapperAlloc;

    let mut counters: Vec<Wrapping<u8>> = Wrapping::wrap_vec(vec![255, 1]);
    counters.push(Wrapping(9));
    counters[0] += Wrapping(1);
    let raw = Wrapping::peel_vec(counters);
    assert_eq!(raw, [0, 1, 9]);

    // Owned contents move through without a leak or a double drop.
    let boxed: Box<Wrapping<String>> = Wrapping::wrap_box(Box::new(String::from("kept")));
    assert_eq!(*Wrapping::peel_box(boxed), "kept");

    // Unsized inner types keep their length.
    let name: Box<Name> = Name::wrap_box(Box::from("vouch"));
    assert_eq!(&name.0, "vouch");
    let text: Box<str> = Name::peel_box(name);
    assert_eq!(&*text, "vouch");

    let shared: Rc<Name> = Name::wrap_rc(Rc::from("rc"));
    let clone = Rc::clone(&shared);
    assert_eq!(&clone.0, "rc");
    drop(clone);
    assert_eq!(&*Name::peel_rc(shared), "rc");

    let shared: Arc<Name> = Name::wrap_arc(Arc::from("arc"));
    assert_eq!(&*Name::peel_arc(shared), "arc");
}
