"""The item model of the attack matrix: shapes the pod derives accept (and
some they must refuse), rendered as Rust source; the attacks, as the item a
hostile attribute macro leaves behind; the hostile-name variants.

Every attack is computed here twice over: as the attribute written after the
derive (what the compiler runs), and as the model of the item that exists
afterwards (what the runtime checks are generated from).
"""

import copy
import re
from dataclasses import dataclass, field
from typing import Optional

INSTS = ["u8", "u16", "u64", "Zst", "A16"]
CONST_N = "3"

# Derive sets: what is written in `#[derive(..)]` next to `Clone, Copy`.
DERIVES = {
    "Zeroable": ["Zeroable"],
    "Pod": ["Zeroable", "Pod"],
    "AnyBitPattern": ["AnyBitPattern"],
    "NoUninit": ["NoUninit"],
    "CheckedBitPattern": ["CheckedBitPattern"],
    "TransparentWrapper": ["TransparentWrapper"],
    "Contiguous": ["Contiguous"],
}


@dataclass
class Item:
    kind: str  # struct | tuple | unit | union | enum | alias | consts
    reprs: list = field(default_factory=list)  # e.g. ["C", "packed"]
    generics: list = field(default_factory=list)  # ("type", "T", bound) / ("const", "N", "usize")
    fields: list = field(default_factory=list)  # [(name or None, type)]
    variants: list = field(default_factory=list)  # [(name, "unit"|"tuple"|"named", fields, discr)]
    helpers: list = field(default_factory=list)  # derive helper attributes, e.g. "#[transparent(u8)]"
    target: Optional["Item"] = None  # alias: the aliased item (named `Real`)
    consts: list = field(default_factory=list)  # consts: [(name, int type, value)]
    name: str = "S"

    def clone(self):
        return copy.deepcopy(self)


# Hostile spellings of every name a shape uses.
PLAIN = {}
RAW = {
    "S": "r#S",
    "Real": "r#Real",
    "T": "r#T",
    "N": "r#N",
    "a": "r#type",
    "b": "r#match",
    "c": "r#fn",
    "x": "r#struct",
    "A": "r#A",
    "B": "r#B",
    "C": "r#C",
}
# Field and variant names copied from the derive's own generated locals and
# items; the module around them also defines items of these names.
SHADOWED = {
    "a": "__vouch_this",
    "b": "__vouch_base",
    "c": "__vouch_bits",
    "x": "__vouch_value",
    "T": "__VouchBits",
    "N": "__VOUCH_SIZE",
    "A": "Bits",
    "B": "__VOUCH_D0",
    "C": "core",
}


def subst(ty, nm, inst=None):
    """`$T`/`$N` in a type string: the parameter names, or an instantiation."""
    if inst is None:
        return ty.replace("$T", nm.get("T", "T")).replace("$N", nm.get("N", "N"))
    return ty.replace("$T", inst).replace("$N", CONST_N)


def generics_decl(item, nm):
    if not item.generics:
        return ""
    parts = []
    for kind, name, bound in item.generics:
        n = nm.get(name, name)
        parts.append(f"const {n}: {bound}" if kind == "const" else f"{n}: {bound}" if bound else n)
    return "<" + ", ".join(parts) + ">"


def generics_use(item, nm):
    if not item.generics:
        return ""
    return "<" + ", ".join(nm.get(g[1], g[1]) for g in item.generics) + ">"


def generics_inst(item, inst):
    if not item.generics:
        return ""
    return "::<" + ", ".join(inst if g[0] == "type" else CONST_N for g in item.generics) + ">"


def render_fields(fields, nm, named, pub=False):
    p = "pub " if pub else ""
    if named:
        return "{ " + ", ".join(f"{p}{nm.get(n, n)}: {subst(t, nm)}" for n, t in fields) + " }"
    return "(" + ", ".join(f"{p}{subst(t, nm)}" for _, t in fields) + ")"


def render(item, nm, helpers=True):
    """The item as source, with its `repr` and (optionally) derive helpers."""
    out = []
    if helpers:
        out += item.helpers
    name = nm.get(item.name, item.name)
    if item.kind == "alias":
        tgt = item.target
        out.append(
            f"type {name}{generics_decl(item, nm)} = {nm.get(tgt.name, tgt.name)}{generics_use(item, nm)};"
        )
        out.append(render(tgt, nm, helpers=False))
        return "\n".join(out)
    if item.reprs:
        out.append(f"#[repr({', '.join(item.reprs)})]")
    g = generics_decl(item, nm)
    if item.kind == "struct":
        out.append(f"struct {name}{g} {render_fields(item.fields, nm, True)}")
    elif item.kind == "tuple":
        out.append(f"struct {name}{g}{render_fields(item.fields, nm, False)};")
    elif item.kind == "unit":
        out.append(f"struct {name}{g};")
    elif item.kind == "union":
        out.append(f"union {name}{g} {render_fields(item.fields, nm, True)}")
    elif item.kind == "consts":
        out.append(f"struct {name}{render_fields(item.fields, nm, False)};")
        cs = " ".join(f"pub const {nm.get(c, c)}: {t} = {v};" for c, t, v in item.consts)
        out.append(f"impl {name} {{ {cs} }}")
    elif item.kind == "enum":
        vs = []
        for vname, vkind, vfields, discr in item.variants:
            v = nm.get(vname, vname)
            if vkind == "tuple":
                v += render_fields(vfields, nm, False)
            elif vkind == "named":
                v += " " + render_fields(vfields, nm, True)
            if discr is not None:
                v += f" = {discr}"
            vs.append(v)
        out.append(f"enum {name}{g} {{ {', '.join(vs)} }}")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Values and layout facts of the real (post-attack) item, for the checks.

INT_VALUES = {
    "u8": "0x5Au8",
    "u16": "0x1234u16",
    "u32": "0x89AB_CDEFu32",
    "u64": "0x0123_4567_89AB_CDEFu64",
    "i8": "-3i8",
    "i32": "-5i32",
    "bool": "true",
    "char": "'x'",
    "Zst": "Zst",
    "A16": "A16([0xA5; 16])",
    "()": "()",
    "&'static u64": "&7u64",
    "*const u8": "::core::ptr::null::<u8>()",
}


def value(ty):
    ty = ty.strip()
    if ty in INT_VALUES:
        return INT_VALUES[ty]
    m = re.fullmatch(r"\[(.*);\s*(\w+)\]", ty)
    if m:
        return f"[{value(m.group(1))}; {m.group(2)}]"
    if ty.startswith("PhantomData"):
        return "::core::marker::PhantomData"
    m = re.fullmatch(r"::core::num::NonZero(\w+)", ty)
    if m:
        return f"::core::num::NonZero::<{m.group(1).lower()}>::MIN"
    return None


def is_unsized(ty):
    return ty.strip().startswith("[") and ";" not in ty


def ctor_fields(fields, nm, inst, named):
    vals = [value(subst(t, nm, inst)) for _, t in fields]
    if any(v is None for v in vals):
        return None
    if named:
        return "{ " + ", ".join(f"{nm.get(n, n)}: {v}" for (n, _), v in zip(fields, vals)) + " }"
    return "(" + ", ".join(vals) + ")"


def values(item, nm, inst):
    """Expressions for values of the real item (padding left uninitialized)."""
    if item.kind == "alias":
        return values(item.target, nm, inst)
    path = nm.get(item.name, item.name) + generics_inst(item, inst)
    if any(is_unsized(t) for _, t in item.fields):
        return []
    if item.kind == "struct":
        c = ctor_fields(item.fields, nm, inst, True)
        return [] if c is None else [f"{path} {c}"]
    if item.kind in ("tuple", "consts"):
        c = ctor_fields(item.fields, nm, inst, False)
        return [] if c is None else [f"{path}{c}"]
    if item.kind == "unit":
        return [] if item.generics else [path]
    if item.kind == "union":
        out = []
        for f in item.fields:
            c = ctor_fields([f], nm, inst, True)
            if c is not None:
                out.append(f"{path} {c}")
        return out
    if item.kind == "enum":
        out = []
        for vname, vkind, vfields, _ in item.variants:
            v = f"{path}::{nm.get(vname, vname)}"
            if vkind != "unit":
                c = ctor_fields(vfields, nm, inst, vkind == "named")
                if c is None:
                    continue
                v += (" " if vkind == "named" else "") + c
            out.append(v)
        return out
    return []


def field_types(item, nm, inst):
    return [subst(t, nm, inst) for _, t in item.fields]


ENUM_INT = {"u8": "u8", "u16": "u16", "i8": "i8", "i16": "i16", "u32": "u32", "i32": "i32", "C": "i32"}


def enum_int(reprs):
    for r in reprs:
        if r in ENUM_INT and r != "C":
            return ENUM_INT[r]
    if "C" in reprs:
        return "i32"
    return None


def discriminants(item):
    """The discriminants of a fieldless enum with literal discriminants."""
    out, nxt = [], 0
    for _, _, _, discr in item.variants:
        if discr is not None:
            nxt = int(discr)
        out.append(nxt)
        nxt += 1
    return out


def no_padding_expr(item, nm, inst, ty):
    """A Rust `bool`: the real item has no padding (native stand-in for Miri)."""
    if item.kind == "alias":
        return no_padding_expr(item.target, nm, inst, ty)
    sz = "::core::mem::size_of"
    if item.kind in ("struct", "tuple", "consts"):
        if any(is_unsized(t) for _, t in item.fields):
            return None
        total = " + ".join([f"{sz}::<{t}>()" for t in field_types(item, nm, inst)] or ["0"])
        return f"{sz}::<{ty}>() == {total}"
    if item.kind == "unit":
        return f"{sz}::<{ty}>() == 0"
    if item.kind == "union":
        return " && ".join(f"{sz}::<{t}>() == {sz}::<{ty}>()" for t in field_types(item, nm, inst))
    if item.kind == "enum" and all(v[1] == "unit" for v in item.variants):
        it = enum_int(item.reprs)
        return None if it is None else f"{sz}::<{ty}>() == {sz}::<{it}>()"
    return None


def valid_ints(item):
    """The integers that are values of the real item, when it is a fieldless
    enum (or a struct posing as one), for the native `Contiguous` check."""
    if item.kind == "enum" and all(v[1] == "unit" for v in item.variants):
        try:
            return discriminants(item)
        except ValueError:
            return None
    return None
