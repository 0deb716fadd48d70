//! What a site's first-view file spends per article, field by field, deflated
//! like the wire's gzip: `cargo run --release -p dossier-core --features
//! synth,parallel --example first_view_sizes -- PATH`, PATH a site's
//! `data/corpus-*.bin`, a corpus folder (ingested and cut as `cargo xtask
//! build` does) or `synth:N` (N synthetic articles, no files: for 100k). For deciding what the first view may carry (#15: it must not
//! grow with the corpus's text).

use dossier_core::bundle::Bundle;
use serde::Serialize;

/// Raw and deflated bytes of `value` in postcard.
fn sizes<T: Serialize>(value: &T) -> (usize, usize) {
    let raw = postcard::to_allocvec(value).expect("serialises");
    let deflated = miniz_oxide::deflate::compress_to_vec(&raw, 9).len();
    (raw.len(), deflated)
}

fn row<T: Serialize>(name: &str, value: &T, n: usize) {
    let (raw, z) = sizes(value);
    let per = z as f64 / n.max(1) as f64;
    println!("{name:28} {raw:>10} {z:>10} {per:>8.2}");
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: first_view_sizes PATH (a site's data/corpus-*.bin, or a corpus folder)");
        std::process::exit(2);
    };
    let synthetic = path.strip_prefix("synth:").and_then(|n| n.parse().ok());
    let bytes = if let Some(n) = synthetic {
        first_view(
            dossier_core::synth::bench_corpus(n, 1),
            Vec::new(),
            None,
            None,
            None,
        )
    } else if std::path::Path::new(&path).is_dir() {
        first_view_of(&path)
    } else {
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let bundle = Bundle::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let n = bundle.index.docs.len();
    let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 9).len();
    println!(
        "{n} articles; file {} B, deflated {deflated} B ({:.2} B per article)",
        bytes.len(),
        deflated as f64 / n.max(1) as f64
    );
    println!(
        "{:28} {:>10} {:>10} {:>8}",
        "part (as read back)", "raw B", "deflated", "B/art"
    );
    // A site's first view holds no articles (format 12): outlets are a column.
    row(
        "outlets (names + column)",
        &(&bundle.index.sources, &bundle.index.source_of),
        n,
    );
    row("stories", &bundle.corpus.stories, n);
    let index = &bundle.index;
    // As written (in columns): what the file loses without them.
    let mut without = bundle.clone();
    without.index.docs.clear();
    let without = without.to_first_view_bytes();
    let less = miniz_oxide::deflate::compress_to_vec(&without, 9).len();
    let raw = bytes.len() - without.len();
    println!(
        "{:28} {raw:>10} {:>10} {:>8.2}",
        "index.docs (as written)",
        deflated - less,
        (deflated - less) as f64 / n.max(1) as f64
    );
    println!("  each field alone:");
    // As records: the file writes each date as one number (`doc_columns`), a little less.
    row(
        "  date",
        &index.docs.iter().map(|d| d.date).collect::<Vec<_>>(),
        n,
    );
    row(
        "  title_len + body_len",
        &index
            .docs
            .iter()
            .map(|d| (d.title_len, d.body_len))
            .collect::<Vec<_>>(),
        n,
    );
    row("topic lists", &index.doc_topics, n);
    row("entity postings", &index.entity_postings, n);
    row(
        "term and word starts",
        &(&index.term_starts, &index.word_starts),
        n,
    );
    row("typo index", &index.typos, n);
    row("body chunk map", &index.bodies, n);
    row("card chunks (first inline)", &index.cards, n);
    row("lead chunks (first inline)", &index.leads, n);
    row("part URLs", &bundle.parts, n);
}

/// The first-view file `cargo xtask build` would write for corpus folder `dir`.
fn first_view_of(dir: &str) -> Vec<u8> {
    let report = dossier_core::ingest::load_corpus_dir(std::path::Path::new(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"));
    let problems = report.problems.iter().map(ToString::to_string).collect();
    first_view(
        report.corpus,
        problems,
        report.taxonomy,
        report.gazetteer,
        report.outlets,
    )
}

/// The first-view file of `corpus` with the sources it was ingested with.
fn first_view(
    corpus: dossier_core::model::Corpus,
    problems: Vec<String>,
    taxonomy: Option<String>,
    gazetteer: Option<String>,
    outlets: Option<String>,
) -> Vec<u8> {
    use dossier_core::par::Threads;
    let bundle = Bundle::new_on(corpus, problems, Threads::available())
        .with_sources(taxonomy, gazetteer)
        .with_outlets(outlets);
    let files = dossier_core::site_files::data_files(bundle, Threads::available(), Default::default());
    files
        .into_iter()
        .last()
        .expect("the first-view file comes last")
        .1
}
