//! Expansion snapshots: what each macro generates for representative
//! inputs. Needs `cargo expand` at the version the snapshots were made with
//! (`.ci/run` installs it); regenerate with
//! `MACROTEST=overwrite cargo test -p vouch-tests --test expand`.
//!
//! Without that `cargo expand` (a new machine has none), each test prints a
//! notice and passes, so the README's `cargo test --workspace` works with
//! nothing but rustup. `VOUCH_REQUIRE_EXPAND=1` (set by `.ci/run`) turns the
//! skip into a failure.

use std::io::Write as _;
use std::process::Command;
use std::sync::{Once, OnceLock};

/// The `cargo-expand` release the snapshots under `expand/` were made with:
/// its pretty-printer's output differs between releases.
const CARGO_EXPAND: &str = "1.0.127";

/// The skip notice, printed by the first test that skips.
static NOTICE: Once = Once::new();

/// Why the snapshots cannot be checked here, if they cannot.
fn missing_expand() -> Option<&'static str> {
    static MISSING: OnceLock<Option<String>> = OnceLock::new();
    MISSING
        .get_or_init(|| {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
            let output = Command::new(cargo).args(["expand", "--version"]).output();
            match output {
                Ok(output) if output.status.success() => {
                    let version = String::from_utf8_lossy(&output.stdout);
                    let version = version.trim();
                    let pinned = version.split_whitespace().any(|word| word == CARGO_EXPAND);
                    (!pinned).then(|| format!("`cargo expand --version` says {version:?}"))
                }
                _ => Some("`cargo expand` is not installed".to_owned()),
            }
        })
        .as_deref()
}

/// Checks the snapshots matching `glob`, or says why it cannot.
fn expand(glob: &str) {
    let Some(reason) = missing_expand() else {
        macrotest::expand(glob);
        return;
    };
    let install = format!("cargo install --locked cargo-expand --version {CARGO_EXPAND}");
    assert!(
        std::env::var_os("VOUCH_REQUIRE_EXPAND").is_none_or(|value| value != "1"),
        "VOUCH_REQUIRE_EXPAND=1 but {reason}: `{install}`"
    );
    // Once for the four tests, and straight to the process's stderr: the test
    // harness captures `eprintln!` of passing tests, and this is meant to be
    // seen.
    NOTICE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "\nnote: expansion snapshots (tests/expand/) skipped: {reason}; they need \
             cargo-expand {CARGO_EXPAND}: `{install}`"
        );
    });
}

#[test]
fn pod() {
    expand("expand/pod/*.rs");
}

#[test]
fn pin() {
    expand("expand/pin/*.rs");
}

#[test]
fn builder() {
    expand("expand/builder/*.rs");
}

#[test]
fn sealed() {
    expand("expand/sealed/*.rs");
}
