//! The registry against the README: every macro is documented.

use crate::{ATTRIBUTES, DERIVES};

#[test]
fn the_readme_documents_every_macro() {
    let readme = include_str!("../../../README.md");
    for entry in DERIVES {
        let derive = format!("vouch::{}", entry.name);
        assert!(
            readme.contains(&derive),
            "the README never mentions `{derive}`"
        );
    }
    for entry in ATTRIBUTES {
        let attribute = format!("#[vouch::{}", entry.name);
        assert!(
            readme.contains(&attribute),
            "the README never mentions `{attribute}]`"
        );
    }
}
