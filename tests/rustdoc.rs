//! What a reader of a user crate's rustdoc sees of vouch's macros.
//!
//! Documents the two fixture crates (`tests/fixture`, `tests/sealed-fixture`:
//! ordinary libraries whose types use every macro) and compares, page by
//! page, the declarations and impl and method headers rustdoc shows with the
//! snapshot `tests/rustdoc/fixture.txt`. Separately, no page may show a
//! generated name: anything starting with `__`, or the `_::` of a hidden
//! scope. Regenerate the snapshot with
//! `VOUCH_RUSTDOC=overwrite cargo test -p vouch-tests --test rustdoc` and read
//! the diff before committing it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The crates documented, as rustdoc names their folders.
const CRATES: [&str; 2] = ["vouch_fixture", "vouch_sealed_fixture"];

#[test]
fn user_rustdoc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rustdoc");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["doc", "--no-deps", "--quiet"])
        .args(["-p", "vouch-fixture", "-p", "vouch-sealed-fixture"])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .env_remove("RUSTDOCFLAGS")
        .status()
        .expect("run cargo doc");
    assert!(status.success(), "cargo doc failed on the fixture crates");

    let mut snapshot = String::new();
    let mut leaks = Vec::new();
    for krate in CRATES {
        let dir = target.join("doc").join(krate);
        for page in pages(&dir) {
            let html = std::fs::read_to_string(&page).expect("read a rustdoc page");
            let name = page
                .strip_prefix(target.join("doc"))
                .expect("a page below doc/")
                .to_string_lossy()
                .replace('\\', "/");
            let shown = item_content(&html);
            let headers = headers(shown);
            if !headers.is_empty() {
                let _ = writeln!(snapshot, "{name}");
                for header in &headers {
                    let _ = writeln!(snapshot, "    {header}");
                }
            }
            let text = text_of(shown);
            for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
                if word.starts_with("__") || word.contains("::__") || word.contains("_::") {
                    leaks.push(format!("{name}: {word}"));
                }
            }
        }
    }

    let file = root.join("rustdoc").join("fixture.txt");
    if std::env::var_os("VOUCH_RUSTDOC").is_some_and(|v| v == "overwrite") {
        std::fs::write(&file, &snapshot).expect("write the snapshot");
    } else {
        let expected = std::fs::read_to_string(&file).unwrap_or_default();
        if expected != snapshot {
            let actual = target.join("fixture.txt");
            std::fs::write(&actual, &snapshot).expect("write the actual listing");
            panic!(
                "the fixture crates' rustdoc differs from tests/rustdoc/fixture.txt; \
                 compare with {}, or regenerate it with VOUCH_RUSTDOC=overwrite",
                actual.display()
            );
        }
    }
    leaks.sort();
    leaks.dedup();
    assert!(
        leaks.is_empty(),
        "generated names in the fixture crates' rustdoc:\n{}",
        leaks.join("\n")
    );
}

/// The item pages below `dir`, sorted (not the search index or sources).
fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(pages(&path));
        } else if path.extension().is_some_and(|ext| ext == "html") && !path.ends_with("all.html") {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The part of a page that documents its item: the main content, without
/// the blanket implementations every type gets from `core`.
fn item_content(html: &str) -> &str {
    let start = html.find("<section id=\"main-content\"").unwrap_or(0);
    let end = html[start..]
        .find("id=\"blanket-implementations\"")
        .map_or(html.len(), |at| start + at);
    &html[start..end]
}

/// The declaration and every impl and method header, as text.
fn headers(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for open in ["<pre class=\"rust item-decl\">", "class=\"code-header\">"] {
        let mut rest = html;
        while let Some(at) = rest.find(open) {
            rest = &rest[at + open.len()..];
            let end = rest
                .find("</pre>")
                .into_iter()
                .chain(rest.find("</h3>"))
                .chain(rest.find("</h4>"))
                .min()
                .unwrap_or(rest.len());
            let text = text_of(&rest[..end]);
            found.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    found
}

/// The text of some HTML: tags removed, the entities rustdoc writes decoded.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
}
