//! `cargo xtask fuzz`: a small mutational fuzzer (no nightly, no cargo-fuzz)
//! for the parsers that take a reader's files (zip reader, front matter,
//! cleaner, date parser, and one file through the whole ingest), then the
//! URL-and-search smoke run. Fixed seed, so a run is repeatable; a time budget
//! in total (`--seconds`) and per input (`--budget-ms`): an input that panics,
//! breaks a target's check or takes longer than the budget is saved to
//! `target/fuzz/` and fails the run. Runs optimised (see `optimised.rs`), so
//! the budget measures the parsers and not a debug build.

mod mutate;
mod query;
mod targets;
mod watchdog;

use crate::Result;
use dossier_core::hash::fnv1a;
use dossier_core::synth::Rng;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use targets::{Target, TARGETS};
use watchdog::Watchdog;

/// A target stops after this many failures: more are mostly the same bug.
const MAX_FAILURES: usize = 3;
/// Inputs kept for mutating and splicing, per target.
const POOL: usize = 256;

/// What `cargo xtask fuzz` was asked.
pub struct Options {
    /// Total time, shared by the targets and the search smoke run.
    pub seconds: f64,
    pub seed: u64,
    /// Longest one input may take.
    pub budget: Duration,
    /// Targets to run (all when empty; `query` is the search smoke run).
    pub only: Vec<String>,
    /// Runs this one file through the targets instead of fuzzing.
    pub replay: Option<PathBuf>,
}

/// Runs the fuzzer as `opts` says; an error lists the inputs saved.
pub fn run(root: &Path, opts: &Options) -> Result<()> {
    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).chain(["query"]).collect();
    if let Some(bad) = opts.only.iter().find(|n| !names.contains(&n.as_str())) {
        return Err(format!(
            "--targets: no target `{bad}` (targets: {})",
            names.join(", ")
        ));
    }
    let wanted = |name: &str| opts.only.is_empty() || opts.only.iter().any(|n| n == name);
    let targets: Vec<&Target> = TARGETS.iter().filter(|t| wanted(t.name)).collect();
    let out = root.join("target/fuzz");
    let watchdog = Watchdog::start(out.clone(), opts.budget);
    std::panic::set_hook(Box::new(|_| {})); // panics are reported with their input
    let mut saved = Vec::new();
    if let Some(file) = &opts.replay {
        let input = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        for t in &targets {
            saved.extend(run_one(t, &input, &watchdog, opts.budget, &out).0);
        }
    } else {
        let runs = targets.len() + usize::from(wanted("query"));
        let share = Duration::from_secs_f64(opts.seconds / runs.max(1) as f64);
        for t in &targets {
            saved.extend(fuzz_target(root, t, opts, share, &watchdog, &out)?);
        }
        if wanted("query") {
            saved.extend(query_smoke(opts.seed, share));
        }
    }
    let _ = std::panic::take_hook();
    if saved.is_empty() {
        return Ok(());
    }
    Err(format!(
        "fuzz found {} failing input(s):\n  {}",
        saved.len(),
        saved.join("\n  ")
    ))
}

/// Runs `t` on its seeds, then on mutants until `share` has passed.
fn fuzz_target(
    root: &Path,
    t: &Target,
    opts: &Options,
    share: Duration,
    watchdog: &Watchdog,
    out: &Path,
) -> Result<Vec<String>> {
    let seeds = (t.seeds)(root);
    if seeds.is_empty() {
        return Err(format!(
            "fuzz {}: no seed inputs (are the corpus fixtures there?)",
            t.name
        ));
    }
    let start = Instant::now();
    let mut rng = Rng::new(opts.seed ^ fnv1a(t.name.as_bytes()));
    let mut pool = seeds.clone();
    let mut failures = Vec::new();
    let mut runs = 0usize;
    let mut slowest = Duration::ZERO;
    while failures.len() < MAX_FAILURES && (runs < seeds.len() || start.elapsed() < share) {
        let input = match seeds.get(runs) {
            Some(seed) => seed.clone(),
            None => {
                let mut m = rng.pick(&pool).clone();
                mutate::mutate(&mut rng, &mut m, &pool, t.tokens);
                m
            }
        };
        runs += 1;
        let (failure, took) = run_one(t, &input, watchdog, opts.budget, out);
        failures.extend(failure);
        slowest = slowest.max(took);
        if pool.len() < POOL {
            pool.push(input);
        } else if rng.chance(10) {
            let i = rng.below(POOL);
            pool[i] = input;
        }
    }
    println!(
        "xtask: fuzz {:<12} {runs:>7} inputs in {:.1?} (slowest {slowest:.0?} of CPU), {} failing",
        t.name,
        start.elapsed(),
        failures.len()
    );
    Ok(failures)
}

/// Runs one input under the watchdog and returns the time it took; on a panic,
/// a failed check or a run over `budget`, saves it and names the file.
fn run_one(
    t: &Target,
    input: &[u8],
    watchdog: &Watchdog,
    budget: Duration,
    out: &Path,
) -> (Option<String>, Duration) {
    watchdog.begin(t.name, input);
    let (start, cpu) = (Instant::now(), thread_cpu());
    let outcome = catch_unwind(AssertUnwindSafe(|| (t.run)(input)));
    let took = match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => start.elapsed(),
    };
    watchdog.end();
    let why = match outcome {
        Err(panic) => format!("panicked: {}", panic_message(&panic)),
        Ok(()) if took > budget => format!("took {took:.0?} of CPU, over the {budget:.0?} budget"),
        Ok(()) => return (None, took),
    };
    let kind = if why.starts_with("took") { "slow" } else { "crash" };
    let path = watchdog::save(out, t.name, kind, input);
    let line = format!("{}: {} ({} bytes): {why}", t.name, path.display(), input.len());
    (Some(line), took)
}

/// The URL-parsing and search smoke run ([`query::fuzz_smoke`]), in batches
/// until `share` has passed; a panic is a failure.
fn query_smoke(seed: u64, share: Duration) -> Option<String> {
    let start = Instant::now();
    let mut iterations = 0;
    let mut batch = 0;
    while start.elapsed() < share || batch == 0 {
        let run = catch_unwind(|| query::fuzz_smoke(500, seed + batch));
        match run {
            Ok(stats) => iterations += stats.iterations,
            Err(panic) => {
                return Some(format!(
                    "query: seed {} panicked: {} (rerun: cargo xtask fuzz --targets query --seed {})",
                    seed + batch,
                    panic_message(&panic),
                    seed + batch
                ))
            }
        }
        batch += 1;
    }
    println!(
        "xtask: fuzz {:<12} {iterations:>7} queries in {:.1?}",
        "query",
        start.elapsed()
    );
    None
}

/// CPU time this thread has used (Linux, 10 ms steps), so a budget measures the
/// parser and not how busy the machine is; `None` elsewhere (wall time is used).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After `pid (comm)`: state is field 3, utime and stime fields 14 and 15, in 1/100 s.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explode_on_bang(bytes: &[u8]) {
        assert!(!bytes.contains(&b'!'), "a bang");
    }

    #[test]
    fn a_failing_input_is_saved_and_named_and_a_good_one_is_not() {
        let out = std::env::temp_dir().join(format!("dossier-fuzz-{}", std::process::id()));
        let target = Target {
            name: "bang",
            tokens: &[b"!"],
            seeds: |_| Vec::new(),
            run: explode_on_bang,
        };
        let watchdog = Watchdog::start(out.clone(), Duration::from_secs(5));
        let budget = Duration::from_secs(5);
        assert_eq!(run_one(&target, b"calm", &watchdog, budget, &out).0, None);
        let failure = run_one(&target, b"bang!", &watchdog, budget, &out)
            .0
            .expect("a failure");
        assert!(failure.contains("panicked: a bang"), "{failure}");
        let saved: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(saved.len(), 1);
        assert_eq!(std::fs::read(&saved[0]).unwrap(), b"bang!");
        assert!(failure.contains(&saved[0].display().to_string()), "{failure}");
        std::fs::remove_dir_all(&out).unwrap();
    }
}
