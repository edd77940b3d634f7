//! Compile-fail UI cases: one `TestCases` per capability, holding only
//! failures, so trybuild checks each capability's cases in one batch.
//!
//! Every case is one mistake; its `.stderr` is the reviewed diagnostic.
//! Regenerate with `TRYBUILD=overwrite cargo test -p vouch-tests --test ui`
//! and read every changed snapshot before committing it.
//!
//! The snapshots are made with the `rust-src` component, which
//! `rust-toolchain.toml` names: with it, rustc quotes `core`'s sources under
//! notes that point into them. Where it is missing (a toolchain installed
//! with `RUSTUP_AUTO_INSTALL=0`), the cases whose snapshots quote `core` are
//! left out with a notice and the others still run.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether the active toolchain has the `rust-src` component.
fn has_rust_src() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let Ok(output) = Command::new(rustc).args(["--print", "sysroot"]).output() else {
        return false;
    };
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    sysroot
        .join("lib/rustlib/src/rust/library/core/src/lib.rs")
        .is_file()
}

/// Whether a snapshot quotes the standard library's sources: a location in
/// `$RUST/` followed by source lines, which rustc prints only with
/// `rust-src`.
fn quotes_std_sources(stderr: &str) -> bool {
    let lines: Vec<&str> = stderr.lines().collect();
    lines
        .windows(2)
        .any(|pair| pair[0].contains("$RUST/") && pair[1].trim_start().starts_with('|'))
}

/// Checks the cases of one capability (`ui/<capability>/*.rs`).
fn check(capability: &str) {
    let cases = trybuild::TestCases::new();
    if has_rust_src() {
        cases.compile_fail(format!("ui/{capability}/*.rs"));
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui")
        .join(capability);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read the UI cases")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    let mut skipped = Vec::new();
    for file in files {
        let stderr = std::fs::read_to_string(file.with_extension("stderr")).unwrap_or_default();
        let name = file
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        if quotes_std_sources(&stderr) {
            skipped.push(name);
        } else {
            cases.compile_fail(format!("ui/{capability}/{name}"));
        }
    }
    if !skipped.is_empty() {
        // Straight to the process's stderr: the test harness captures
        // `eprintln!` of passing tests, and this notice is meant to be seen.
        let _ = writeln!(
            std::io::stderr(),
            "note: {} UI cases of {capability} skipped ({}): their snapshots quote core's \
             sources, which rustc shows only with the rust-src component: \
             `rustup component add rust-src`",
            skipped.len(),
            skipped.join(", ")
        );
    }
}

#[test]
fn pod() {
    check("pod");
}

#[test]
fn pin() {
    check("pin");
}

#[test]
fn builder() {
    check("builder");
}

#[test]
fn sealed() {
    check("sealed");
}
