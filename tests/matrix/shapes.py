"""The matrix dimensions: shapes (with the derives tried on each), attacks,
hostile-name variants."""

from model import Item, render, discriminants, enum_int

# ---------------------------------------------------------------------------
# Shapes. `$T` is the instantiation (a parameter in the generic version);
# `$V` the path of the vouch crate.

PLAIN_DERIVES = ["Zeroable", "Pod", "AnyBitPattern", "NoUninit", "CheckedBitPattern"]


def S(kind, reprs, fields, **kw):
    return Item(kind=kind, reprs=list(reprs), fields=list(fields), **kw)


def E(reprs, variants):
    return Item(kind="enum", reprs=list(reprs), variants=list(variants))


U = "unit"
SHAPES = [
    # name, item, derives, generic?
    ("c2", S("struct", ["C"], [("a", "$T"), ("b", "$T")]), PLAIN_DERIVES),
    ("c_pad", S("struct", ["C"], [("a", "u8"), ("b", "$T")]), PLAIN_DERIVES),
    ("c_packed", S("struct", ["C", "packed"], [("a", "u8"), ("b", "$T")]), PLAIN_DERIVES),
    ("packed", S("struct", ["packed"], [("a", "u8"), ("b", "$T")]), PLAIN_DERIVES),
    ("packed2", S("struct", ["C", "packed(2)"], [("a", "u16"), ("b", "$T")]), PLAIN_DERIVES),
    ("c_align16", S("struct", ["C", "align(16)"], [("a", "$T"), ("b", "$T")]), PLAIN_DERIVES),
    ("rust", S("struct", [], [("a", "$T")]), PLAIN_DERIVES + ["TransparentWrapper"]),
    ("tuple_c", S("tuple", ["C"], [(None, "$T"), (None, "$T")]), PLAIN_DERIVES),
    ("unit_c", S("unit", ["C"], []), ["Zeroable", "Pod", "NoUninit"]),
    ("transparent", S("tuple", ["transparent"], [(None, "$T")]), PLAIN_DERIVES + ["TransparentWrapper"]),
    (
        "transparent_zst",
        S(
            "struct",
            ["transparent"],
            [("a", "$T"), ("b", "PhantomData<u8>")],
            helpers=["#[transparent($T)]"],
        ),
        ["TransparentWrapper"],
    ),
    ("array_n", S("struct", ["C"], [("a", "[$T; $N]"), ("b", "[u8; $N]")]), ["Zeroable", "Pod", "NoUninit"]),
    ("unsized", S("struct", ["C"], [("a", "u8"), ("b", "[$T]")]), ["Zeroable", "Pod", "NoUninit"]),
    ("tw_unsized", S("tuple", ["transparent"], [(None, "[$T]")]), ["TransparentWrapper"]),
    ("chk_bool", S("struct", ["C"], [("a", "bool"), ("b", "$T")]), ["CheckedBitPattern", "NoUninit", "Zeroable"]),
    (
        "chk_packed",
        S("struct", ["C", "packed"], [("a", "bool"), ("b", "$T"), ("c", "char")]),
        ["CheckedBitPattern", "NoUninit"],
    ),
    ("chk_char", S("tuple", ["transparent"], [(None, "char")]), ["CheckedBitPattern", "NoUninit", "Pod"]),
    # Fields with invalid or pointer bit patterns: no zero value, provenance.
    (
        "nonzero_field",
        S("struct", ["C"], [("a", "::core::num::NonZeroU8"), ("b", "u8")]),
        ["Zeroable", "Pod", "AnyBitPattern", "NoUninit", "CheckedBitPattern"],
    ),
    (
        "ref_field",
        S("struct", ["C"], [("a", "&'static u64"), ("b", "u64")]),
        ["Zeroable", "Pod", "AnyBitPattern", "NoUninit", "CheckedBitPattern"],
    ),
    ("ptr_field", S("struct", ["C"], [("a", "*const u8")]), ["Zeroable", "Pod", "NoUninit"]),
    ("union_same", S("union", ["C"], [("a", "$T"), ("b", "$T")]), ["Zeroable", "Pod", "AnyBitPattern", "NoUninit"]),
    ("union_pad", S("union", ["C"], [("a", "u8"), ("b", "$T")]), ["Zeroable", "Pod", "AnyBitPattern", "NoUninit"]),
    ("union_packed", S("union", ["C", "packed"], [("a", "u8"), ("b", "$T")]), ["Pod", "NoUninit"]),
    ("union_rust", S("union", [], [("a", "$T"), ("b", "$T")]), ["Pod", "Zeroable"]),
    ("e_u8", E(["u8"], [("A", U, [], None), ("B", U, [], None), ("C", U, [], None)]), None),
    ("e_u16_gap", E(["u16"], [("A", U, [], "1"), ("B", U, [], "5")]), None),
    ("e_c", E(["C"], [("A", U, [], None), ("B", U, [], None)]), None),
    ("e_i8", E(["i8"], [("A", U, [], "-1"), ("B", U, [], None), ("C", U, [], None)]), None),
    ("e_rust", E([], [("A", U, [], None), ("B", U, [], None)]), None),
    ("e_u8_align", E(["u8", "align(4)"], [("A", U, [], None), ("B", U, [], None)]), None),
    ("d_u8", E(["u8"], [("A", U, [], None), ("B", "tuple", [(None, "$T")], None)]), ["Zeroable", "NoUninit", "CheckedBitPattern"]),
    (
        "d_c_u8",
        E(["C", "u8"], [("A", "tuple", [(None, "$T")], "1"), ("B", "named", [("x", "$T")], "0")]),
        ["Zeroable", "NoUninit", "CheckedBitPattern"],
    ),
    ("d_c", E(["C"], [("A", "tuple", [(None, "$T")], None), ("B", U, [], None)]), ["Zeroable", "NoUninit"]),
    ("d_rust", E([], [("A", U, [], None), ("B", "tuple", [(None, "$T")], None)]), ["Zeroable"]),
]
ENUM_DERIVES = ["Zeroable", "NoUninit", "CheckedBitPattern", "Contiguous"]

BOUNDS = {
    "Zeroable": "$V::Zeroable + Copy + 'static",
    "Pod": "$V::Pod",
    "AnyBitPattern": "$V::AnyBitPattern",
    "NoUninit": "$V::NoUninit",
    "CheckedBitPattern": "$V::CheckedBitPattern",
    "TransparentWrapper": "Copy + 'static",
    "Contiguous": "Copy + 'static",
}


def uses(item, tok):
    txt = repr(item.fields) + repr(item.variants) + repr(item.helpers)
    return tok in txt


def instances(shape_item, derive, generic, inst):
    """The item to derive on: concrete (`$T` replaced) or generic (`<T>`)."""
    it = shape_item.clone()
    if generic:
        it.generics = [("type", "T", BOUNDS[derive])]
        if uses(it, "$N"):
            it.generics.append(("const", "N", "usize"))
        if it.kind == "union":
            # Union fields must be `Copy`; every bound above implies it but
            # rustc wants to see it for `AnyBitPattern`/`NoUninit` too.
            it.generics[0] = ("type", "T", BOUNDS[derive] + " + Copy")
        return it

    def sub(t):
        return t.replace("$T", inst).replace("$N", "3")

    it.fields = [(n, sub(t)) for n, t in it.fields]
    it.variants = [(v, k, [(n, sub(t)) for n, t in fs], d) for v, k, fs, d in it.variants]
    it.helpers = [sub(h) for h in it.helpers]
    return it


# ---------------------------------------------------------------------------
# Attacks: (name, fn(item) -> None | (macro, args or None, post item)).
# `args` None: no arguments; the string "RENDER": the post item's source.

STRUCTISH = ("struct", "tuple", "union")


def a_none(it):
    return ("", None, it)


def a_remove_repr(it):
    if not it.reprs:
        return None
    p = it.clone()
    p.reprs = []
    return ("remove_repr", None, p)


def a_remove_packed(it):
    if not any(r.startswith("packed") for r in it.reprs):
        return None
    p = it.clone()
    p.reprs = [r for r in it.reprs if not r.startswith("packed")]
    return ("replace_item", "RENDER", p)


def a_add_packed(it):
    if it.kind not in STRUCTISH or any(r.startswith(("packed", "align", "transparent")) for r in it.reprs):
        return None
    p = it.clone()
    p.reprs.append("packed")
    return ("add_repr", "packed", p)


def a_add_align8(it):
    if any(r.startswith("packed") for r in it.reprs) or it.kind == "unit":
        return None
    p = it.clone()
    p.reprs.append("align(8)")
    return ("add_repr", "align(8)", p)


def a_add_c(it):
    if "C" in it.reprs or "transparent" in it.reprs:
        return None
    p = it.clone()
    p.reprs.insert(0, "C")
    return ("add_repr", "C", p)


def a_add_field(it):
    p = it.clone()
    if it.kind in ("struct", "tuple"):
        p.fields.append(("x" if it.kind == "struct" else None, "u8"))
    elif it.kind == "union":
        p.fields.append(("x", "[u8; 17]"))
    elif it.kind == "enum" and enum_int(it.reprs):
        # An explicit discriminant needs an integer `repr` when variants
        # have fields; `repr(C)` alone counts up from the last one.
        explicit = any(r in ("u8", "u16", "i8", "i16", "u32", "i32") for r in it.reprs)
        p.variants.append(("X", "tuple", [(None, "u64")], "100" if explicit else None))
        return ("add_variant", "X(u64) = 100" if explicit else "X(u64)", p)
    else:
        return None
    return ("replace_item", "RENDER", p)


def a_add_bool(it):
    if it.kind not in STRUCTISH:
        return None
    p = it.clone()
    p.fields.append(("x" if it.kind != "tuple" else None, "bool"))
    return ("replace_item", "RENDER", p)


def keep_params_used(p):
    """A retyped field may have been the last use of `T`: a `PhantomData`
    (zero-sized, alignment 1) keeps the item valid without changing its
    layout."""
    if p.generics and not uses(p, "$T"):
        if p.kind == "enum":
            i = next(i for i, v in enumerate(p.variants) if v[2])
            v, k, fs, d = p.variants[i]
            p.variants[i] = (v, k, fs + [("t" if k == "named" else None, "PhantomData<$T>")], d)
        else:
            p.fields.append(("t" if p.kind != "tuple" else None, "PhantomData<$T>"))
    return p


def a_retype_wide(it):
    p = it.clone()
    if it.kind in STRUCTISH and it.fields:
        n, t = it.fields[0]
        p.fields[0] = (n, "u8" if t == "u64" else "u64")
        keep_params_used(p)
    elif it.kind == "enum" and any(v[2] for v in it.variants):
        i = next(i for i, v in enumerate(it.variants) if v[2])
        v, k, fs, d = it.variants[i]
        p.variants[i] = (v, k, [(fs[0][0], "u8" if fs[0][1] == "u64" else "u64")] + fs[1:], d)
        keep_params_used(p)
    else:
        return None
    return ("replace_item", "RENDER", p)


def a_retype_bool(it):
    p = it.clone()
    if it.kind in STRUCTISH and it.fields:
        n, _ = it.fields[-1]
        p.fields[-1] = (n, "bool")
        keep_params_used(p)
    elif it.kind == "enum" and any(v[2] for v in it.variants):
        i = next(i for i, v in enumerate(it.variants) if v[2])
        v, k, fs, d = it.variants[i]
        p.variants[i] = (v, k, [(fs[0][0], "bool")] + fs[1:], d)
        keep_params_used(p)
    else:
        return None
    return ("replace_item", "RENDER", p)


def a_to_union(it):
    if it.kind != "struct":
        return None
    p = it.clone()
    p.kind = "union"
    p.fields.append(("x", "[u8; 17]"))
    if p.generics:
        k, n, b = p.generics[0]
        p.generics[0] = (k, n, b + " + Copy")
    return ("replace_item", "RENDER", p)


def a_to_struct(it):
    if it.kind != "union":
        return None
    p = it.clone()
    p.kind = "struct"
    return ("replace_item", "RENDER", p)


def a_to_alias(it):
    if it.kind not in STRUCTISH:
        return None
    p = it.clone()
    real = it.clone()
    real.name = "Real"
    real.helpers = []
    real.fields.append(("x" if it.kind != "tuple" else None, "u8"))
    p.kind = "alias"
    p.target = real
    p.generics = [(k, n, "") if k == "type" else (k, n, b) for k, n, b in it.generics]
    p.helpers = []
    return ("replace_item", "RENDER", p)


NONZERO = {"u8": "NonZeroU8", "u16": "NonZeroU16", "i8": "NonZeroI8", "i32": "NonZeroI32"}


def a_enum_to_consts(it):
    if it.kind != "enum" or any(v[1] != "unit" for v in it.variants):
        return None
    int_ty = enum_int(it.reprs) or "isize"
    if int_ty not in NONZERO:
        return None
    p = it.clone()
    p.kind = "consts"
    p.reprs = ["transparent"]
    p.fields = [(None, f"::core::num::{NONZERO[int_ty]}")]
    p.consts = [(v[0], int_ty, str(d)) for v, d in zip(it.variants, discriminants(it))]
    p.variants = []
    return ("replace_item", "RENDER", p)


def a_renumber(it):
    if it.kind != "enum" or len(it.variants) < 2 or not enum_int(it.reprs):
        return None
    p = it.clone()
    v, k, fs, _ = p.variants[1]
    p.variants[1] = (v, k, fs, "40")
    for i in range(2, len(p.variants)):
        v, k, fs, d = p.variants[i]
        p.variants[i] = (v, k, fs, None)
    return ("replace_item", "RENDER", p)


def a_no_zero(it):
    if it.kind != "enum" or not enum_int(it.reprs) or it.reprs == ["C"] and any(v[2] for v in it.variants):
        return None
    p = it.clone()
    try:
        ds = discriminants(it)
    except ValueError:
        return None
    p.variants = [(v, k, fs, str(d + 50)) for (v, k, fs, _), d in zip(it.variants, ds)]
    return ("replace_item", "RENDER", p)


ATTACKS = [
    ("none", a_none),
    ("remove_repr", a_remove_repr),
    ("remove_packed", a_remove_packed),
    ("add_packed", a_add_packed),
    ("add_align8", a_add_align8),
    ("add_C", a_add_c),
    ("add_field", a_add_field),
    ("add_bool", a_add_bool),
    ("retype_wide", a_retype_wide),
    ("retype_bool", a_retype_bool),
    ("to_union", a_to_union),
    ("to_struct", a_to_struct),
    ("to_alias", a_to_alias),
    ("enum_to_consts", a_enum_to_consts),
    ("renumber", a_renumber),
    ("no_zero", a_no_zero),
]
ATTACK_FNS = dict(ATTACKS)

# ---------------------------------------------------------------------------
# Hostile names. Each: (name map, module preamble, extra helper attrs,
# attacks tried, attack macro path).

FAKE_BOUNDS = """
pub mod pod {
    pub use $R::__private::pod::*;
    pub fn is_zeroable<T: ?Sized>(_: *const T) {}
    pub fn is_pod<T: ?Sized>(_: *const T) {}
    pub fn is_any_bit_pattern<T: ?Sized>(_: *const T) {}
    pub fn is_no_uninit<T: ?Sized>(_: *const T) {}
    pub fn is_checked_bit_pattern<T: ?Sized>(_: *const T) {}
    pub fn is_one_zst<T: ?Sized>(_: *const T) {}
    pub fn field_is_valid<S: ?Sized, F, B>(_: fn(&S) -> *const F, _: &B) -> bool { true }
}
"""
FAKE_LAYOUT = """
pub mod pod {
    pub use $R::__private::pod::*;
    pub const fn gap_after(_: &[(usize, usize)], _: usize, _: usize) -> usize { 0 }
    pub const fn no_gap(_: &[(usize, usize)], _: usize) -> bool { true }
    pub const unsafe fn leading_bytes_zero<T>(_: &T, _: usize) -> bool { true }
    pub fn field_is_valid<S: ?Sized, F, B>(_: fn(&S) -> *const F, _: &B) -> bool { true }
}
"""
FAKE_CORE = """
pub mod core {
    pub use ::core::*;
    pub mod mem {
        pub use ::core::mem::*;
        pub const fn size_of<T>() -> usize { 1 }
        pub const fn align_of<T>() -> usize { 1 }
    }
    macro_rules! fake_panic { ($($t:tt)*) => { () } }
    pub(crate) use fake_panic as panic;
}
"""
FAKES = {"bounds": FAKE_BOUNDS, "layout": FAKE_LAYOUT, "core": FAKE_CORE}


def fake_private(kind, real):
    return ("pub mod __private {\n    pub use %s::__private::*;\n" % real) + FAKES[kind].replace("$R", real) + "}\n"


# Items of the type and module namespaces named like what generated code
# names: they must not capture a path of the derive's output.
SHADOW_PREAMBLE = """
#[allow(non_camel_case_types, dead_code, unused)]
mod core { pub mod mem {} pub mod primitive {} pub mod marker {} }
#[allow(non_camel_case_types, dead_code, unused)]
mod __private { pub mod pod {} }
#[allow(non_camel_case_types, dead_code, unused)]
mod vouch {}
#[allow(non_camel_case_types, dead_code, unused)]
struct Bits;
#[allow(non_camel_case_types, dead_code, unused)]
struct __VouchBits;
#[allow(non_camel_case_types, dead_code, unused)]
struct Elem;
#[allow(non_camel_case_types, dead_code, unused)]
trait Zeroable {}
#[allow(non_camel_case_types, dead_code, unused)]
trait CheckedBitPattern {}
#[allow(non_camel_case_types, dead_code, unused)]
trait Pod {}
"""
# Constants and functions named like the derive's locals: a `let` or a
# closure parameter of that name would become a pattern naming the const.
SHADOW_LOCALS_PREAMBLE = """
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
struct __vouch_all_fields;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
const __vouch_s: u8 = 0;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
const __vouch_this: u8 = 0;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
const __vouch_value: u8 = 0;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
const this: u8 = 0;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
const fields: u8 = 0;
#[allow(non_camel_case_types, non_upper_case_globals, dead_code, unused)]
fn elem() {}
"""

NAME_ATTACKS = ["none", "retype_bool", "to_union", "enum_to_consts", "renumber", "no_zero"]
PATH_ATTACKS = ["none", "retype_bool", "no_zero"]
NAMES = {
    "plain": dict(nm={}, pre="", helper=None, attacks=[a for a, _ in ATTACKS], tool=None),
    "raw": dict(nm="RAW", pre="", helper=None, attacks=NAME_ATTACKS, tool=None),
    "shadow": dict(nm="SHADOWED", pre=SHADOW_PREAMBLE, helper=None, attacks=NAME_ATTACKS, tool=None),
    "shadowlocals": dict(nm="SHADOWED", pre=SHADOW_LOCALS_PREAMBLE, helper=None, attacks=["none"], tool=None),
    "toolmod": dict(
        nm={}, pre="", helper=None, attacks=["add_field", "add_bool", "to_union", "to_struct", "retype_wide"], tool=True,
        kinds=("union", "struct"),
    ),
}
for _k in FAKES:
    NAMES[f"fake_{_k}"] = dict(
        nm={},
        pre="mod fake {\n    pub use $V::*;\n" + fake_private(_k, "$V") + "}\n",
        helper="#[vouch(crate = fake)]",
        attacks=PATH_ATTACKS,
        tool=None,
    )
    NAMES[f"self_{_k}"] = dict(nm={}, pre="", helper=None, attacks=PATH_ATTACKS, tool=None, selfcrate=_k)
