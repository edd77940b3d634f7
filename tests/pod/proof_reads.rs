//! Every function of the runtime that relies on a pod trait reads the
//! trait's `PROOF` for its type parameters, so a derived proof is evaluated
//! for each instantiation that is used (a source scan: a new function that
//! forgets the read fails here).

use std::path::Path;

const TRAITS: [&str; 7] = [
    "Zeroable",
    "Pod",
    "AnyBitPattern",
    "NoUninit",
    "CheckedBitPattern",
    "Contiguous",
    "TransparentWrapper",
];

/// The generic parameter list starting at `open` (a `<`), and the index
/// after its `>`.
fn generics(source: &str, open: usize) -> Option<(&str, usize)> {
    let bytes = source.as_bytes();
    let mut depth = 0_i32;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => depth += 1,
            b'>' if i > 0 && bytes[i - 1] != b'-' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&source[open + 1..i], i + 1));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[test]
#[cfg_attr(
    miri,
    ignore = "reads the runtime's sources, which Miri's isolation forbids"
)]
fn every_bounded_function_reads_the_proof() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src/pod");
    let mut missing = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("runtime/src/pod exists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|ext| ext != "rs") || path.ends_with("proof.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file");
        let mut from = 0;
        while let Some(found) = source[from..].find("fn ") {
            let at = from + found;
            from = at + 3;
            let Some(open) = source[at..].find(['<', '(']).map(|i| at + i) else {
                continue;
            };
            if source.as_bytes()[open] != b'<' {
                continue;
            }
            let Some((params, after)) = generics(&source, open) else {
                continue;
            };
            let signature_end = match source[after..].find(['{', ';']) {
                Some(i) => after + i,
                None => continue,
            };
            if source.as_bytes()[signature_end] == b';' {
                continue;
            }
            let signature = &source[open..signature_end];
            let bounded = TRAITS.iter().any(|name| {
                signature
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|word| word == *name)
            });
            if !bounded || params.trim().is_empty() {
                continue;
            }
            checked += 1;
            let body: String = source[signature_end..].chars().take(700).collect();
            if !body.contains("::PROOF") {
                let line = source[..at].lines().count() + 1;
                missing.push(format!("{}:{line}", path.display()));
            }
        }
    }
    assert!(checked > 50, "the scan found only {checked} functions");
    assert!(
        missing.is_empty(),
        "functions that do not read PROOF:\n{}",
        missing.join("\n")
    );
}
