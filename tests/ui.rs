//! Compile-fail UI cases: one `TestCases` per capability, holding only
//! failures, so trybuild checks each capability's cases in one batch.
//!
//! Every case is one mistake; its `.stderr` is the reviewed diagnostic.
//! Regenerate with `TRYBUILD=overwrite cargo test -p vouch-tests --test ui`
//! and read every changed snapshot before committing it.

#[test]
fn pod() {
    trybuild::TestCases::new().compile_fail("ui/pod/*.rs");
}

#[test]
fn pin() {
    trybuild::TestCases::new().compile_fail("ui/pin/*.rs");
}

#[test]
fn builder() {
    trybuild::TestCases::new().compile_fail("ui/builder/*.rs");
}

#[test]
fn sealed() {
    trybuild::TestCases::new().compile_fail("ui/sealed/*.rs");
}
