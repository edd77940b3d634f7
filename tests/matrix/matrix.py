#!/usr/bin/env python3
"""The pod attack matrix: generates crates of (shape x derive x instantiation
x attack x hostile names) combinations, finds the ones the compiler rejects,
and runs the runtime checks of the rest under Miri.

Usage: matrix.py VOUCH_DIR [--native] [--api-only] [--only SUBSTRING]
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import INSTS, DERIVES, RAW, SHADOWED, render, generics_decl, generics_use, is_unsized  # noqa: E402
from shapes import SHAPES, ENUM_DERIVES, ATTACK_FNS, NAMES, instances, uses, fake_private  # noqa: E402
from checks import COMMON, check_fn  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK_MACROS = os.path.normpath(os.path.join(HERE, "..", "attack-macros"))
TOOLS = ["clippy", "rustfmt", "diagnostic"]
CHUNK = 40
NAME_MAPS = {"RAW": RAW, "SHADOWED": SHADOWED}


class Combo:
    __slots__ = (
        "id", "crate", "shape", "derive", "generic", "inst", "attack", "names",
        "text", "check", "control", "status", "detail",
    )

    def label(self):
        g = "generic" if self.generic else "concrete"
        return f"{self.shape}/{self.derive}/{g}<{self.inst}>/{self.attack}/{self.names}"


def insts_for(attack, names, shape_item):
    if not uses(shape_item, "$T"):
        return [(False, "-")]
    if attack == "none" and names == "plain":
        return [(g, i) for g in (False, True) for i in INSTS]
    if names == "plain":
        return [(False, "u8"), (False, "A16"), (True, "u64")]
    return [(False, "u64"), (True, "A16")]


def build_combos():
    combos = []
    for names, nspec in NAMES.items():
        nm = NAME_MAPS.get(nspec["nm"], nspec["nm"]) if isinstance(nspec["nm"], str) else nspec["nm"]
        for shape, item, derives in SHAPES:
            derives = derives or ENUM_DERIVES
            if "kinds" in nspec and item.kind not in nspec["kinds"]:
                continue
            for derive in derives:
                for attack in nspec["attacks"]:
                    for generic, inst in insts_for(attack, names, item):
                        pre = instances(item, derive, generic, inst)
                        res = ATTACK_FNS[attack](pre)
                        if res is None:
                            continue
                        macro, args, post = res
                        c = Combo()
                        c.shape, c.derive, c.generic, c.inst = shape, derive, generic, inst
                        c.attack, c.names = attack, names
                        c.crate = crate_of(names, derive)
                        c.status, c.detail = None, ""
                        c.id = f"c{len(combos):05d}"
                        tool = TOOLS[len(combos) % len(TOOLS)] if nspec["tool"] else None
                        c.text, c.control = item_text(pre, post, derive, macro, args, nm, nspec, tool)
                        c.check = check_fn(pre, post, derive, nm, inst, generic, CONTRACT[0])
                        combos.append(c)
    return combos


def crate_of(names, derive):
    if names == "plain":
        return "m_plain_" + derive.lower()
    return "m_" + names


def item_text(pre, post, derive, macro, args, nm, nspec, tool):
    """The combination's item as written (derive, then the hostile
    attribute), and its control (the same without vouch's derives)."""
    vpath = "$V"
    # `Clone`/`Copy` by hand, next to the item: a std derive would itself
    # break under most attacks and hide what vouch's derive does.
    copy_impls = ""
    if derive != "TransparentWrapper" and not any(is_unsized(t) for _, t in pre.fields):
        name = nm.get(pre.name, pre.name)
        g, u = generics_decl(pre, nm), generics_use(pre, nm)
        copy_impls = (
            f"impl{g} ::core::clone::Clone for {name}{u} {{ fn clone(&self) -> Self {{ *self }} }}\n"
            f"impl{g} ::core::marker::Copy for {name}{u} {{}}"
        )
    derives = [f"{vpath}::{d}" for d in DERIVES[derive]]
    attack = ""
    if macro:
        path = f"{tool}::{macro}" if tool else f"::vouch_attack_macros::{macro}"
        if args == "RENDER":
            args = render(post, nm, helpers=False)
        attack = f"#[{path}({args})]" if args is not None else f"#[{path}]"
    pre_src = render(pre, nm)
    helper = nspec["helper"] or ""
    pre_plain = render(pre, nm, helpers=False)
    pre_tool = f"mod {tool} {{ pub use ::vouch_attack_macros::*; }}\n" if tool else ""
    text = "\n".join(
        x for x in [nspec["pre"] + pre_tool, f"#[derive({', '.join(derives)})]", attack, helper, pre_src, copy_impls]
        if x
    )
    control = "\n".join(x for x in [nspec["pre"] + pre_tool, attack, pre_plain, copy_impls] if x)
    return text, control


# ---------------------------------------------------------------------------
# Generated crates.


def crate_source(crate, combos, field, vpath, selfk):
    """`src/main.rs` of a crate and, per combination, its line regions."""
    out = ["#![allow(warnings)]"]
    if selfk:
        out.append("extern crate self as vouch;")
        out.append(fake_private(selfk, "::real_vouch").replace("$V", vpath))
    out.append(COMMON.replace("$V", vpath))
    regions = []  # (first line, check line, last line, id)
    for c in combos:
        start = sum(s.count("\n") + 1 for s in out) + 1
        body = getattr(c, field).replace("$V", vpath)
        mod = [
            f"mod {c.id} {{",
            "#![allow(warnings)]",
            "use crate::common::{A16, Zst};",
            "use ::core::marker::PhantomData;",
            body,
        ]
        check_line = start + sum(s.count("\n") + 1 for s in mod)
        if field == "text":
            mod.append(c.check.replace("$V", vpath))
        else:
            mod.append("pub fn check() {}")
        mod.append("}")
        block = "\n".join(mod)
        end = start + block.count("\n")
        regions.append((start, check_line, end, c.id))
        out.append(block)
    table = ",\n".join(f'    ("{c.id}", {c.id}::check as fn())' for c in combos)
    out.append(MAIN.replace("TABLE", table))
    return "\n".join(out) + "\n", regions


MAIN = r"""
static CHECKS: &[(&str, fn())] = &[
TABLE
];

fn main() {
    use std::io::Write as _;
    std::panic::set_hook(Box::new(|_| {}));
    let after = std::env::args().nth(1);
    let mut started = after.is_none();
    let mut out = std::io::stdout();
    for (id, f) in CHECKS {
        if !started {
            started = Some(*id) == after.as_deref();
            continue;
        }
        let _ = writeln!(out, "BEGIN {id}");
        let _ = out.flush();
        match std::panic::catch_unwind(*f) {
            Ok(()) => {
                let _ = writeln!(out, "OK {id}");
            }
            Err(e) => {
                let m = e
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| e.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let _ = writeln!(out, "FAIL {id} {}", m.replace('\n', " "));
            }
        }
        let _ = out.flush();
    }
    let _ = writeln!(out, "DONE");
}
"""


def write_workspace(work, vouch_dir, crates):
    os.makedirs(work, exist_ok=True)
    members = ", ".join(f'"{c}"' for c in sorted(crates))
    with open(os.path.join(work, "Cargo.toml"), "w") as f:
        f.write(f'[workspace]\nresolver = "3"\nmembers = [{members}]\n\n[profile.dev]\ndebug = false\n')
    lock = os.path.join(vouch_dir, "Cargo.lock")
    if os.path.exists(lock) and not os.path.exists(os.path.join(work, "Cargo.lock")):
        shutil.copy(lock, os.path.join(work, "Cargo.lock"))
    for crate, selfk in crates.items():
        d = os.path.join(work, crate, "src")
        os.makedirs(d, exist_ok=True)
        name = "real_vouch" if selfk else "vouch"
        pkg = ', package = "vouch"' if selfk else ""
        toml = (
            f'[package]\nname = "{crate}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
            f"[dependencies]\n"
            f'{name} = {{ path = "{vouch_dir}/runtime", features = ["derive"]{pkg} }}\n'
            f'vouch-attack-macros = {{ path = "{ATTACK_MACROS}" }}\n'
        )
        p = os.path.join(work, crate, "Cargo.toml")
        if not os.path.exists(p) or open(p).read() != toml:
            with open(p, "w") as f:
                f.write(toml)


def write_crate(work, crate, src):
    p = os.path.join(work, crate, "src", "main.rs")
    if os.path.exists(p) and open(p).read() == src:
        return
    with open(p, "w") as f:
        f.write(src)


# ---------------------------------------------------------------------------
# Compiler errors, attributed to combinations.

ID_RE = re.compile(r"\b(c\d{5})\b")


def spans_in(span, suffix):
    while span is not None:
        if span["file_name"].endswith(suffix):
            yield span["line_start"]
        exp = span.get("expansion")
        span = exp["span"] if exp else None


def attribute(msg, crate, regions):
    """The combinations a compiler error belongs to (empty when unknown)."""
    suffix = f"{crate}/src/main.rs"
    lines = []
    for s in sorted(msg["spans"], key=lambda s: not s["is_primary"]):
        lines += list(spans_in(s, suffix))
    for ch in msg.get("children", []):
        for s in ch["spans"]:
            lines += list(spans_in(s, suffix))
    ids = {}
    for line in lines:
        for start, check, end, cid in regions:
            if start <= line <= end:
                ids[cid] = "item" if line < check else "use"
                break
        if ids:
            break
    if not ids:
        ids = {cid: "text" for cid in ID_RE.findall(msg.get("rendered") or "")}
    return ids


TRANSIENT = ("is not applicable to the", "rustc -vV")


def run_retrying(args, cwd, env):
    """`subprocess.run`, again (up to 5 times) when cargo failed before
    compiling anything because the toolchain was being updated."""
    for attempt in range(5):
        p = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
        if p.returncode == 0 or "BEGIN" in p.stdout or "compiler-message" in p.stdout:
            return p
        if not any(t in p.stderr for t in TRANSIENT):
            return p
        print(f"  (toolchain unavailable, retrying: {p.stderr.strip().splitlines()[-1][:120]})", flush=True)
        time.sleep(10 * (attempt + 1))
    return p


def cargo_json(args, cwd, env):
    p = run_retrying(args, cwd, env)
    msgs = []
    for line in p.stdout.splitlines():
        try:
            m = json.loads(line)
        except json.JSONDecodeError:
            continue
        if m.get("reason") == "compiler-message" and m["message"]["level"] in ("error", "error: internal compiler error"):
            msgs.append(m)
    return p.returncode, msgs, p.stderr


# ---------------------------------------------------------------------------


def main():
    args = sys.argv[1:]
    native = "--native" in args
    CONTRACT[0] = "--api-only" not in args
    only = args[args.index("--only") + 1] if "--only" in args else None
    vouch_dir = os.path.abspath(next(a for a in args if not a.startswith("--") and a != only))
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(vouch_dir, "target")
    work = os.path.join(target, "matrix-work")
    WORK.append(work)
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = os.path.join(target, "matrix")
    env["CARGO_TERM_COLOR"] = "never"
    env.pop("RUSTUP_TOOLCHAIN", None)
    toolchain = "stable"
    tc = os.path.join(vouch_dir, "rust-toolchain.toml")
    if os.path.exists(tc):
        m = re.search(r'channel\s*=\s*"([^"]+)"', open(tc).read())
        if m:
            toolchain = m.group(1)
    t0 = time.time()

    combos = build_combos()
    if only:
        combos = [c for c in combos if only in c.label() or only == c.crate]
    by_crate = defaultdict(list)
    for c in combos:
        by_crate[c.crate].append(c)
    crates = {cr: NAMES[cs[0].names].get("selfcrate") for cr, cs in by_crate.items()}
    vpath = {cr: ("::real_vouch" if k else "::vouch") for cr, k in crates.items()}
    write_workspace(work, vouch_dir, crates)
    by_id = {c.id: c for c in combos}
    print(f"matrix: {len(combos)} combinations in {len(crates)} crates ({toolchain}; vouch at {vouch_dir})", flush=True)

    # 1. Compile: drop the combinations with errors until every crate builds.
    live = {cr: list(cs) for cr, cs in by_crate.items()}
    stage = "check"
    rounds = 0
    broken = {}
    while True:
        rounds += 1
        regions = {}
        for cr, cs in live.items():
            src, regions[cr] = crate_source(cr, cs, "text", vpath[cr], crates[cr])
            write_crate(work, cr, src)
        cmd = ["cargo", f"+{toolchain}", stage, "--workspace", "--keep-going", "--message-format=json", "--bins"]
        rc, msgs, stderr = cargo_json(cmd, work, env)
        removed = set()
        unknown = []
        for m in msgs:
            cr = m["target"]["name"]
            if cr not in regions:
                unknown.append(m)
                continue
            ids = attribute(m["message"], cr, regions[cr])
            if not ids:
                unknown.append(m)
            for cid, where in ids.items():
                c = by_id[cid]
                if c.status is None or (c.status.startswith("rejected") and c.detail.startswith("[use]")):
                    # An error only in the checks (a use site) may be the
                    # harness's fault: marked, and listed in the summary.
                    c.status = "rejected-" + stage
                    c.detail = ("[use] " if where == "use" else "") + (
                        m["message"].get("rendered") or m["message"].get("message") or ""
                    )[:3000]
                removed.add(cid)
        print(f"  {stage} round {rounds}: {len(removed)} rejected, {len(unknown)} unattributed errors "
              f"[{time.time() - t0:.0f}s]", flush=True)
        if unknown and not removed:
            for m in unknown[:5]:
                print(m["message"]["rendered"])
            if rc != 0 and not msgs:
                print(stderr[-4000:])
            # A crate that fails without a culprit cannot be run: its
            # combinations count as not tested.
            bad = {m["target"]["name"] for m in unknown} & set(live)
            if not bad:
                print("matrix: the generated workspace does not build; giving up", file=sys.stderr)
                sys.exit(2)
            for cr in bad:
                broken[cr] = True
                for c in live.pop(cr):
                    c.status = "untested"
            continue
        for cr in live:
            live[cr] = [c for c in live[cr] if c.id not in removed]
        if rc != 0 and not msgs:
            print(stderr[-4000:])
            sys.exit(2)
        if rc == 0 and not removed:
            if native and stage == "check":
                stage = "build"
                rounds = 0
                continue
            break

    # 2. Run the checks of what compiled.
    # The runs go in small crates: Miri compiles the crate again each time
    # it restarts after undefined behaviour, so a restart costs one chunk.
    unsound = []
    runs = {}
    for cr, cs in live.items():
        for k in range(0, len(cs), CHUNK):
            runs[f"r{cr[1:]}_{k // CHUNK}"] = (cr, cs[k : k + CHUNK])
    all_crates = dict(crates)
    all_crates.update({rn: crates[cr] for rn, (cr, _) in runs.items()})
    write_workspace(work, vouch_dir, all_crates)
    for rn, (cr, cs) in runs.items():
        write_crate(work, rn, crate_source(rn, cs, "text", vpath[cr], crates[cr])[0])
    pkgs = sum((["-p", rn] for rn in runs), [])
    build = ["cargo", f"+{toolchain}", "build"] if native else ["cargo", "+nightly", "miri", "build"]
    run_retrying(build + ["-q", "--keep-going"] + pkgs, work, env)
    jobs = int(os.environ.get("MATRIX_JOBS", "2"))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(run_crate, rn, cs, by_id, work, env, toolchain, native, unsound, t0)
            for rn, (_, cs) in runs.items()
        ]
        for f in futures:
            f.result()
    for cr, cs in live.items():
        ok = sum(1 for c in cs if c.status == "accepted-ok")
        how = "natively" if native else "under Miri"
        print(f"  {cr}: {ok}/{len(cs)} checks passed {how}", flush=True)
    print(f"  runs done [{time.time() - t0:.0f}s]", flush=True)

    # 3. Controls: is a rejected combination's attack valid Rust at all?
    rejected = [c for c in combos if c.status and c.status.startswith("rejected")]
    controls(rejected, work, env, toolchain, vpath, crates, t0)

    report(combos, unsound, native, t0)


def run_crate(cr, cs, by_id, work, env, toolchain, native, unsound, t0):
    after = None
    seen = set()
    while True:
        if native:
            cmd = [os.path.join(env["CARGO_TARGET_DIR"], "debug", cr)]
        else:
            cmd = ["cargo", "+nightly", "miri", "run", "-q", "-p", cr, "--"]
        if after:
            cmd.append(after)
        p = run_retrying(cmd, work, env)
        current = None
        for line in p.stdout.splitlines():
            parts = line.split(" ", 2)
            if parts[0] == "BEGIN":
                current = parts[1]
            elif parts[0] == "OK":
                by_id[parts[1]].status = "accepted-ok"
                seen.add(parts[1])
                current = None
            elif parts[0] == "FAIL":
                c = by_id[parts[1]]
                c.status = "UNSOUND"
                c.detail = "runtime check failed: " + (parts[2] if len(parts) > 2 else "")
                unsound.append(c)
                seen.add(parts[1])
                current = None
        if "DONE" in p.stdout.splitlines():
            break
        if current is None:
            print(f"  {cr}: the run failed before any check:\n{p.stderr[-3000:]}", flush=True)
            for c in cs:
                if c.status is None:
                    c.status = "untested"
            break
        c = by_id[current]
        err = p.stderr
        if "Undefined Behavior" in err or "undefined behavior" in err.lower():
            c.status = "UNSOUND"
            m = re.search(r"error: Undefined Behavior: (.*)", err)
            c.detail = "Miri: " + (m.group(1) if m else err.strip().splitlines()[0][:300])
            unsound.append(c)
        elif "E0080" in err or "erroneous constant" in err or "evaluation of" in err:
            c.status = "rejected-first-use"
            c.detail = err[err.find("error"):][:1500]
        else:
            c.status = "UNSOUND"
            c.detail = "aborted: " + err.strip()[-300:]
            unsound.append(c)
        after = current


def controls(rejected, work, env, toolchain, vpath, crates, t0):
    """Compiles each rejected combination's item without vouch's derives;
    where even that fails, the attack itself is invalid Rust: `void`."""
    by_crate = defaultdict(list)
    for c in rejected:
        by_crate["x" + c.crate[1:]].append(c)
    if not by_crate:
        return
    cr_map = {x: crates["m" + x[1:]] for x in by_crate}
    all_crates = dict(crates)
    all_crates.update(cr_map)
    vdir = VOUCH_DIR[0]
    write_workspace(work, vdir, all_crates)
    by_id = {c.id: c for c in rejected}
    live = dict(by_crate)
    for _ in range(6):
        regions = {}
        for cr, cs in live.items():
            src, regions[cr] = crate_source(cr, cs, "control", vpath["m" + cr[1:]], cr_map[cr])
            write_crate(work, cr, src)
        cmd = ["cargo", f"+{toolchain}", "check", "--keep-going", "--message-format=json"] + sum((["-p", cr] for cr in live), [])
        rc, msgs, _ = cargo_json(cmd, work, env)
        removed = set()
        for m in msgs:
            cr = m["target"]["name"]
            for cid in attribute(m["message"], cr, regions.get(cr, [])):
                by_id[cid].status = "void"
                by_id[cid].detail = "without the derive: " + (m["message"].get("rendered") or "")[:1500]
                removed.add(cid)
        if not removed:
            break
        live = {cr: [c for c in cs if c.id not in removed] for cr, cs in live.items()}
    print(f"  controls: {sum(1 for c in rejected if c.status == 'void')} rejected combinations are invalid Rust "
          f"without the derive [{time.time() - t0:.0f}s]", flush=True)


VOUCH_DIR = []
# Run the contract consumers (see checks.py) before vouch's API; off with
# `--api-only`, which accepts a generic proof evaluated at first use.
CONTRACT = [True]
WORK = []


def report(combos, unsound, native, t0):
    with open(os.path.join(WORK[0], "results.json"), "w") as f:
        json.dump([dict(id=c.id, label=c.label(), status=c.status, detail=c.detail, text=c.text) for c in combos], f, indent=1)
    counts = Counter(c.status for c in combos)
    rej = sum(v for k, v in counts.items() if k and k.startswith("rejected"))
    acc = counts["accepted-ok"] + counts["UNSOUND"]
    void = counts["void"]
    untested = counts["untested"] + counts[None]
    where = "natively (no Miri)" if native else "under Miri"
    by_attack = defaultdict(Counter)
    for c in combos:
        by_attack[c.attack][c.status] += 1
    print("\nper attack (rejected / accepted / void / unsound):")
    for a, cnt in sorted(by_attack.items()):
        r = sum(v for k, v in cnt.items() if k and k.startswith("rejected"))
        print(f"  {a:16} {r:5} {cnt['accepted-ok'] + cnt['UNSOUND']:5} {cnt['void']:5} {cnt['UNSOUND']:5}")
    for c in unsound:
        vpath = "::real_vouch" if NAMES[c.names].get("selfcrate") else "::vouch"
        src = c.text.replace("$V", vpath)
        print(f"\nUNSOUND {c.id} {c.label()}\n  {c.detail}\n" + "\n".join("    " + l for l in src.splitlines()))
    for k in sorted({NAMES[c.names].get("selfcrate") for c in unsound} - {None}):
        root = "extern crate self as vouch;\n" + fake_private(k, "::real_vouch")
        print(f"\n(crate root of the `self_{k}` combinations above, which depend on vouch as `real_vouch`:)\n"
              + "\n".join("    " + l for l in root.splitlines()))
    if untested:
        print(f"\n{untested} combinations were not tested (their crate did not build)")
    elapsed = time.time() - t0
    use = [c for c in combos if c.status and c.status.startswith("rejected") and c.detail.startswith("[use]")]
    if use:
        print(f"\n{len(use)} combinations were rejected by errors in their checks only (at a use site), e.g.")
        for c in use[:3]:
            print(f"  {c.id} {c.label()}: {c.detail.splitlines()[0][:200]}")
    print(f"\n{void} of the rejected combinations fail without vouch's derive too (the attack is invalid Rust); "
          f"{counts['rejected-first-use']} were rejected only at first use (Miri const evaluation); {elapsed:.0f} s")
    print(
        f"matrix: {len(combos)} combinations, {rej + void} rejected at compile time, "
        f"{acc} accepted and checked {where}, {len(unsound)} unsound"
    )
    sys.exit(1 if unsound or untested else 0)


if __name__ == "__main__":
    VOUCH_DIR.append(os.path.abspath(next(a for a in sys.argv[1:] if not a.startswith("--"))))
    main()
