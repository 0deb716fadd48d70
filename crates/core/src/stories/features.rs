//! What an article says about the event it reports, as weighted sets the
//! scorer compares: its entities (canonical ids, so the same in every
//! language), the numbers of its lede ("$7 billion", "12 Su-57") and the
//! salient stemmed words of its title and lede (compared only within a
//! language), plus the days its date spans.

use crate::hash::fnv1a_from as fnv;
use crate::hash::FNV_START;
use crate::model::{Article, DatePrecision};
use crate::text::StemCache;
use std::collections::HashMap;

/// Words of the body read for numbers and key terms: the lede states the
/// event; the rest of a long article adds background shared with lookalikes.
pub const LEDE_WORDS: usize = 150;
/// Key terms kept per article (highest tf·idf first): bounds the work per
/// pair and leaves out words an article uses once in passing.
pub const KEY_TERMS: usize = 24;

/// One article's features; every set is sorted by key and holds its weight.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Entity ids (canonical names numbered in order of first mention), each
    /// weighted by its idf and how often the article names it (the event's
    /// main actors are named again and again; a country named once in passing
    /// weighs less).
    pub entities: Vec<(u32, f32)>,
    /// Hashed numbers of the lede with their idf.
    pub numbers: Vec<(u64, f32)>,
    /// Hashed `lang:stem` key terms with their tf·idf.
    pub terms: Vec<(u64, f32)>,
    /// The article's language (terms only compare within one).
    pub lang: u64,
    /// First and last day the date may be; `None` when undated or known only
    /// to the year (too vague to say two reports are of one event).
    pub days: Option<(i64, i64)>,
}

/// The words an article is read for numbers and key terms: title, then the
/// lede's first [`LEDE_WORDS`] words.
fn lede(a: &Article) -> String {
    let mut out = a.title.clone();
    out.push('\n');
    for w in a.body.split_whitespace().take(LEDE_WORDS) {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// Whether a folded term is a number (the tokenizer folds Arabic-Indic digits).
fn is_number(term: &str) -> bool {
    !term.is_empty() && term.bytes().all(|b| b.is_ascii_digit())
}

/// Days an article's date spans (day or month precision only).
pub fn days_of(a: &Article) -> Option<(i64, i64)> {
    let d = a.date?;
    (d.precision() != DatePrecision::Year).then(|| (d.first_day(), d.last_day()))
}

/// Raw counts of one article, before the corpus's document frequencies are known.
struct Raw {
    entities: Vec<(u32, u32)>,
    numbers: Vec<u64>,
    terms: Vec<(u64, u32)>,
}

fn raw(a: &Article, entity_ids: &HashMap<&str, u32>, stems: &mut StemCache) -> Raw {
    let mut entities: Vec<(u32, u32)> = a
        .entities
        .iter()
        .filter_map(|m| Some((*entity_ids.get(m.name.as_str())?, m.count.max(1))))
        .collect();
    entities.sort_unstable();
    entities.dedup_by_key(|e| e.0);
    let lang_key = fnv(FNV_START, a.lang.as_bytes());
    let mut numbers = Vec::new();
    let mut tf: HashMap<u64, u32> = HashMap::new();
    for t in stems.analyze(&lede(a), &a.lang) {
        if is_number(&t.term) {
            numbers.push(fnv(FNV_START, t.term.trim_start_matches('0').as_bytes()));
        } else if t.term.chars().count() >= 3 {
            *tf.entry(fnv(fnv(lang_key, b":"), t.term.as_bytes())).or_default() += 1;
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    let mut terms: Vec<(u64, u32)> = tf.into_iter().collect();
    terms.sort_unstable();
    Raw {
        entities,
        numbers,
        terms,
    }
}

/// Inverse document frequency: rare features weigh more; a feature every
/// article has ("Algeria" in an Algeria dossier) weighs almost nothing.
fn idf(n: usize, df: u32) -> f32 {
    ((n as f32 + 1.0) / (df as f32 + 0.5)).ln().max(0.0)
}

/// Every article's features, weighted by the corpus's document frequencies.
pub fn features(articles: &[Article]) -> Vec<Features> {
    // entity ids in order of first mention, so they depend on the articles alone
    let mut ids: HashMap<&str, u32> = HashMap::new();
    for m in articles.iter().flat_map(|a| &a.entities) {
        let next = ids.len() as u32;
        ids.entry(m.name.as_str()).or_insert(next);
    }
    let mut stems = StemCache::new();
    let raws: Vec<Raw> = articles.iter().map(|a| raw(a, &ids, &mut stems)).collect();
    let (mut df_e, mut df_n, mut df_t) = (HashMap::new(), HashMap::new(), HashMap::new());
    for r in &raws {
        crate::steps::count((r.entities.len() + r.numbers.len() + r.terms.len()) as u64);
        for &(e, _) in &r.entities {
            *df_e.entry(e).or_insert(0u32) += 1;
        }
        for &x in &r.numbers {
            *df_n.entry(x).or_insert(0u32) += 1;
        }
        for &(t, _) in &r.terms {
            *df_t.entry(t).or_insert(0u32) += 1;
        }
    }
    let n = articles.len();
    raws.into_iter()
        .zip(articles)
        .map(|(r, a)| {
            let mut terms: Vec<(u64, f32)> = r
                .terms
                .iter()
                .map(|&(t, tf)| (t, (1.0 + (tf as f32).ln()) * idf(n, df_t[&t])))
                .collect();
            // highest weight first, ties by key so the choice is stable
            terms.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            terms.truncate(KEY_TERMS);
            terms.sort_unstable_by_key(|t| t.0);
            Features {
                entities: r
                    .entities
                    .iter()
                    .map(|&(e, count)| (e, idf(n, df_e[&e]) * (1.0 + (count as f32).ln())))
                    .collect(),
                numbers: r.numbers.iter().map(|&x| (x, idf(n, df_n[&x]))).collect(),
                terms,
                lang: fnv(FNV_START, a.lang.as_bytes()),
                days: days_of(a),
            }
        })
        .collect()
}
