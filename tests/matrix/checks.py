"""The Rust side of the matrix: the shared `common` module (instantiation
types and the generic runtime checks) and the `check()` of one combination.

Every check learns what it tests from the real item through vouch's public
API (`zeroed`, `bytes_of`, `try_from_bytes`, `wrap_ref`, `from_integer`);
Miri then judges the values and bytes that API hands out: an invalid value
is caught on its first typed copy (`see`), an uninitialized byte on its
first read (`read_all`), a misaligned reference where it is made.
"""

from model import value, values, no_padding_expr, valid_ints, subst, generics_inst, is_unsized

COMMON = r"""
pub mod common {
    #![allow(dead_code, clippy::all)]
    use $V::{AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, TransparentWrapper, Zeroable};
    use ::core::mem::{align_of, align_of_val, size_of, size_of_val};

    /// A zero-sized instantiation.
    #[derive(Clone, Copy, Debug, PartialEq)]
    #[repr(C)]
    pub struct Zst;
    // SAFETY: a ZST has no bytes: every pattern is its value, none is padding.
    unsafe impl $V::Zeroable for Zst {}
    // SAFETY: as above.
    unsafe impl $V::Pod for Zst {}

    /// An over-aligned instantiation.
    #[derive(Clone, Copy, Debug, PartialEq)]
    #[repr(C, align(16))]
    pub struct A16(pub [u8; 16]);
    // SAFETY: 16 bytes and alignment 16: no padding, any bytes are a value.
    unsafe impl $V::Zeroable for A16 {}
    // SAFETY: as above.
    unsafe impl $V::Pod for A16 {}

    #[repr(C, align(64))]
    pub struct Buf(pub [u8; 512]);

    /// A typed copy of `v`: Miri validates it here.
    #[inline(never)]
    pub fn see<T>(v: T) {
        ::core::mem::forget(::core::hint::black_box(v));
    }

    fn read_copy<W: ?Sized>(w: &W) {
        let bytes = size_of_val(w);
        // Reading through a `u8` view: each byte must be initialized.
        let view = ::core::ptr::from_ref(w).cast::<u8>();
        let mut s = 0u64;
        for i in 0..bytes {
            // SAFETY: inside `*w`.
            s = s.wrapping_add(u64::from(unsafe { view.add(i).read() }));
        }
        ::core::hint::black_box(s);
    }

    /// Every byte is read: Miri reports an uninitialized one.
    #[inline(never)]
    pub fn read_all(b: &[u8]) -> u64 {
        let mut s = 0u64;
        for x in b {
            s = s.wrapping_mul(31).wrapping_add(u64::from(*x));
        }
        ::core::hint::black_box(s)
    }

    /// Calls `f` with byte patterns of length `n` at a 64-aligned address:
    /// every value for one byte; else uniform fills and (`each_byte`) each
    /// byte set to 2 and to 0xFF with the others zero: a `bool`, a `char`, a
    /// tag or a `NonZero` anywhere in the value meets an invalid pattern.
    pub fn patterns(n: usize, each_byte: bool, mut f: impl FnMut(&[u8])) {
        if n > 256 {
            return;
        }
        let mut buf = Buf([0; 512]);
        if n == 1 {
            for v in 0..=255u8 {
                buf.0[0] = v;
                f(&buf.0[..1]);
            }
            return;
        }
        for fill in [0u8, 1, 2, 0xFF] {
            buf.0[..n].fill(fill);
            f(&buf.0[..n]);
        }
        if !each_byte {
            return;
        }
        let step = if n > 64 { n / 32 } else { 1 };
        let mut i = 0;
        while i < n {
            for v in [2u8, 0xFF] {
                buf.0[..n].fill(0);
                buf.0[i] = v;
                f(&buf.0[..n]);
            }
            i += step;
        }
    }

    /// Calls `f` with `n` bytes at an odd address.
    pub fn misaligned(n: usize, mut f: impl FnMut(&[u8])) {
        let buf = Buf([1; 512]);
        if n < 511 {
            f(&buf.0[1..1 + n]);
        }
    }

    fn aligned<T>(r: &T) {
        assert!(
            ::core::ptr::from_ref(r).addr() % align_of::<T>() == 0,
            "a reference to a misaligned value was produced"
        );
    }

    pub fn zeroable<T: Zeroable>() {
        see(T::zeroed());
        see($V::zeroed::<T>());
    }

    pub fn any_bits<T: AnyBitPattern>() {
        let n = size_of::<T>();
        patterns(n, false, |b| {
            if let Ok(r) = $V::try_from_bytes::<T>(b) {
                see(*r);
            }
        });
        misaligned(n, |b| {
            if let Ok(r) = $V::try_from_bytes::<T>(b) {
                aligned(r);
                see(*r);
            }
        });
        misaligned(n, |b| {
            if let Ok(s) = $V::try_cast_slice::<u8, T>(b) {
                for r in s {
                    aligned(r);
                    see(*r);
                }
            }
        });
    }

    pub fn checked<T: CheckedBitPattern>() {
        let n = size_of::<T>();
        patterns(n, true, |b| {
            if let Ok(r) = $V::checked::try_from_bytes::<T>(b) {
                see(*r);
            }
        });
        misaligned(n, |b| {
            if let Ok(r) = $V::checked::try_from_bytes::<T>(b) {
                aligned(r);
                see(*r);
            }
        });
    }

    // ---- Consumers of the traits' contracts that call no vouch function:
    // the `unsafe` a third-party crate may write on a `T: Pod` (etc.) bound,
    // sound by the trait's documented contract. An impl that exists for a
    // type breaking the contract is unsound even if vouch's own functions
    // would refuse the type at first use.

    pub fn contract_zeroable<T: Zeroable>() {
        // SAFETY: `T: Zeroable` promises all-zero bytes are a `T`.
        see(unsafe { ::core::mem::zeroed::<T>() });
    }

    pub fn contract_no_uninit<T: NoUninit>(v: &T) {
        // SAFETY: `T: NoUninit` promises every byte of a `T` is initialized.
        read_all(unsafe { ::core::slice::from_raw_parts(::core::ptr::from_ref(v).cast::<u8>(), size_of::<T>()) });
    }

    pub fn contract_any_bits<T: AnyBitPattern>() {
        patterns(size_of::<T>(), false, |b| {
            // SAFETY: `T: AnyBitPattern` promises any initialized bytes of
            // its size are a `T`.
            see(unsafe { b.as_ptr().cast::<T>().read_unaligned() });
        });
    }

    pub fn contract_checked<T: CheckedBitPattern>() {
        assert!(size_of::<T::Bits>() == size_of::<T>(), "CheckedBitPattern: Bits and Self differ in size");
        patterns(size_of::<T>(), true, |b| {
            // SAFETY: `Bits: AnyBitPattern`, and it has the size of `T`.
            let bits = unsafe { b.as_ptr().cast::<T::Bits>().read_unaligned() };
            if T::is_valid_bit_pattern(&bits) {
                // SAFETY: the contract: valid bits are a valid `T`.
                see(unsafe { b.as_ptr().cast::<T>().read_unaligned() });
            }
        });
    }

    pub fn contract_wrap<W: TransparentWrapper<I>, I: Copy>(inner: I) {
        assert!(
            size_of::<W>() == size_of::<I>() && align_of::<W>() == align_of::<I>(),
            "TransparentWrapper: wrapper and inner type differ in size or alignment"
        );
        let arr = [inner, inner];
        // SAFETY: `W: TransparentWrapper<I>` promises `W` is a
        // `repr(transparent)` wrapper of `I`.
        read_copy(unsafe { &*::core::ptr::from_ref(&arr[1]).cast::<W>() });
    }

    pub fn no_uninit<T: NoUninit>(v: &T) {
        read_all($V::bytes_of(v));
    }

    /// The public API used once, before the native padding assertion, so
    /// that a proof evaluated at first use gets its chance.
    pub fn no_uninit_size<T: NoUninit>() {
        let _ = $V::try_cast_slice::<T, u8>(&[]);
    }

    pub fn wrap_sized<W: TransparentWrapper<I>, I: Copy>(inner: I) {
        let arr = [inner, inner, inner];
        let w: &W = W::wrap_ref(&arr[1]);
        assert!(
            size_of::<W>() == size_of::<I>() && align_of::<W>() == align_of::<I>(),
            "TransparentWrapper: wrapper and inner type differ in size or alignment"
        );
        aligned(w);
        read_copy(w);
        for w in W::wrap_slice(&arr[..]) {
            aligned(w);
            read_copy(w);
        }
        see(*W::peel_ref(w));
    }

    pub fn wrap_unsized<W: ?Sized + TransparentWrapper<[E]>, E: Copy>(e: E) {
        let arr = [e, e, e];
        let w: &W = W::wrap_ref(&arr[..]);
        assert!(
            size_of_val(w) == size_of_val(&arr[..]) && align_of_val(w) == align_of::<E>(),
            "TransparentWrapper: wrapper and inner slice differ in size or alignment"
        );
        read_copy(w);
        for x in W::peel_ref(w) {
            see(*x);
        }
    }

    pub fn contiguous<T: Contiguous>(valid: Option<&[i128]>)
    where
        T::Int: TryFrom<i128> + Into<i128>,
    {
        let lo: i128 = T::MIN_VALUE.into();
        let hi: i128 = T::MAX_VALUE.into();
        let mut i = lo - 2;
        while i <= hi + 2 && i <= lo + 600 {
            if let Ok(n) = T::Int::try_from(i) {
                if let Some(v) = T::from_integer(n) {
                    if let Some(valid) = valid {
                        assert!(valid.contains(&i), "Contiguous::from_integer made a value of an integer that is no variant");
                    }
                    see(v);
                    assert!(v.into_integer().into() == i, "Contiguous::into_integer does not round-trip");
                }
            }
            i += 1;
        }
    }
}
"""


def transparent_inner(pre, nm, inst):
    """The `Inner` the derive saw: `#[transparent(..)]`, else the field."""
    for h in pre.helpers:
        if h.startswith("#[transparent("):
            return subst(h[len("#[transparent(") : -2], nm, inst)
    return subst(pre.fields[0][1], nm, inst)


def check_fn(pre, post, derive, nm, inst, generic, contract=True):
    """The body of `pub fn check()` for one combination."""
    name = nm.get(pre.name, pre.name)
    ty = name + (generics_inst(pre, inst) if generic else "")
    lines = []
    c = "crate::common::"

    def nouninit():
        # vouch's API first: for a generic item its proof may only be
        # evaluated here, at first use, which counts as a rejection.
        for i, v in enumerate(values(post, nm, inst)):
            lines.append(f"    let v{i}: Ty = {v};")
            lines.append(f"    {c}no_uninit::<Ty>(&v{i});")
        pad = no_padding_expr(post, nm, inst, "Ty")
        if pad:
            lines.append(f"    {c}no_uninit_size::<Ty>();")
            lines.append(f'    assert!({pad}, "a NoUninit type has padding");')

    if contract:
        # First: vouch's API below may refuse a generic instantiation at
        # first use, but the impl exists for everyone else.
        vals = values(post, nm, inst)
        if derive in ("Zeroable", "Pod", "AnyBitPattern"):
            lines.append(f"    {c}contract_zeroable::<Ty>();")
        if derive in ("Pod", "AnyBitPattern"):
            lines.append(f"    {c}contract_any_bits::<Ty>();")
        if derive in ("Pod", "NoUninit"):
            for i, v in enumerate(vals):
                lines.append(f"    {c}contract_no_uninit::<Ty>(&{v});")
        if derive == "CheckedBitPattern":
            lines.append(f"    {c}contract_checked::<Ty>();")
        if derive == "TransparentWrapper":
            inner = transparent_inner(pre, nm, inst)
            if not is_unsized(inner):
                lines.append(f"    {c}contract_wrap::<Ty, {inner}>({value(inner)});")
    if derive in ("Zeroable", "Pod", "AnyBitPattern"):
        lines.append(f"    {c}zeroable::<Ty>();")
    if derive in ("Pod", "AnyBitPattern"):
        lines.append(f"    {c}any_bits::<Ty>();")
    if derive in ("Pod", "NoUninit"):
        nouninit()
        # Miri reads a pointer's bytes as integers without complaint, so a
        # pointer field is judged from the real item's field types.
        tys = [t for _, t in (post.target or post).fields] + [t for v in post.variants for _, t in v[2]]
        if any(t.strip().startswith(("&", "*")) for t in tys):
            lines.append(f'    panic!("a {derive} type holds a pointer, and its bytes would lose the provenance");')
    if derive == "CheckedBitPattern":
        lines.append(f"    {c}checked::<Ty>();")
    if derive == "TransparentWrapper":
        inner = transparent_inner(pre, nm, inst)
        if is_unsized(inner):
            e = inner.strip()[1:-1]
            lines.append(f"    {c}wrap_unsized::<Ty, {e}>({value(e)});")
        else:
            lines.append(f"    {c}wrap_sized::<Ty, {inner}>({value(inner)});")
    if derive == "Contiguous":
        vi = valid_ints(post)
        arg = "None" if vi is None else "Some(&[" + ", ".join(str(v) for v in vi) + "])"
        lines.append(f"    {c}contiguous::<Ty>({arg});")
    return "pub fn check() {\n    type Ty = " + ty + ";\n" + "\n".join(lines) + "\n}\n"
