//! The search target of `cargo xtask fuzz`: random query strings (URL
//! fragments, the query language's operators and fields, words of every
//! script, broken escapes) through the view parser and the engine, checking
//! what every answer must satisfy.

use dossier_core::search::{Engine, Index};
use dossier_core::synth::vocab::{AR, EN, ENTITIES, FR, RU};
use dossier_core::synth::{bench_corpus, Rng};
use dossier_core::view::ViewState;

/// Outlets given to the fuzz corpus's articles, in several scripts.
const SOURCES: [&str; 5] = ["RFI", "The New Arab", "Algérie Presse Service", "الشروق", "ТАСС"];

/// What [`fuzz_smoke`] saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FuzzStats {
    pub iterations: u64,
    /// Notices produced by parsing.
    pub notices: u64,
    /// Runs that matched at least one article.
    pub nonempty: u64,
    /// Sum of `total` over all runs.
    pub total_hits: u64,
    /// Query problems reported (unknown fields, dangling operators, …).
    pub query_problems: u64,
}

const FRAGMENTS: &[&str] = &[
    "q=",
    "lang=",
    "topic=",
    "from=",
    "to=",
    "undated=",
    "sort=",
    "doc=",
    "&",
    "=",
    "%",
    "%2",
    "%20",
    "%22",
    "%FF",
    "%C3%A9",
    "+",
    ",",
    "-",
    "*",
    "\"",
    "2023",
    "2023-02",
    "2023-02-30",
    "1999-13",
    "en",
    "fr",
    "ru",
    "ar",
    "EN",
    "energy",
    "defense",
    "relevance",
    "newest",
    "oldest",
    "1",
    "0",
    "x=y",
    "\u{0}",
    "\u{202E}",
    "é",
    "ـ",
    "#",
    // The query language: operators, fields, grouping, dangling pieces.
    "OR",
    "%20OR%20",
    "AND%20",
    "NOT%20",
    "or",
    "title:",
    "title%3A%22",
    "source:",
    "source%3A%22the%20new",
    "source:rf",
    "source:%D8%A7%D9%84%D8%B4%D8%B1",
    "author:",
    "-source:",
    "(",
    ")",
    "%28",
    "%29",
    ":",
];

fn random_query_string(rng: &mut Rng, vocab: &[&str]) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(12) {
        match rng.below(10) {
            0..=4 => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
            5..=7 => {
                if rng.chance(20) {
                    s.push('-');
                }
                if rng.chance(10) {
                    s.push('"');
                }
                s.push_str(vocab[rng.below(vocab.len())]);
                if rng.chance(15) {
                    s.push('*');
                }
                s.push_str(if rng.chance(50) { "%20" } else { "+" });
            }
            8 => s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')),
            _ => s.push_str(&format!("%{:02X}", rng.below(256))),
        }
    }
    s
}

/// Throws `iterations` random query strings (URL fragments, operators, words of
/// every script, broken escapes) at [`ViewState::parse`] and [`Engine::run`] on a
/// 300-article synthetic corpus, checking invariants; panics on a violation.
pub fn fuzz_smoke(iterations: u64, seed: u64) -> FuzzStats {
    let mut corpus = bench_corpus(300, seed);
    // Outlets for `source:` to match (the benchmark corpus has none).
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.source = Some(SOURCES[i % SOURCES.len()].to_string());
    }
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let vocab: Vec<&str> = [EN, FR, RU, AR]
        .iter()
        .flat_map(|w| w.iter().copied())
        .chain(
            ENTITIES
                .iter()
                .flat_map(|(n, _, a)| std::iter::once(*n).chain(a.iter().copied())),
        )
        .collect();
    let mut rng = Rng::new(seed ^ 0xF0F0);
    let mut stats = FuzzStats::default();
    for _ in 0..iterations {
        let qs = random_query_string(&mut rng, &vocab);
        let (state, notices) = ViewState::parse(&qs);
        stats.notices += notices.len() as u64;
        let canon = state.to_query_string();
        let (again, n2) = ViewState::parse(&canon);
        assert!(
            n2.is_empty() && again == state,
            "canonical form does not round-trip: {qs:?} -> {canon:?}"
        );
        let r = engine.run_page(&state, 0, 5);
        assert!(r.hits.len() <= r.total.min(5));
        assert!(r.unfiltered_total >= r.total, "{qs:?}");
        assert!(r.query_problems.iter().all(|p| !p.message().is_empty()));
        stats.query_problems += r.query_problems.len() as u64;
        if let Some(h) = r.hits.first() {
            let marks = engine.article_marks(&state.q, h.doc).unwrap_or_default();
            let a = &corpus.articles[h.doc];
            let body = engine.body(h.doc).unwrap_or("");
            for (text, ranges) in [(a.title.as_str(), &marks.title), (body, &marks.body)] {
                assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0), "{qs:?}");
                for &(s, e) in ranges {
                    assert!(s < e && text.get(s..e).is_some(), "{qs:?}");
                }
            }
        }
        for h in &r.hits {
            let a = &corpus.articles[h.doc];
            assert!(state.lang.is_empty() || state.lang.contains(&a.lang), "{qs:?}");
            for &(s, e) in &h.snippet.highlights {
                assert!(s < e && e <= h.snippet.text.len(), "{qs:?}");
                assert!(h.snippet.text.is_char_boundary(s) && h.snippet.text.is_char_boundary(e));
            }
            for &(s, e) in &h.title_highlights {
                assert!(
                    s < e && e <= a.title.len() && a.title.is_char_boundary(s) && a.title.is_char_boundary(e)
                );
            }
        }
        let lang_sum: usize = r.facets.lang.iter().filter(|f| f.active).map(|f| f.count).sum();
        assert!(state.lang.is_empty() || lang_sum == r.total, "{qs:?}");
        if r.total > 0 {
            stats.nonempty += 1;
        }
        stats.total_hits += r.total as u64;
        stats.iterations += 1;
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_find_articles_notices_and_problems() {
        let stats = fuzz_smoke(3_000, 42);
        assert_eq!(stats.iterations, 3_000);
        assert!(stats.nonempty > 1500, "{stats:?}");
        assert!(stats.notices > 15, "{stats:?}");
        assert!(stats.query_problems > 0, "{stats:?}");
    }
}
