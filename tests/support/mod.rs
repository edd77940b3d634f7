//! Builds crates that a test writes at run time, against this workspace's
//! `vouch`, to check how the macros behave in settings a test crate cannot
//! take itself (other editions, a renamed dependency, crate-level lints).

#![allow(dead_code)] // Each test binary uses part of this module.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root (the parent of `tests/`).
pub(crate) fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_owned()
}

/// Writes a crate at `dir`: `name`, `edition`, the `[dependencies]` lines and
/// `src/lib.rs`. It is its own workspace, pinned by this workspace's lock
/// file to the same dependency versions.
pub(crate) fn write_crate(dir: &Path, name: &str, edition: &str, dependencies: &str, source: &str) {
    std::fs::create_dir_all(dir.join("src")).expect("create crate dir");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\npublish = false\n\n\
         [dependencies]\n{dependencies}\n\n[workspace]\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write manifest");
    let _ = std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock"));
    std::fs::write(dir.join("src/lib.rs"), source).expect("write source");
}

/// The `[dependencies]` line for this workspace's `vouch`, as `key`.
pub(crate) fn vouch_dependency(key: &str) -> String {
    format!(
        "{key} = {{ package = \"vouch\", path = \"{}\" }}",
        workspace().join("runtime").display()
    )
}

/// What a `cargo` command over a generated crate said.
pub(crate) struct Outcome {
    pub(crate) success: bool,
    /// The lines of `src/lib.rs` that errors point at.
    pub(crate) error_lines: BTreeSet<usize>,
    pub(crate) stderr: String,
}

/// Runs `cargo <command> ... -- <tool_args>` on the crate at `dir` with the
/// target directory `target` (shared between generated crates, so
/// dependencies build once).
pub(crate) fn cargo(dir: &Path, target: &Path, command: &str, tool_args: &[&str]) -> Outcome {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            command,
            "--quiet",
            "--message-format=short",
            "--manifest-path",
        ])
        .arg(dir.join("Cargo.toml"))
        .arg("--")
        .args(tool_args)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let error_lines = stderr
        .lines()
        .filter(|line| line.contains(": error"))
        .filter_map(|line| line.strip_prefix("src/lib.rs:"))
        .filter_map(|rest| rest.split(':').next()?.parse().ok())
        .collect();
    Outcome {
        success: output.status.success(),
        error_lines,
        stderr,
    }
}

/// The target directory generated crates share.
pub(crate) fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("generated-target")
}
