//! The results as a Markdown report (printed and written to `compile.md`),
//! with the machine they were measured on.

use std::fmt::Write as _;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::plan::{self, Group, Imp};
use crate::run::{Measured, median};

/// Where and when the numbers were taken.
pub(crate) struct Machine {
    pub(crate) cpus: usize,
    pub(crate) cpu: String,
    /// `YYYY-MM-DD HH:MM UTC`.
    pub(crate) date: String,
    pub(crate) rustc: String,
}

impl Machine {
    pub(crate) fn detect(workspace: &std::path::Path) -> Machine {
        let cpus = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|info| {
                info.lines()
                    .find(|line| line.starts_with("model name"))
                    .and_then(|line| line.split_once(':'))
                    .map(|(_, model)| model.trim().to_owned())
            })
            .unwrap_or_else(|| "unknown CPU".to_owned());
        // Run in the generated workspace so the repository's pinned toolchain
        // is the one reported.
        let rustc = Command::new("rustc")
            .arg("-V")
            .current_dir(workspace)
            .output()
            .ok()
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
            .filter(|version| !version.is_empty())
            .unwrap_or_else(|| "rustc (unknown version)".to_owned());
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |since| since.as_secs());
        Machine {
            cpus,
            cpu,
            date: utc_date(secs),
            rustc,
        }
    }

    /// One line for the report and the chart.
    pub(crate) fn summary(&self) -> String {
        format!(
            "{} CPUs ({}), {}, {}",
            self.cpus, self.cpu, self.rustc, self.date
        )
    }
}

/// The 1-minute load average from `/proc/loadavg`, when there is one: a
/// load above the CPU count while measuring makes every number suspect.
pub(crate) fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(str::to_owned)
}

/// `YYYY-MM-DD HH:MM UTC` of a Unix time (days to civil date in the
/// proleptic Gregorian calendar, eras of 400 years).
pub(crate) fn utc_date(secs: u64) -> String {
    let days = secs / 86_400;
    let (hour, minute) = (secs % 86_400 / 3_600, secs % 3_600 / 60);
    // Shift the epoch to 0000-03-01 so leap days end each cycle.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}

/// Everything the report needs besides the numbers.
pub(crate) struct Context<'a> {
    pub(crate) machine: &'a Machine,
    pub(crate) command: &'a str,
    pub(crate) runs: usize,
    pub(crate) incremental: bool,
    /// Load average before and after the measurements.
    pub(crate) load: [Option<String>; 2],
}

/// `value / reference` as `1.23×`, or `—` when either is missing.
pub(crate) fn ratio(value: Option<f64>, reference: Option<f64>) -> String {
    match (value, reference) {
        (Some(value), Some(reference)) if reference > 0.0 => {
            format!("{:.2}×", value / reference)
        }
        _ => "—".to_owned(),
    }
}

fn secs(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |value| format!("{value:.2}"))
}

#[allow(clippy::cast_precision_loss)] // line counts are far below 2^52
fn lines(value: Option<usize>) -> Option<f64> {
    value.map(|lines| lines as f64)
}

/// The vouch measurement of a group, which every ratio divides by.
fn reference(group: &Group, measured: &[Measured]) -> Option<usize> {
    group
        .cases
        .iter()
        .position(|case| case.imp == Imp::Vouch)
        .filter(|&i| measured[i].error.is_none())
}

/// The whole report as Markdown.
pub(crate) fn markdown(
    context: &Context<'_>,
    groups: &[Group],
    results: &[Vec<Measured>],
) -> String {
    let mut out = String::from("# Compile-time benchmarks\n\n");
    let _ = writeln!(
        out,
        "Measured on {}; median of {} run(s), implementations alternated in \
         each run; `CARGO_INCREMENTAL={}`, debug profile.\n",
        context.machine.summary(),
        context.runs,
        u8::from(context.incremental)
    );
    if let [Some(before), Some(after)] = &context.load {
        let _ = writeln!(
            out,
            "Load average (1 min) before the measurements: {before}, after: {after}.\n"
        );
    }
    let _ = writeln!(out, "Command: `{}`\n", context.command);
    let _ = writeln!(
        out,
        "Versions: bytemuck {} (`derive`), zerocopy {} (`derive`), pin-project {}, \
         bon {}, typed-builder {}, sealed {}; vouch from this repository with \
         default features.\n",
        plan::BYTEMUCK,
        plan::ZEROCOPY,
        plan::PIN_PROJECT,
        plan::BON,
        plan::TYPED_BUILDER,
        plan::SEALED
    );
    out.push_str(
        "`× vouch` is the implementation's number divided by vouch's: above 1.00× \
         vouch is faster (or smaller), below it vouch is behind.\n",
    );
    let mut failures = Vec::new();
    for (group, measured) in groups.iter().zip(results) {
        let vouch = reference(group, measured).map(|i| &measured[i]);
        let _ = writeln!(out, "\n## {}\n", capitalize(&group.title));
        if group.is_clean_build() {
            out.push_str("| dependency | clean build (s) | × vouch |\n|---|--:|--:|\n");
        } else {
            out.push_str(
                "| implementation | source lines | `cargo check` (s) | × vouch \
                 | `cargo build` (s) | × vouch | expanded lines | × vouch |\n\
                 |---|--:|--:|--:|--:|--:|--:|--:|\n",
            );
        }
        for (case, m) in group.cases.iter().zip(measured) {
            if let Some(err) = &m.error {
                failures.push(format!("`{}`: {err}", case.krate));
            }
            let name = if case.imp == Imp::Vouch {
                format!("**{}**", case.imp.label())
            } else {
                case.imp.label().to_owned()
            };
            let of = |pick: fn(&Measured) -> Option<f64>| {
                let value = pick(m);
                (value, ratio(value, vouch.and_then(pick)))
            };
            if group.is_clean_build() {
                let (clean, x) = of(|m| median(&m.clean));
                let _ = writeln!(out, "| {name} | {} | {x} |", secs(clean));
            } else {
                let (check, xc) = of(|m| median(&m.check));
                let (build, xb) = of(|m| median(&m.build));
                let (expanded, xe) = of(|m| lines(m.expanded_lines));
                let expanded = expanded.map_or_else(|| "—".to_owned(), |v| format!("{v:.0}"));
                let _ = writeln!(
                    out,
                    "| {name} | {} | {} | {xc} | {} | {xb} | {expanded} | {xe} |",
                    m.source_lines,
                    secs(check),
                    secs(build)
                );
            }
        }
    }
    targets(&mut out, groups, results);
    if !failures.is_empty() {
        out.push_str("\n## Crates that did not build (left out)\n\n");
        for failure in failures {
            let _ = writeln!(out, "- {failure}");
        }
    }
    out
}

/// The targets vouch set itself, checked against the numbers when both
/// sides were measured.
fn targets(out: &mut String, groups: &[Group], results: &[Vec<Measured>]) {
    let find = |key: &str, imp: Imp, pick: fn(&Measured) -> Option<f64>| {
        groups
            .iter()
            .zip(results)
            .find(|(group, _)| group.key == key)
            .and_then(|(group, measured)| {
                let i = group.cases.iter().position(|case| case.imp == imp)?;
                measured[i]
                    .error
                    .is_none()
                    .then(|| pick(&measured[i]))
                    .flatten()
            })
    };
    let clean = |m: &Measured| median(&m.clean);
    let build = |m: &Measured| median(&m.build);
    let check = |m: &Measured| median(&m.check);
    let rows = [
        (
            "clean build of vouch ≤ bon's",
            find("dep", Imp::Vouch, clean),
            find("dep", Imp::Bon, clean),
            1.0,
        ),
        (
            "clean build of vouch ≤ 0.5 × the four anchors together",
            find("dep", Imp::Vouch, clean),
            find("dep", Imp::Anchors, clean),
            0.5,
        ),
        (
            "`cargo check` of the all-in-one crate ≤ 0.8 × the anchors'",
            find("all", Imp::Vouch, check),
            find("all", Imp::Anchors, check),
            0.8,
        ),
        (
            "`cargo build` of the all-in-one crate ≤ 0.8 × the anchors'",
            find("all", Imp::Vouch, build),
            find("all", Imp::Anchors, build),
            0.8,
        ),
    ];
    out.push_str("\n## Targets\n\n| target | vouch (s) | limit (s) | met |\n|---|--:|--:|---|\n");
    for (what, vouch, anchor, factor) in rows {
        let limit = anchor.map(|anchor| anchor * factor);
        let met = match (vouch, limit) {
            (Some(vouch), Some(limit)) if vouch <= limit => "yes".to_owned(),
            (Some(vouch), Some(limit)) => {
                format!("no, {:.0} % over", (vouch / limit - 1.0) * 100.0)
            }
            _ => "not measured".to_owned(),
        };
        let _ = writeln!(
            out,
            "| {what} | {} | {} | {met} |",
            secs(vouch),
            secs(limit)
        );
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(utc_date(0), "1970-01-01 00:00 UTC");
        // 2000-02-29 12:34:56, a leap day of a year divisible by 400.
        assert_eq!(utc_date(951_827_696), "2000-02-29 12:34 UTC");
        assert_eq!(utc_date(1_767_225_599), "2025-12-31 23:59 UTC");
    }

    #[test]
    fn ratios() {
        assert_eq!(ratio(Some(3.0), Some(2.0)), "1.50×");
        assert_eq!(ratio(Some(3.0), None), "—");
        assert_eq!(ratio(None, Some(2.0)), "—");
        assert_eq!(ratio(Some(1.0), Some(0.0)), "—");
    }

    #[test]
    fn capitalizes_the_first_letter() {
        assert_eq!(capitalize("clean build"), "Clean build");
        assert_eq!(capitalize(""), "");
    }
}
