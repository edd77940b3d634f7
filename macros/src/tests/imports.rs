//! No import cycle between the modules of `macros/src`: within a
//! capability, parse → check → expand reads one way, and shared helpers
//! import none of their callers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `pod/check.rs` is `pod::check`,
/// `pod/mod.rs` is `pod`.
fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts.join("::")
}

/// The modules a file's `use` lines name (`super::x`, `crate::a::b`),
/// resolved against the file's own module, outside `#[cfg(test)]` blocks.
fn imports(module: &str, source: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let body = source.split("#[cfg(test)]").next().unwrap_or(source);
    for line in body.lines() {
        let line = line.trim_start();
        let Some(rest) = line
            .strip_prefix("use ")
            .or_else(|| line.strip_prefix("pub(crate) use "))
        else {
            continue;
        };
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut base: Vec<&str> = if module.is_empty() {
            Vec::new()
        } else {
            module.split("::").collect()
        };
        match segments.first() {
            Some(&"crate") => {
                base.clear();
                segments.remove(0);
            }
            Some(&"super") => {
                while segments.first() == Some(&"super") {
                    segments.remove(0);
                    base.pop();
                }
            }
            Some(first) if known.contains(&child(module, first)) => {}
            _ => continue,
        }
        base.extend(segments);
        // The longest prefix that is a module.
        while !base.is_empty() {
            let candidate = base.join("::");
            if known.contains(&candidate) {
                if candidate != module && !module.starts_with(&format!("{candidate}::")) {
                    found.insert(candidate);
                }
                break;
            }
            base.pop();
        }
    }
    found
}

/// `module::name`, or `name` at the crate root.
fn child(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

/// Depth-first search from `node`: the first cycle found, if any.
fn visit(
    node: &str,
    graph: &BTreeMap<String, BTreeSet<String>>,
    stack: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(start) = stack.iter().position(|n| n == node) {
        let mut cycle = stack[start..].to_vec();
        cycle.push(node.to_owned());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    stack.push(node.to_owned());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(cycle) = visit(next, graph, stack, done) {
            return Some(cycle);
        }
    }
    stack.pop();
    done.insert(node.to_owned());
    None
}

#[test]
fn no_import_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let modules: BTreeMap<String, PathBuf> = files
        .iter()
        .map(|file| (module_of(&root, file), file.clone()))
        .collect();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|(module, file)| {
            let source = std::fs::read_to_string(file).unwrap_or_default();
            (module.clone(), imports(module, &source, &known))
        })
        .collect();
    let mut done = BTreeSet::new();
    let mut cycles = Vec::new();
    for module in graph.keys() {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            cycles.push(cycle.join(" -> "));
        }
    }
    assert!(
        cycles.is_empty(),
        "import cycles in macros/src:\n{}",
        cycles.join("\n")
    );
}
