//! Compile-time benchmark of vouch against the crates it replaces.
//!
//! ```text
//! cargo run -p vouch-bench --release --bin compile-bench -- [--n 100] [--runs 3] [--quick]
//! ```
//!
//! Generates, under `target/compile-bench/ws/`, one downstream crate per
//! implementation from the same template (records cast to bytes, pin
//! projections, builders, sealed traits), then times in one run, with the
//! implementations alternated, the median of `--runs`:
//! - the clean build of each dependency alone (an empty crate depending on
//!   it, in a fresh target directory);
//! - `cargo check` and `cargo build` of each downstream crate after a touch
//!   of its source, its dependencies already built;
//! - the size of its expanded code (non-blank lines of `cargo expand`).
//!
//! Prints a Markdown table with ratios to vouch and writes it with an SVG
//! chart to `docs/bench/` (to `target/compile-bench/report/` with
//! `--quick`, whose numbers are a smoke test, not a result).

mod chart;
mod generate;
mod plan;
mod report;
mod run;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan::{Imp, Sizes};
use run::{Measured, Runner};

const USAGE: &str = "\
usage: cargo run -p vouch-bench --release --bin compile-bench -- [options]

options:
  --n N            items per template in the per-capability crates (default 100)
  --runs R         timed runs, the median is reported (default 3)
  --quick          smoke test: --n 10, 1 run, small stress crates, report under
                   target/compile-bench/report/ instead of docs/bench/
  --only KEYS      comma-separated groups: dep, pod, pin, builder, sealed, all,
                   pin-stress, builder-stress (default: all of them)
  --impls NAMES    comma-separated implementations: vouch, bytemuck, zerocopy,
                   pin-project, bon, typed-builder, sealed, anchors (default: all)
  --out DIR        where to write compile.md and compile.svg
  --incremental    time with CARGO_INCREMENTAL=1 (default 0: the whole crate
                   is recompiled, so generated code is paid for in full)
  --timings        clean builds with `cargo build --timings`; the reports are
                   kept in target/compile-bench/timings/<crate>.html
  -h, --help       this text
";

/// The command line, parsed.
struct Options {
    sizes: Sizes,
    runs: usize,
    quick: bool,
    only: Vec<String>,
    imps: Vec<Imp>,
    out: Option<PathBuf>,
    incremental: bool,
    timings: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut n = None;
    let mut runs = None;
    let mut options = Options {
        sizes: Sizes {
            n: 100,
            pin_stress: 300,
            builder_stress: 100,
        },
        runs: 3,
        quick: false,
        only: Vec::new(),
        imps: Vec::new(),
        out: None,
        incremental: false,
        timings: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("`{name}` needs a value"))
        };
        let number = |name: &str, text: String| {
            text.parse::<usize>()
                .ok()
                .filter(|&v| v > 0)
                .ok_or_else(|| format!("`{name}` needs a positive number, not `{text}`"))
        };
        match arg.as_str() {
            "--n" => n = Some(number("--n", value("--n")?)?),
            "--runs" => runs = Some(number("--runs", value("--runs")?)?),
            "--quick" => options.quick = true,
            "--incremental" => options.incremental = true,
            "--timings" => options.timings = true,
            "--out" => options.out = Some(PathBuf::from(value("--out")?)),
            "--only" => options.only = list(&value("--only")?),
            "--impls" => {
                for name in list(&value("--impls")?) {
                    let imp = Imp::parse(&name)
                        .ok_or_else(|| format!("unknown implementation `{name}`"))?;
                    options.imps.push(imp);
                }
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if options.quick {
        options.sizes = Sizes {
            n: 10,
            pin_stress: 30,
            builder_stress: 10,
        };
        options.runs = 1;
    }
    if let Some(n) = n {
        options.sizes.n = n;
    }
    if let Some(runs) = runs {
        options.runs = runs;
    }
    Ok(options)
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match parse(&args) {
        Ok(options) => options,
        Err(err) => {
            eprintln!("error: {err}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match bench(&options, &args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn bench(options: &Options, args: &[String]) -> Result<(), String> {
    // The repository root, where `vouch` and `target/` live.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("the bench crate has no parent directory")?;
    let scratch = root.join("target").join("compile-bench");
    let workspace = scratch.join("ws");
    let groups = plan::select(plan::groups(options.sizes), &options.only, &options.imps);
    if groups.is_empty() {
        return Err("`--only` and `--impls` left nothing to measure".to_owned());
    }
    generate::workspace(&workspace, &root.join("runtime"), &groups)
        .map_err(|err| format!("cannot write {}: {err}", workspace.display()))?;

    let mut runner = Runner::new(workspace.clone(), &scratch, options.incremental);
    if options.timings {
        runner.timings = Some(scratch.join("timings"));
    }
    let mut results: Vec<Vec<Measured>> = groups
        .iter()
        .map(|group| {
            group
                .cases
                .iter()
                .map(|case| Measured {
                    source_lines: generate::source(case)
                        .lines()
                        .filter(|line| !line.trim().is_empty())
                        .count(),
                    ..Measured::default()
                })
                .collect()
        })
        .collect();
    let load_before = report::load_average();
    runner.say("fetching dependencies");
    runner.fetch()?;
    run::clean_builds(&runner, &groups, options.runs, &mut results);
    run::rebuilds(&runner, &groups, options.runs, &mut results);

    let machine = report::Machine::detect(&workspace);
    let mut command = String::from("cargo run -p vouch-bench --release --bin compile-bench --");
    for arg in args {
        command.push(' ');
        command.push_str(arg);
    }
    let context = report::Context {
        machine: &machine,
        command: &command,
        runs: options.runs,
        incremental: options.incremental,
        load: [load_before, report::load_average()],
    };
    let markdown = report::markdown(&context, &groups, &results);
    let svg = chart::svg(&machine, options.runs, &groups, &results);
    println!("{markdown}");

    let out = options.out.clone().unwrap_or_else(|| {
        if options.quick {
            scratch.join("report")
        } else {
            root.join("docs").join("bench")
        }
    });
    fs::create_dir_all(&out).map_err(|err| format!("cannot create {}: {err}", out.display()))?;
    for (name, content) in [("compile.md", &markdown), ("compile.svg", &svg)] {
        let path = out.join(name);
        fs::write(&path, content)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        runner.say(&format!("wrote {}", path.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn quick_shrinks_everything_but_explicit_values_win() {
        let options = parse(&args("--quick --n 20")).unwrap();
        assert_eq!(
            (options.sizes.n, options.sizes.pin_stress, options.runs),
            (20, 30, 1)
        );
        let options = parse(&args("--runs 5")).unwrap();
        assert_eq!(
            (options.sizes.n, options.sizes.pin_stress, options.runs),
            (100, 300, 5)
        );
    }

    #[test]
    fn bad_arguments_are_reported() {
        assert!(parse(&args("--n 0")).is_err());
        assert!(parse(&args("--n")).is_err());
        assert!(parse(&args("--impls serde")).is_err());
        assert!(parse(&args("--fast")).is_err());
        let options = parse(&args("--impls bon,vouch --only dep")).unwrap();
        assert_eq!(options.imps, [Imp::Bon, Imp::Vouch]);
        assert_eq!(options.only, ["dep"]);
    }
}
