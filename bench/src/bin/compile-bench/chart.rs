//! The chart: horizontal bars, one section per group (clean build time of
//! the dependencies, then `cargo build` time of each downstream crate),
//! each section scaled to its own longest bar, vouch in its own colour.
//! Hand-written SVG: a few rectangles and text lines.

use std::fmt::Write as _;

use crate::plan::{Group, Imp};
use crate::report::{Machine, ratio};
use crate::run::{Measured, median};

const WIDTH: f64 = 880.0;
const LABEL_X: f64 = 16.0;
const BAR_X: f64 = 250.0;
const BAR_MAX: f64 = 450.0;
const ROW: f64 = 22.0;
const BAR_HEIGHT: f64 = 15.0;
const VOUCH: &str = "#2f7d4a";
const ANCHOR: &str = "#9aa1ab";

/// The SVG document.
pub(crate) fn svg(
    machine: &Machine,
    runs: usize,
    groups: &[Group],
    results: &[Vec<Measured>],
) -> String {
    let mut body = String::new();
    let mut y = 46.0;
    for (group, measured) in groups.iter().zip(results) {
        section(&mut body, &mut y, group, measured);
    }
    y += 20.0;
    let footer = format!(
        "{}; median of {runs} run(s); vouch in green; each section has its own scale.",
        machine.summary()
    );
    let height = y + 10.0;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="Helvetica, Arial, sans-serif">
<style>
  .title {{ font-size: 18px; font-weight: bold; fill: #222; }}
  .section {{ font-size: 14px; font-weight: bold; fill: #333; }}
  .label {{ font-size: 12px; fill: #333; }}
  .vouch {{ font-size: 12px; font-weight: bold; fill: {VOUCH}; }}
  .value {{ font-size: 12px; fill: #333; }}
  .footer {{ font-size: 11px; fill: #666; }}
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="{LABEL_X}" y="28" class="title">vouch: compile time against the crates it replaces (seconds, shorter is better)</text>
{body}<text x="{LABEL_X}" y="{y}" class="footer">{}</text>
</svg>
"##,
        escape(&footer)
    )
}

/// One group's bars, from `y` down; moves `y` past them.
fn section(body: &mut String, y: &mut f64, group: &Group, measured: &[Measured]) {
    let pick = if group.is_clean_build() {
        |m: &Measured| median(&m.clean)
    } else {
        |m: &Measured| median(&m.build)
    };
    let what = if group.is_clean_build() {
        "Clean build of the dependency"
    } else {
        "`cargo build` after a touch"
    };
    let title = if group.is_clean_build() {
        what.to_owned()
    } else {
        format!("{what}: {}", group.title)
    };
    *y += 18.0;
    let _ = writeln!(
        body,
        r#"<text x="{LABEL_X}" y="{y}" class="section">{}</text>"#,
        escape(&title.replace('`', ""))
    );
    *y += 8.0;
    let values: Vec<Option<f64>> = measured
        .iter()
        .map(|m| m.error.is_none().then(|| pick(m)).flatten())
        .collect();
    let vouch = group
        .cases
        .iter()
        .position(|case| case.imp == Imp::Vouch)
        .and_then(|i| values[i]);
    let longest = values.iter().flatten().copied().fold(0.0_f64, f64::max);
    for (case, value) in group.cases.iter().zip(&values) {
        let text_y = *y + BAR_HEIGHT - 3.0;
        let _ = writeln!(
            body,
            r#"<text x="{LABEL_X}" y="{text_y}" class="{}">{}</text>"#,
            if case.imp == Imp::Vouch {
                "vouch"
            } else {
                "label"
            },
            escape(case.imp.label())
        );
        match value {
            Some(value) => {
                let width = if longest > 0.0 {
                    value / longest * BAR_MAX
                } else {
                    0.0
                };
                let colour = if case.imp == Imp::Vouch {
                    VOUCH
                } else {
                    ANCHOR
                };
                let note = match ratio(Some(*value), vouch) {
                    x if case.imp == Imp::Vouch || x == "—" => seconds(*value),
                    x => format!("{} ({x} vouch)", seconds(*value)),
                };
                let _ = writeln!(
                    body,
                    r#"<rect x="{BAR_X}" y="{y}" width="{width:.1}" height="{BAR_HEIGHT}" fill="{colour}"/>"#
                );
                let _ = writeln!(
                    body,
                    r#"<text x="{:.1}" y="{text_y}" class="value">{}</text>"#,
                    BAR_X + width + 6.0,
                    escape(&note)
                );
            }
            None => {
                let _ = writeln!(
                    body,
                    r#"<text x="{BAR_X}" y="{text_y}" class="value">not measured (did not build)</text>"#
                );
            }
        }
        *y += ROW;
    }
}

/// Seconds with two decimals below 10 s (rebuilds), one above (clean
/// builds).
fn seconds(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2} s")
    } else {
        format!("{value:.1} s")
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::plan::{Sizes, groups};

    fn machine() -> Machine {
        Machine {
            cpus: 2,
            cpu: "Test CPU <1>".to_owned(),
            date: "2026-01-01 00:00 UTC".to_owned(),
            rustc: "rustc 1.95.0".to_owned(),
        }
    }

    #[test]
    fn one_bar_per_measured_crate_and_a_note_for_the_others() {
        let groups = groups(Sizes {
            n: 1,
            pin_stress: 1,
            builder_stress: 1,
        });
        let results: Vec<Vec<Measured>> = groups
            .iter()
            .map(|group| {
                group
                    .cases
                    .iter()
                    .map(|case| Measured {
                        clean: vec![2.0],
                        build: vec![1.0],
                        error: (case.imp == Imp::Zerocopy).then(|| "failed".to_owned()),
                        ..Measured::default()
                    })
                    .collect()
            })
            .collect();
        let svg = svg(&machine(), 1, &groups, &results);
        let crates: usize = groups.iter().map(|group| group.cases.len()).sum();
        // One background rectangle, then one bar per crate that built.
        assert_eq!(svg.matches("<rect").count(), 1 + crates - 2);
        assert_eq!(svg.matches("did not build").count(), 2);
        assert!(svg.contains("Test CPU &lt;1&gt;"));
        assert!(svg.contains("1.00 s (1.00× vouch)"));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a<b> & c"), "a&lt;b&gt; &amp; c");
    }
}
