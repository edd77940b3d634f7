//! The pod UI snapshots name nothing the user did not write: no generated
//! name (`__...`, `_::...`) in any message, label, note or help. Lines that
//! quote the user's source (`12 | ...`) are theirs and are not read.

use std::path::{Path, PathBuf};

/// Snapshots that may name a generated item, each with the reason.
const ALLOWED: &[(&str, &str)] = &[(
    "attack/attack_add_packed_checked.stderr",
    "an attribute after the derive changed the layout; the proof that \
     catches it lives next to the `Bits` twin, inside a `const _` scope",
)];

fn stderr_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the UI cases").flatten() {
        let path = entry.path();
        if path.is_dir() {
            stderr_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "stderr") {
            out.push(path);
        }
    }
}

/// Whether `line` quotes a line of the user's source: `  12 | code`.
fn quotes_source(line: &str) -> bool {
    let trimmed = line.trim_start();
    let digits = trimmed.len()
        - trimmed
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    digits > 0 && trimmed[digits..].trim_start().starts_with('|')
}

#[test]
#[cfg_attr(miri, ignore = "reads files")]
fn pod_snapshots_name_no_generated_item() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/pod");
    let mut files = Vec::new();
    stderr_files(&root, &mut files);
    assert!(!files.is_empty(), "no snapshot under {}", root.display());
    let mut found = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if ALLOWED.iter().any(|(allowed, _)| *allowed == relative) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if !quotes_source(line) && (line.contains("__") || line.contains("_::")) {
                found.push(format!("{relative}:{}: {line}", number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "generated names in pod snapshots:\n{}",
        found.join("\n")
    );
}
