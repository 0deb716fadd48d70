//! The search engine: index, query language, filters, facets, snippets, related
//! articles.
//!
//! ```no_run
//! # use dossier_core::{model::Corpus, search::{Index, Engine}, view::ViewState};
//! # let corpus = Corpus::default();
//! let index = Index::build(&corpus);            // at build time
//! let bytes = index.to_bytes();                 // shipped with the site
//! let index = Index::from_bytes(&bytes).unwrap(); // in the app
//! let engine = Engine::new(&corpus, &index);
//! let (state, notices) = ViewState::parse("q=gas%20-wagner&lang=en,fr");
//! let results = engine.run(&state);             // total, hits (with snippets), facets
//! let related = engine.related("some-id", 5);
//! ```
//!
//! See [`parse_query`] for the query language (and the problems it reports),
//! [`Engine`] for the query semantics and [`Facets`] for the counts. Facet
//! counts are disjunctive (each option counted with the other facets' filters
//! but not its own), so a view filtered to nothing still says how many
//! matches each other language or topic has; [`SearchResults::unfiltered_total`]
//! adds how many match with no filter at all. Date
//! filter: an article matches when its possible date range (a month or a year for
//! imprecise dates) overlaps `[from, to]` (e.g. an article dated `2023-02` is
//! inside `from=2023-02-10`); undated articles are excluded when a bound is set
//! unless `undated=1`. `lang`, `topic` and `origin` (bundled with the site or
//! added by the reader) are each OR within and AND with the rest. Sort ties
//! break by article id.
//!
//! Performance (release, 10k synthetic articles, 2 shared and busy cores,
//! `cargo run --release -p dossier-core --example engine_latency -- DIR`): see
//! the native engine table of `bench/report.md`. `"exact phrase"` queries
//! intersect token positions stored in the postings, so they need the phrase's
//! term blocks only, never article texts.

mod aliases;
pub mod chunks;
mod date_order;
mod doc_columns;
mod doc_terms;
mod engine;
mod eval;
mod explain;
mod facets;
mod fields;
mod flat;
pub mod grouping;
mod highlighter;
mod index;
mod index_build;
mod marks;
pub mod parts;
mod phrase;
mod postings;
mod prefetch;
mod query;
mod query_scan;
mod rank;
mod rank_reuse;
mod related;
mod related_vectors;
mod results;
mod run;
mod scoring;
mod snippet;
mod snippet_texts;
// The crate's one sort, a leaf beside `view` (which sorts too): `super::sort` here.
pub(crate) use crate::sort;
pub mod spelling;
mod trends;
mod typed;
pub mod typo;
mod typo_distance;
pub mod typo_match;

pub use engine::{Engine, DEFAULT_PAGE_SIZE};
pub use eval::MAX_PREFIX_TERMS;
pub use explain::{Explanation, MatchField, MatchKind, MatchedForm, PartMatch, MAX_FORMS};
pub use facets::{
    shown_options, Bin, EntityKind, FacetCount, Facets, Histogram, HistogramUnit, MAX_FILTERED, TOP_OPTIONS,
};
pub use flat::Flat;
pub use index::{
    DocMeta, Index, Postings, TermBlock, BLOCK_POSTINGS, BLOCK_TERMS, INDEX_VERSION, MENTION_CAP,
    TITLE_WEIGHT, WORD_BLOCK_WORDS,
};
pub use marks::ArticleMarks;
pub use parts::Need;
pub use prefetch::{
    estimated_bytes, typed_word, MAX_TYPED_TERM_BLOCKS, MAX_TYPING_COMPLETIONS, WARM_UP_BUDGET,
};
pub use query::{parse_query, Clause, Part, Query, QueryProblem, MAX_QUERY_PROBLEMS};
pub use related::RELATED_WALK_BUDGET;
pub use results::{Hit, Related, SearchResults, Snippet, StoryInfo};
pub use snippet::{lead, SNIPPET_BYTES};
pub use trends::{Period, SeriesCounts, Trends};
pub use typed::MAX_TYPED_ENTITIES;
pub use typo::{Candidate, TypoBlock, TypoIndex};
pub use typo_match::Correction;

#[cfg(test)]
mod arabic_tests;
#[cfg(test)]
mod grouping_tests;
#[cfg(test)]
mod highlight_tests;
#[cfg(test)]
mod index_tests;
#[cfg(test)]
mod order_tests;
#[cfg(test)]
mod origin_tests;
#[cfg(test)]
mod positions_tests;
#[cfg(test)]
mod prefetch_rounds_tests;
#[cfg(test)]
mod prefetch_tests;
#[cfg(test)]
mod prefetch_warm_tests;
#[cfg(test)]
mod prop_tests;
#[cfg(test)]
mod query_corpus;
#[cfg(test)]
mod query_engine_tests;
#[cfg(test)]
mod related_tests;
#[cfg(test)]
mod snippet_texts_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trends_tests;
#[cfg(test)]
mod typing_tests;
#[cfg(test)]
mod typo_engine_tests;
#[cfg(test)]
mod typo_reports;
#[cfg(test)]
mod typo_tests;
