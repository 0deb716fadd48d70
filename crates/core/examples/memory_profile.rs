//! Heap a site's reader holds, stage by stage (first view, engine, a run,
//! every card, term and body part): `cargo run --release -p dossier-core
//! --features synth --example memory_profile -- DIST`, DIST a built site (as
//! `cargo xtask bench` leaves in `target/bench/100k/dist`), or `--synthetic N`
//! (a site of N synthetic articles, written to a temporary folder first).
//! Wasm memory never shrinks, so the peak is what a page keeps; this counts
//! the heap natively, where the same structures live (pointers and lengths
//! take 8 bytes here, 4 in wasm32).

use dossier_core::bundle::Bundle;
use dossier_core::search::{Engine, Need};
use dossier_core::view::ViewState;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes live and the most ever live.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Prints the heap live and the peak since `base` (bytes live before the
/// page), and the time the stage spent decoding and building (no file reads).
fn stage(name: &str, base: usize, took: Duration) {
    let mb = |b: usize| b.saturating_sub(base) as f64 / 1e6;
    println!(
        "{name:40} live {:8.1} MB   peak {:8.1} MB   {:8.1} ms",
        mb(LIVE.load(Relaxed)),
        mb(PEAK.load(Relaxed)),
        took.as_secs_f64() * 1e3
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = match &args[..] {
        [flag, n] if flag == "--synthetic" => synthetic_site(n.parse().expect("N is a number of articles")),
        [dist] => PathBuf::from(dist),
        _ => {
            eprintln!("usage: memory_profile DIST (a built site) | --synthetic N");
            std::process::exit(2);
        }
    };
    let data = std::fs::read_dir(dist.join("data")).expect("DIST/data is a folder");
    let first = data
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("corpus-"))
        })
        .expect("a first-view file in DIST/data");
    let bytes = std::fs::read(&first).expect("readable first view");
    // What the page holds is counted from here, without the file itself.
    let base = LIVE.load(Relaxed) - bytes.len();
    PEAK.store(base, Relaxed);
    let clock = Instant::now();
    let bundle = Bundle::from_bytes(&bytes).expect("first view reads");
    let read = clock.elapsed();
    drop(bytes);
    let n = bundle.index.docs.len();
    println!(
        "{n} articles; a DocMeta is {} B inline ({:.1} MB), on a 64-bit machine (about two thirds in wasm32)",
        std::mem::size_of::<dossier_core::search::DocMeta>(),
        (n * std::mem::size_of::<dossier_core::search::DocMeta>()) as f64 / 1e6,
    );
    stage("first view read", base, read);
    let clock = Instant::now();
    let engine = Engine::new(&bundle.corpus, &bundle.index);
    stage("engine", base, clock.elapsed());
    let clock = Instant::now();
    let _ = std::hint::black_box(engine.run_page(&ViewState::default(), 0, 20));
    stage("first run (no cards yet)", base, clock.elapsed());
    let load = |kind: fn(&Need) -> bool| {
        let mut took = Duration::ZERO;
        for need in bundle.missing_parts().into_iter().filter(kind) {
            let parts = bundle.parts.as_ref().expect("a split site");
            let href = parts.href(need).expect("every part has a file");
            let bytes = std::fs::read(dist.join(&href)).unwrap_or_else(|e| panic!("{href}: {e}"));
            let clock = Instant::now();
            bundle.fill(need, &bytes).expect("part reads");
            took += clock.elapsed();
        }
        took
    };
    let took = load(|n| matches!(n, Need::Cards(_)));
    stage("+ every card chunk", base, took);
    let took = load(|n| matches!(n, Need::Ids(_)));
    stage("+ every id block", base, took);
    let took = load(|n| matches!(n, Need::Words(_)));
    stage("+ every word block", base, took);
    let took = load(|n| matches!(n, Need::Terms(_)));
    stage("+ every term block", base, took);
    let took = load(|n| matches!(n, Need::Bodies(_)));
    stage("+ every body chunk", base, took);
    let clock = Instant::now();
    for state in dossier_core::synth::bench_states() {
        let _ = std::hint::black_box(engine.run_page(&state, 0, 20));
    }
    stage("after the bench's views", base, clock.elapsed());
}

/// Writes a site's data files for `n` synthetic articles to a temporary
/// folder (as `cargo xtask build` would) and returns it.
fn synthetic_site(n: usize) -> PathBuf {
    let dist = std::env::temp_dir().join(format!("dossier-memory-profile-{n}"));
    let bundle = Bundle::new(dossier_core::synth::bench_corpus(n, 1), Vec::new());
    let files = dossier_core::site_files::data_files(
        bundle,
        dossier_core::par::Threads::available(),
        dossier_core::split::ChunkSizes::default(),
    );
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(dist.join("data")).expect("a temporary folder");
    for (href, bytes) in files {
        std::fs::write(dist.join(href), bytes).expect("a writable temporary folder");
    }
    dist
}
