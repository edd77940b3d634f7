//! Expansion snapshots: what each macro generates for representative
//! inputs. Needs `cargo expand` (`.ci/run` installs the pinned version).
//! Regenerate with `MACROTEST=overwrite cargo test -p vouch-tests --test expand`.

#[test]
fn pod() {
    macrotest::expand("expand/pod/*.rs");
}

#[test]
fn pin() {
    macrotest::expand("expand/pin/*.rs");
}

#[test]
fn builder() {
    macrotest::expand("expand/builder/*.rs");
}

#[test]
fn sealed() {
    macrotest::expand("expand/sealed/*.rs");
}
