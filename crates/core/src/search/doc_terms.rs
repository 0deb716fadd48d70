//! What one article adds to the index, worked out from the article alone: its
//! stems with their token positions, its surface words, the entities it
//! mentions and its metadata. Articles are independent here, so the build
//! analyses them on several threads ([`crate::par`]) and [`super::Index::build`]
//! merges the results in article order.

use super::aliases::AliasTable;
use super::index::{DocMeta, FIELD_GAP};
use crate::hash::FnvBuild;
use crate::model::{Article, Corpus};
use crate::text::{is_stop_word, tokenize, StemCache, Token};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// One article's part of the index.
pub(super) struct DocTerms {
    /// Each stem once, sorted, with `(tf_title, tf_body, positions)`: title
    /// positions first, then body positions.
    pub terms: Vec<(String, u32, u32, Vec<u32>)>,
    /// Each `(folded surface word, stem)` of the article once.
    pub surfaces: BTreeSet<(String, String)>,
    /// Mentions per entity (index into [`Corpus::entities`]).
    pub entities: BTreeMap<u32, u32>,
    /// Its topics (indices into the index's topics), increasing.
    pub topics: Vec<u16>,
    /// The article's metadata, its `norm` still 0 (it needs every article's terms).
    pub meta: DocMeta,
}

/// What analysing an article needs from the whole corpus.
pub(super) struct Context<'a> {
    pub langs: &'a [String],
    pub topics: &'a [String],
    pub aliases: AliasTable,
    pub entity_by_name: HashMap<&'a str, u32>,
}

impl<'a> Context<'a> {
    pub fn new(corpus: &'a Corpus, langs: &'a [String], topics: &'a [String]) -> Context<'a> {
        Context {
            langs,
            topics,
            aliases: AliasTable::new(corpus),
            entity_by_name: corpus
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.name.as_str(), i as u32))
                .collect(),
        }
    }
}

/// Analyses article `a`.
pub(super) fn analyse(a: &Article, cx: &Context, stems: &mut StemCache) -> DocTerms {
    let mut surfaces = BTreeSet::new();
    let (title_toks, title_tf, title_len) = analyse_field(&a.title, &a.lang, 0, stems, &mut surfaces);
    let body_base = title_toks.len() as u32 + FIELD_GAP;
    let (body_toks, body_tf, body_len) = analyse_field(&a.body, &a.lang, body_base, stems, &mut surfaces);
    let mut merged: BTreeMap<String, (u32, u32, Vec<u32>)> = BTreeMap::new();
    for (t, positions) in title_tf {
        merged.insert(t, (positions.len() as u32, 0, positions));
    }
    for (t, positions) in body_tf {
        let e = merged.entry(t).or_default();
        e.1 += positions.len() as u32;
        e.2.extend(positions);
    }
    // Entities: alias occurrences found here, or ingest's mention counts.
    let mut entities: BTreeMap<u32, u32> = BTreeMap::new();
    for toks in [&title_toks, &body_toks] {
        for (_, _, e) in cx.aliases.find(toks) {
            *entities.entry(e).or_default() += 1;
        }
    }
    for m in &a.entities {
        if let Some(&e) = cx.entity_by_name.get(m.name.as_str()) {
            let c = entities.entry(e).or_default();
            *c = (*c).max(m.count.max(1));
        }
    }
    let mut topics: Vec<u16> = a
        .topics
        .iter()
        .filter_map(|t| cx.topics.binary_search(&t.slug).ok().map(|i| i as u16))
        .collect();
    topics.sort_unstable();
    topics.dedup();
    let meta = DocMeta {
        lang: cx.langs.binary_search(&a.lang).unwrap_or(0) as u16,
        date: a.date,
        title_len,
        body_len,
        norm: 0.0,
        origin: a.origin,
    };
    DocTerms {
        terms: merged
            .into_iter()
            .map(|(t, (ct, cb, p))| (t, ct, cb, p))
            .collect(),
        surfaces,
        entities,
        topics,
        meta,
    }
}

/// Analysed text of one field: its tokens, its stems with their token
/// positions (counted from `base`), its indexed token count; the `(surface
/// word, stem)` pairs go to `surfaces`.
fn analyse_field(
    text: &str,
    lang: &str,
    base: u32,
    cache: &mut StemCache,
    surfaces: &mut BTreeSet<(String, String)>,
) -> (Vec<Token>, BTreeMap<String, Vec<u32>>, u32) {
    let tokens = tokenize(text);
    let mut tf: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut len = 0;
    let mut seen: HashSet<&str, FnvBuild> = HashSet::default();
    for (k, t) in tokens.iter().enumerate() {
        if is_stop_word(&t.term, lang) {
            continue;
        }
        // A word's surface pairs are the same wherever it occurs: made once.
        let first = seen.insert(t.term.as_str());
        // The word's stem, then the other stems it is filed under (an Arabic
        // word without its bare proclitic: `وروسيا` is found by `روسيا`).
        for s in cache.stems(&t.term, lang) {
            if first {
                surfaces.insert((t.term.clone(), s.clone()));
            }
            match tf.get_mut(s) {
                Some(p) => p.push(base + k as u32),
                None => {
                    tf.insert(s.clone(), vec![base + k as u32]);
                }
            }
        }
        len += 1;
    }
    (tokens, tf, len)
}
