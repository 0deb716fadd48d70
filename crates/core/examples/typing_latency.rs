//! Native engine time per keystroke while words are typed letter by letter
//! (search as you type: the last word matches as a prefix), and how often a
//! keystroke shows 0 results although the finished word has some:
//! `cargo run --release -p dossier-core --example typing_latency -- [articles]`.

use dossier_core::search::{Engine, Index};
use dossier_core::synth::{bench_corpus, quantile};
use dossier_core::view::ViewState;
use std::time::Instant;

/// Words a reader types, in the synthetic corpus's four languages and names.
const WORDS: &[&str] = &[
    "minister",
    "pipeline",
    "investment",
    "cooperation",
    "Tebboune",
    "Lavrov",
    "Wagner",
    "gazoduc",
    "coopération",
    "сотрудничество",
    "переговоры",
    "الجزائر",
    "التعاون",
    "Algeria",
];

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let corpus = bench_corpus(n, 7);
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let mut ms = Vec::new();
    let (mut keys, mut zero_flashes) = (0, 0);
    for word in WORDS {
        let finished = engine.run(&ViewState::parse(&format!("q={}%20", dossier_core::view::encode(word))).0);
        let chars: Vec<char> = word.chars().collect();
        for k in 1..=chars.len() {
            let typed: String = chars[..k].iter().collect();
            let state = ViewState::parse(&format!("q={}", dossier_core::view::encode(&typed))).0;
            let t = Instant::now();
            let r = engine.run(&state);
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
            keys += 1;
            if r.total == 0 && finished.total > 0 {
                zero_flashes += 1;
            }
        }
    }
    let q = |p| quantile(&ms, p).unwrap_or(0.0);
    println!(
        "{n} articles: {keys} keystrokes over {} words; engine ms per keystroke p50 {:.2}, p95 {:.2}, max {:.2}; \
         keystrokes showing 0 while the word has results: {zero_flashes}",
        WORDS.len(),
        q(0.5),
        q(0.95),
        ms.iter().cloned().fold(0.0, f64::max)
    );
}
