//! What the harness measures: the implementations, the templates of the
//! downstream crates, and the groups of crates timed side by side.

/// Versions of the crates vouch is measured against. Pinned with `=` so two
/// runs of the harness compare the same code; raise them deliberately.
pub(crate) const BYTEMUCK: &str = "=1.25.2";
pub(crate) const ZEROCOPY: &str = "=0.8.63";
pub(crate) const PIN_PROJECT: &str = "=1.1.13";
pub(crate) const BON: &str = "=3.10.3";
pub(crate) const TYPED_BUILDER: &str = "=0.23.2";
pub(crate) const SEALED: &str = "=0.7.0";

/// One dependency a downstream crate can be written against.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Imp {
    Vouch,
    Bytemuck,
    Zerocopy,
    PinProject,
    Bon,
    TypedBuilder,
    Sealed,
    /// bytemuck + pin-project + bon + sealed: what vouch replaces as a whole.
    Anchors,
}

impl Imp {
    pub(crate) const ALL: [Imp; 8] = [
        Imp::Vouch,
        Imp::Bytemuck,
        Imp::Zerocopy,
        Imp::PinProject,
        Imp::Bon,
        Imp::TypedBuilder,
        Imp::Sealed,
        Imp::Anchors,
    ];

    /// The name used in crate names, on the command line and in the table.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Imp::Vouch => "vouch",
            Imp::Bytemuck => "bytemuck",
            Imp::Zerocopy => "zerocopy",
            Imp::PinProject => "pin-project",
            Imp::Bon => "bon",
            Imp::TypedBuilder => "typed-builder",
            Imp::Sealed => "sealed",
            Imp::Anchors => "anchors",
        }
    }

    /// How the table labels it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Imp::Anchors => "bytemuck+pin-project+bon+sealed",
            other => other.name(),
        }
    }

    pub(crate) fn parse(name: &str) -> Option<Imp> {
        Imp::ALL.into_iter().find(|imp| imp.name() == name)
    }
}

/// What a downstream crate contains, written once per implementation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Template {
    /// An empty library: measures the dependency alone.
    Empty,
    /// `n` records deriving `Zeroable` + `Pod`, each cast to bytes.
    Pod { n: usize },
    /// `n` pin-projected futures, each projected in a `poll` method.
    Pin { n: usize },
    /// `n` builders of `fields` fields, each with a call site.
    Builder { n: usize, fields: usize },
    /// `n` function builders of `args` arguments, each with a call site.
    FnBuilder { n: usize, args: usize },
    /// `n` sealed traits with two impls each.
    Sealed { n: usize },
    /// The four templates above in one crate, `n` items each.
    All { n: usize },
}

/// One generated crate.
#[derive(Clone, Debug)]
pub(crate) struct Case {
    /// Package name and directory of the crate.
    pub(crate) krate: String,
    pub(crate) imp: Imp,
    pub(crate) template: Template,
}

/// Crates timed side by side: the same template, one crate per
/// implementation. The first case is the reference (vouch).
#[derive(Clone, Debug)]
pub(crate) struct Group {
    /// Short key, used by `--only` and in crate names.
    pub(crate) key: String,
    /// What the table and the chart call it.
    pub(crate) title: String,
    pub(crate) cases: Vec<Case>,
}

impl Group {
    fn new(key: &str, title: String, template: Template, imps: &[Imp]) -> Group {
        let cases = imps
            .iter()
            .map(|&imp| Case {
                krate: format!("{key}-{}", imp.name()),
                imp,
                template,
            })
            .collect();
        Group {
            key: key.to_owned(),
            title,
            cases,
        }
    }

    /// Whether this group times clean builds of the dependency (an empty
    /// crate) rather than rebuilds of a downstream crate.
    pub(crate) fn is_clean_build(&self) -> bool {
        self.cases
            .first()
            .is_some_and(|case| case.template == Template::Empty)
    }
}

/// Sizes of the templates.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sizes {
    /// Items per template in the per-capability crates.
    pub(crate) n: usize,
    /// Structs of the pin-projection stress crate.
    pub(crate) pin_stress: usize,
    /// Structs of the builder stress crate (10 fields each).
    pub(crate) builder_stress: usize,
}

/// Every group the harness knows, in the order it reports them.
pub(crate) fn groups(sizes: Sizes) -> Vec<Group> {
    use Imp::{Anchors, Bon, Bytemuck, PinProject, Sealed, TypedBuilder, Vouch, Zerocopy};
    let n = sizes.n;
    vec![
        Group::new(
            "dep",
            "clean build of the dependency (empty crate, debug)".to_owned(),
            Template::Empty,
            &[
                Vouch,
                Bytemuck,
                Zerocopy,
                PinProject,
                Bon,
                TypedBuilder,
                Sealed,
                Anchors,
            ],
        ),
        Group::new(
            "pod",
            format!("{n} `Pod` + `Zeroable` records, each cast to bytes"),
            Template::Pod { n },
            &[Vouch, Bytemuck, Zerocopy],
        ),
        Group::new(
            "pin",
            format!("{n} pin-projected futures, each projected in `poll`"),
            Template::Pin { n },
            &[Vouch, PinProject],
        ),
        Group::new(
            "builder",
            format!("{n} builders of 8 fields, each with a call site"),
            Template::Builder { n, fields: 8 },
            &[Vouch, Bon, TypedBuilder],
        ),
        Group::new(
            "fn-builder",
            format!("{n} function builders of 8 arguments, each with a call site"),
            Template::FnBuilder { n, args: 8 },
            &[Vouch, Bon],
        ),
        Group::new(
            "sealed",
            format!("{n} sealed traits with two impls each"),
            Template::Sealed { n },
            &[Vouch, Sealed],
        ),
        Group::new(
            "all",
            format!("all four templates in one crate ({n} items each)"),
            Template::All { n },
            &[Vouch, Anchors],
        ),
        Group::new(
            "pin-stress",
            format!("{} `#[pin_project]` structs", sizes.pin_stress),
            Template::Pin {
                n: sizes.pin_stress,
            },
            &[Vouch, PinProject],
        ),
        Group::new(
            "builder-stress",
            format!(
                "{} builders of 10 fields with call sites",
                sizes.builder_stress
            ),
            Template::Builder {
                n: sizes.builder_stress,
                fields: 10,
            },
            &[Vouch, Bon, TypedBuilder],
        ),
    ]
}

/// Keeps the groups named in `only` (all when empty) and, in them, the
/// implementations named in `imps` (all when empty). Groups left without a
/// case are dropped.
pub(crate) fn select(groups: Vec<Group>, only: &[String], imps: &[Imp]) -> Vec<Group> {
    groups
        .into_iter()
        .filter(|group| only.is_empty() || only.contains(&group.key))
        .map(|mut group| {
            if !imps.is_empty() {
                group.cases.retain(|case| imps.contains(&case.imp));
            }
            group
        })
        .filter(|group| !group.cases.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes() -> Sizes {
        Sizes {
            n: 10,
            pin_stress: 30,
            builder_stress: 10,
        }
    }

    #[test]
    fn vouch_comes_first_in_every_group() {
        for group in groups(sizes()) {
            assert_eq!(group.cases[0].imp, Imp::Vouch, "{}", group.key);
        }
    }

    #[test]
    fn crate_names_are_unique() {
        let mut names: Vec<String> = groups(sizes())
            .into_iter()
            .flat_map(|group| group.cases.into_iter().map(|case| case.krate))
            .collect();
        let before = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), before);
    }

    #[test]
    fn select_filters_groups_and_implementations() {
        let picked = select(
            groups(sizes()),
            &["pin".to_owned(), "dep".to_owned()],
            &[Imp::PinProject],
        );
        let keys: Vec<&str> = picked.iter().map(|group| group.key.as_str()).collect();
        assert_eq!(keys, ["dep", "pin"]);
        assert!(picked.iter().all(|group| group.cases.len() == 1));
    }

    #[test]
    fn names_round_trip() {
        for imp in Imp::ALL {
            assert_eq!(Imp::parse(imp.name()), Some(imp));
        }
        assert_eq!(Imp::parse("serde"), None);
    }
}
