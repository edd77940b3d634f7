#!/usr/bin/env bash
# The pod attack matrix: every shape the pod derives accept (and some they
# must refuse) x instantiations x hostile attribute macros after the derive
# x hostile names. Each combination must be rejected at compile time, or
# compile and pass its runtime checks under Miri.
#
# Usage: tests/matrix/run.sh [VOUCH_DIR] [--native] [--only SUBSTRING]
# VOUCH_DIR defaults to the checkout this script lives in. Generated crates
# go to $CARGO_TARGET_DIR/matrix-work (never committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vouch_dir="$(cd "$here/../.." && pwd)"
if [[ $# -gt 0 && $1 != --* ]]; then
    vouch_dir="$(cd "$1" && pwd)"
    shift
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$vouch_dir/target}"
native=()
if [[ " $* " != *" --native "* ]]; then
    if ! cargo +nightly miri --version >/dev/null 2>&1 &&
        ! rustup component add --toolchain nightly miri rust-src >/dev/null 2>&1; then
        echo "matrix: Miri could not be installed: runtime checks run natively (uninit padding and invalid values are then caught only by the layout assertions)"
        native=(--native)
    fi
fi
exec python3 "$here/matrix.py" "$vouch_dir" "${native[@]}" "$@"
