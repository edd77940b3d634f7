//! Runs cargo on the generated crates and times it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Instant, SystemTime};

use crate::plan::Group;

/// What was measured for one generated crate. Times are wall-clock seconds,
/// one entry per run.
#[derive(Clone, Debug, Default)]
pub(crate) struct Measured {
    /// Clean builds (only for the empty crates of the dependency group).
    pub(crate) clean: Vec<f64>,
    /// `cargo check` after a touch of `src/lib.rs`.
    pub(crate) check: Vec<f64>,
    /// `cargo build` after a touch of `src/lib.rs`.
    pub(crate) build: Vec<f64>,
    /// Non-blank lines of `cargo expand` output.
    pub(crate) expanded_lines: Option<usize>,
    /// Non-blank lines of the generated source.
    pub(crate) source_lines: usize,
    /// First error cargo reported, when the crate did not build: the crate
    /// is then left out of the timings.
    pub(crate) error: Option<String>,
}

/// Drives cargo over the generated workspace.
pub(crate) struct Runner {
    /// The generated workspace.
    pub(crate) workspace: PathBuf,
    /// Target directory of the downstream crates, whose dependencies are
    /// built once before the timings.
    pub(crate) warm_target: PathBuf,
    /// Target directory of one clean build, removed before each.
    pub(crate) clean_target: PathBuf,
    /// `CARGO_INCREMENTAL` for every cargo call.
    pub(crate) incremental: bool,
    /// Where to keep the `cargo build --timings` report of each clean build
    /// (the last run's), when asked for.
    pub(crate) timings: Option<PathBuf>,
    started: Instant,
}

impl Runner {
    pub(crate) fn new(workspace: PathBuf, scratch: &Path, incremental: bool) -> Runner {
        Runner {
            workspace,
            warm_target: scratch.join("target-warm"),
            clean_target: scratch.join("target-clean"),
            incremental,
            timings: None,
            started: Instant::now(),
        }
    }

    /// Progress on stderr, with the time since the start.
    pub(crate) fn say(&self, message: &str) {
        eprintln!("[{:>5.0}s] {message}", self.started.elapsed().as_secs_f64());
    }

    fn cargo(&self, target: &Path, args: &[&str]) -> Command {
        let mut command = Command::new("cargo");
        command
            .args(args)
            .current_dir(&self.workspace)
            .env("CARGO_TARGET_DIR", target)
            .env(
                "CARGO_INCREMENTAL",
                if self.incremental { "1" } else { "0" },
            )
            .env("CARGO_TERM_COLOR", "never")
            .stdin(Stdio::null());
        command
    }

    /// Resolves and downloads every dependency, so no timing includes the
    /// network.
    pub(crate) fn fetch(&self) -> Result<(), String> {
        let output = self
            .cargo(&self.warm_target, &["fetch"])
            .output()
            .map_err(|err| format!("cannot run cargo: {err}"))?;
        check(&output)
    }

    /// One clean build of `krate` in a fresh target directory.
    pub(crate) fn clean_build(&self, krate: &str) -> Result<f64, String> {
        remove_dir(&self.clean_target).map_err(|err| err.to_string())?;
        let mut args = vec!["build", "--quiet", "-p", krate];
        if self.timings.is_some() {
            args.push("--timings");
        }
        let timed = self.timed(&self.clean_target, &args);
        if let Some(dir) = &self.timings {
            let report = self
                .clean_target
                .join("cargo-timings")
                .join("cargo-timing.html");
            let kept = fs::create_dir_all(dir)
                .and_then(|()| fs::copy(&report, dir.join(format!("{krate}.html"))));
            if let Err(err) = kept {
                self.say(&format!("cannot keep the timings of {krate}: {err}"));
            }
        }
        // Free the disk space now: the next clean build starts empty anyway.
        let _ = remove_dir(&self.clean_target);
        timed
    }

    /// Builds the dependencies of `krate` (and `krate`) for both `cargo
    /// check` and `cargo build`, untimed.
    pub(crate) fn warm(&self, krate: &str) -> Result<(), String> {
        for step in ["build", "check"] {
            self.timed(&self.warm_target, &[step, "--quiet", "-p", krate])?;
        }
        Ok(())
    }

    /// `cargo <step>` of `krate` after touching its source; `step` is
    /// `check` or `build`.
    pub(crate) fn rebuild(&self, krate: &str, step: &str) -> Result<f64, String> {
        touch(&self.workspace.join(krate).join("src").join("lib.rs"))
            .map_err(|err| format!("cannot touch the source of {krate}: {err}"))?;
        self.timed(&self.warm_target, &[step, "--quiet", "-p", krate])
    }

    pub(crate) fn has_cargo_expand(&self) -> bool {
        self.cargo(&self.warm_target, &["expand", "--version"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    }

    /// Non-blank lines of `cargo expand` output for `krate`.
    pub(crate) fn expanded_lines(&self, krate: &str) -> Result<usize, String> {
        let output = self
            .cargo(
                &self.warm_target,
                &["expand", "--lib", "--color", "never", "-p", krate],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .map_err(|err| format!("cannot run cargo expand: {err}"))?;
        check(&output)?;
        Ok(count_lines(&String::from_utf8_lossy(&output.stdout)))
    }

    fn timed(&self, target: &Path, args: &[&str]) -> Result<f64, String> {
        let mut command = self.cargo(target, args);
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
        let start = Instant::now();
        let output = command
            .output()
            .map_err(|err| format!("cannot run cargo: {err}"))?;
        let elapsed = start.elapsed().as_secs_f64();
        check(&output)?;
        Ok(elapsed)
    }
}

/// Runs every measurement of the clean-build groups: `runs` rounds, each
/// going once through every implementation (ABAB, not AABB), so a change of
/// machine load spreads over all of them.
pub(crate) fn clean_builds(
    runner: &Runner,
    groups: &[Group],
    runs: usize,
    out: &mut [Vec<Measured>],
) {
    for round in 1..=runs {
        for (group, measured) in groups.iter().zip(out.iter_mut()) {
            if !group.is_clean_build() {
                continue;
            }
            for (case, slot) in group.cases.iter().zip(measured.iter_mut()) {
                if slot.error.is_some() {
                    continue;
                }
                match runner.clean_build(&case.krate) {
                    Ok(secs) => {
                        runner.say(&format!(
                            "clean build {round}/{runs} {}: {secs:.2} s",
                            case.krate
                        ));
                        slot.clean.push(secs);
                    }
                    Err(err) => fail(runner, &case.krate, slot, err),
                }
            }
        }
    }
}

/// Builds the dependencies of every downstream crate, then times `cargo
/// check` and `cargo build` after a touch, alternating implementations
/// within each round, then counts expanded lines.
pub(crate) fn rebuilds(runner: &Runner, groups: &[Group], runs: usize, out: &mut [Vec<Measured>]) {
    let downstream = || {
        groups
            .iter()
            .zip(0..)
            .filter(|(group, _)| !group.is_clean_build())
    };
    for (group, g) in downstream() {
        for (case, slot) in group.cases.iter().zip(out[g].iter_mut()) {
            runner.say(&format!("building the dependencies of {}", case.krate));
            if let Err(err) = runner.warm(&case.krate) {
                fail(runner, &case.krate, slot, err);
            }
        }
    }
    for round in 1..=runs {
        for (group, g) in downstream() {
            for step in ["check", "build"] {
                for (case, slot) in group.cases.iter().zip(out[g].iter_mut()) {
                    if slot.error.is_some() {
                        continue;
                    }
                    match runner.rebuild(&case.krate, step) {
                        Ok(secs) => {
                            runner.say(&format!(
                                "{step} {round}/{runs} {}: {secs:.2} s",
                                case.krate
                            ));
                            if step == "check" {
                                slot.check.push(secs);
                            } else {
                                slot.build.push(secs);
                            }
                        }
                        Err(err) => fail(runner, &case.krate, slot, err),
                    }
                }
            }
        }
    }
    if !runner.has_cargo_expand() {
        runner
            .say("`cargo expand` is not installed: no expanded sizes (cargo install cargo-expand)");
        return;
    }
    for (group, g) in downstream() {
        for (case, slot) in group.cases.iter().zip(out[g].iter_mut()) {
            if slot.error.is_some() {
                continue;
            }
            match runner.expanded_lines(&case.krate) {
                Ok(lines) => slot.expanded_lines = Some(lines),
                Err(err) => runner.say(&format!("cargo expand failed for {}: {err}", case.krate)),
            }
        }
    }
}

fn fail(runner: &Runner, krate: &str, slot: &mut Measured, err: String) {
    runner.say(&format!("{krate} failed, left out of the timings: {err}"));
    slot.error = Some(err);
}

/// Turns a failed cargo call into its first error message.
fn check(output: &Output) -> Result<(), String> {
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(first_error(&stderr).unwrap_or_else(|| format!("cargo exited with {}", output.status)))
}

/// The first `error` line of cargo's output, with the location line that
/// follows it when there is one.
fn first_error(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines();
    let error = lines
        .find(|line| line.starts_with("error"))?
        .trim()
        .to_owned();
    let location = lines
        .next()
        .map(str::trim)
        .filter(|line| line.starts_with("-->"));
    let mut message = match location {
        Some(location) => format!("{error} ({location})"),
        None => error,
    };
    if message.len() > 200 {
        let cut = (0..=200)
            .rev()
            .find(|&i| message.is_char_boundary(i))
            .unwrap_or(0);
        message.truncate(cut);
        message.push_str("...");
    }
    Some(message)
}

fn count_lines(text: &str) -> usize {
    text.lines().filter(|line| !line.trim().is_empty()).count()
}

/// Sets the mtime of `path` to now: what `touch` does, and what makes cargo
/// recompile the crate.
fn touch(path: &Path) -> io::Result<()> {
    fs::OpenOptions::new()
        .append(true)
        .open(path)?
        .set_modified(SystemTime::now())
}

fn remove_dir(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

/// Median of the runs; `None` when there were none.
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        len if len % 2 == 1 => Some(sorted[mid]),
        _ => Some(f64::midpoint(sorted[mid - 1], sorted[mid])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn first_error_takes_the_location() {
        let stderr = "warning: unused\nerror: not implemented\n  --> src/lib.rs:3:1\n   |\n";
        assert_eq!(
            first_error(stderr).as_deref(),
            Some("error: not implemented (--> src/lib.rs:3:1)")
        );
        assert_eq!(first_error("warning: x\n"), None);
    }

    #[test]
    fn blank_lines_do_not_count() {
        assert_eq!(count_lines("a\n\n  \nb\n"), 2);
    }
}
