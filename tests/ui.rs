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

/// Every case file under `dir`: its own `*.rs`, and those of its topic
/// subfolders (`ui/pod/attack/*.rs`, ...), sorted.
fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read the UI cases").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(case_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Checks the cases of one capability (`ui/<capability>/**/*.rs`: the
/// capabilities with many cases keep them in topic subfolders).
fn check(capability: &str) {
    let cases = trybuild::TestCases::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let with_src = has_rust_src();
    let mut skipped = Vec::new();
    for file in case_files(&root.join("ui").join(capability)) {
        let relative = file
            .strip_prefix(root)
            .expect("a case below the crate")
            .to_string_lossy()
            .into_owned();
        let stderr = std::fs::read_to_string(file.with_extension("stderr")).unwrap_or_default();
        if !with_src && quotes_std_sources(&stderr) {
            skipped.push(relative);
        } else {
            cases.compile_fail(relative);
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

/// vouch's public modules, as a path names them (`vouch::checked::..`): a
/// path of vouch through any other module (`vouch::pod::private::..`) is
/// one a user cannot write or look up.
const PUBLIC_MODULES: [&str; 4] = ["allocation", "builder", "checked", "proof"];

/// The generated names one line of a snapshot shows: every identifier that
/// starts with `__`, every `_::` (a path into a hidden `const _` scope), and
/// every path of vouch through a module that is not public (such as
/// `vouch::pod::private::FieldPod`: rustc prints the path where an item is
/// defined when it has no public one).
fn generated_names(line: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let bytes = line.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while at < bytes.len() {
        if !is_ident(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && is_ident(bytes[at]) {
            at += 1;
        }
        let word = &line[start..at];
        if word.starts_with("__") {
            names.push(word);
        } else if word == "_" && line[at..].starts_with("::") {
            names.push("_::");
        } else if word == "vouch"
            && let Some(path) = private_path(&line[start..])
        {
            names.push(path);
        }
    }
    names
}

/// The path that `text` starts with (`vouch::a::b::Item`) when one of its
/// modules, a lower-case segment followed by `::`, is not public.
fn private_path(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut end = 0;
    loop {
        while end < bytes.len() && is_ident(bytes[end]) {
            end += 1;
        }
        if text[end..].starts_with("::") && bytes.get(end + 2).copied().is_some_and(is_ident) {
            end += 2;
        } else {
            break;
        }
    }
    let path = &text[..end];
    let segments: Vec<&str> = path.split("::").collect();
    let (_, modules) = segments.split_last()?;
    modules
        .iter()
        .skip(1)
        .any(|module| {
            module.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
                && !PUBLIC_MODULES.contains(module)
        })
        .then_some(path)
}

/// No snapshot names a generated item: diagnostics speak of what the user
/// wrote. A name is allowed where the case itself writes it (the attack
/// cases call hidden items on purpose), and in the cases of a documented
/// limit listed in `ui/known-generated-names.txt` (`case: why`), which must
/// still show one (so the list shrinks when a limit is lifted).
#[test]
#[cfg_attr(miri, ignore = "reads files, which Miri's isolation forbids")]
fn no_generated_names() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let known_list = std::fs::read_to_string(root.join("known-generated-names.txt"))
        .expect("read ui/known-generated-names.txt");
    let mut known: Vec<&str> = known_list
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split(": ").next())
        .collect();
    let mut found = Vec::new();
    for file in case_files(&root) {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        let Ok(stderr) = std::fs::read_to_string(file.with_extension("stderr")) else {
            continue;
        };
        let relative = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        let listed = known.iter().position(|case| *case == relative);
        let mut names = Vec::new();
        for (number, line) in stderr.lines().enumerate() {
            for name in generated_names(line) {
                if !source.contains(name) {
                    names.push(format!("{relative}: stderr line {}: {name}", number + 1));
                }
            }
        }
        match listed {
            Some(index) => {
                known.remove(index);
                if names.is_empty() {
                    found.push(format!(
                        "{relative}: listed as a known limit but names no generated item; \
                         remove it from ui/known-generated-names.txt"
                    ));
                }
            }
            None => found.extend(names),
        }
    }
    found.extend(known.iter().map(|case| {
        format!("{case}: listed in ui/known-generated-names.txt, but there is no such case")
    }));
    assert!(
        found.is_empty(),
        "{} generated names in UI snapshots (make the diagnostic name what the user wrote):\n{}",
        found.len(),
        found.join("\n")
    );
}
