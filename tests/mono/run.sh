#!/usr/bin/env bash
# Cases rejected at monomorphization: a generic type whose proof fails for
# the instantiation the case uses. `cargo check` (and so trybuild) does not
# evaluate those constants; `cargo build` does. Each case must fail to build
# with vouch's message; any case that builds is a failure of this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${CARGO_TARGET_DIR:-$root/target}/mono-cases
mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "vouch-mono-cases"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
vouch = { path = "$root/runtime" }
vouch-attack-macros = { path = "$root/tests/attack-macros" }
[workspace]
TOML
failed=0; total=0
for case in "$here"/*.rs; do
    total=$((total + 1))
    cp "$case" "$work/src/main.rs"
    if out=$(cargo build --quiet --manifest-path "$work/Cargo.toml" --target-dir "$work/target" 2>&1); then
        echo "FAIL $(basename "$case"): built, but its proof should have failed"
        failed=$((failed + 1))
    elif ! grep -q 'evaluation panicked: `derive(\|does not have the layout\|is not the one its' <<<"$out"; then
        echo "FAIL $(basename "$case"): rejected, but not by vouch's proof:"; echo "$out" | head -20
        failed=$((failed + 1))
    else
        echo "ok   $(basename "$case"): $(grep -m1 'evaluation panicked' <<<"$out" | cut -c1-150)"
    fi
done
echo "mono: $((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
