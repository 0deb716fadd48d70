//! The fuzzer's watchdog: a thread that sees which input is running and since
//! when. An input that never returns cannot be timed by the loop that runs it,
//! so past [`STALL`] the watchdog saves it to `target/fuzz/` and ends the run.

use dossier_core::hash::fnv1a;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// An input still running after this long (or 50 budgets, if longer) is a hang.
const STALL: Duration = Duration::from_secs(10);

/// The input running now: target, start, bytes.
type Running = Option<(&'static str, Instant, Vec<u8>)>;

/// Shared with the watchdog thread, which lives until the process ends.
pub struct Watchdog {
    running: Arc<Mutex<Running>>,
}

impl Watchdog {
    /// Starts the thread; a hang is saved under `out`.
    pub fn start(out: PathBuf, budget: Duration) -> Watchdog {
        let running: Arc<Mutex<Running>> = Arc::default();
        let watched = running.clone();
        let limit = STALL.max(budget * 50);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(100));
            let guard = watched.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((target, since, bytes)) = guard.as_ref() {
                if since.elapsed() > limit {
                    let path = save(&out, target, "hang", bytes);
                    eprintln!(
                        "xtask: error: fuzz {target}: an input ran for over {limit:.0?} (hung); saved to {} \
                         (replay: cargo xtask fuzz --targets {target} --replay {})",
                        path.display(),
                        path.display()
                    );
                    std::process::exit(1);
                }
            }
        });
        Watchdog { running }
    }

    /// Notes that `input` of `target` starts now.
    pub fn begin(&self, target: &'static str, input: &[u8]) {
        let mut guard = self.running.lock().unwrap_or_else(|e| e.into_inner());
        *guard = Some((target, Instant::now(), input.to_vec()));
    }

    /// Notes that the input returned.
    pub fn end(&self) {
        *self.running.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// Saves a failing input as `out/TARGET-KIND-HASH.bin` (named by its content,
/// so the same input is saved once) and returns the path.
pub fn save(out: &Path, target: &str, kind: &str, input: &[u8]) -> PathBuf {
    let path = out.join(format!("{target}-{kind}-{:016x}.bin", fnv1a(input)));
    let _ = std::fs::create_dir_all(out);
    if let Err(e) = std::fs::write(&path, input) {
        eprintln!("xtask: fuzz: cannot save {}: {e}", path.display());
    }
    path
}
