//! Running a [`ViewState`] against a corpus and its index.

use super::facets::{filter_and_count, Facets};
use super::index::{idf, AliasTable, Index, Postings, B, FIELD_GAP, K1, TITLE_WEIGHT};
use super::parts::Need;
use super::query::{parse_query, Clause, Part};
use super::sort::{sort_by, sort_indices};
use crate::model::{Corpus, Origin};
use crate::text::{analyze, for_each_token, has_stemmer, is_stop_word, stem, tokenize, Token};
use crate::view::{Sort, ViewState};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

/// Results per page when none is given.
pub const DEFAULT_PAGE_SIZE: usize = 20;
/// Most index terms a `prefix*` expands to.
pub const MAX_PREFIX_TERMS: usize = 2000;
/// Target length of a snippet's text, in bytes (before the ellipses).
pub const SNIPPET_BYTES: usize = 240;
/// Score multiplier of a phrase over its words.
const PHRASE_BOOST: f32 = 1.5;

/// A matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `corpus.articles`.
    pub doc: usize,
    /// The article id.
    pub id: String,
    /// BM25F score (0 without a query).
    pub score: f32,
    /// Best passage of the body with the matches in it.
    pub snippet: Snippet,
    /// Byte ranges of matches in the article's title.
    pub title_highlights: Vec<(usize, usize)>,
}

/// A passage of text with the query's matches in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Plain text (never HTML); `…` marks where it was cut.
    pub text: String,
    /// Byte ranges into `text`, sorted, not overlapping, on char boundaries.
    pub highlights: Vec<(usize, usize)>,
}

/// What [`Engine::run`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Number of matching articles.
    pub total: usize,
    /// The requested page of matches, in display order.
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The sort actually used.
    pub sort: Sort,
    /// Parts of a site's index this run lacked (see [`super::parts`]): until
    /// they are loaded and the view runs again, `total`, `hits` and `facets`
    /// may miss articles. Empty when the index has every part.
    pub pending: Vec<Need>,
    /// Body chunks the page's snippets lack: the hits are right, their snippets
    /// empty until these are loaded.
    pub pending_snippets: Vec<Need>,
}

/// An article similar to another one.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub doc: usize,
    pub id: String,
    /// Cosine similarity in 0..=1.
    pub score: f32,
}

/// A query element after entity resolution.
#[derive(Debug, Clone)]
enum Unit {
    Clause(Clause),
    /// A gazetteer entity named by one of its aliases; `words` is the text typed.
    Entity {
        entity: u32,
        words: Vec<String>,
    },
}

/// Query evaluation and result assembly over a corpus and its index.
///
/// Holds references: the app keeps the corpus and index alive for the page's
/// life (e.g. leaked or in an `Rc` it owns), and builds the engine once.
///
/// Query semantics (decided here):
/// - a query has no language: each word is matched, in an article of language L,
///   by the stem L's stemmer gives it (folded word for languages without one);
/// - a word that is a stop word of L is satisfied by every article of L (stop
///   words are not indexed); so `the gas` finds English articles about gas;
/// - a word or quoted phrase (or a run of words) equal to an alias of a gazetteer
///   entity matches every article mentioning that entity under any alias, in
///   any script, as well as articles containing the words themselves;
/// - a phrase matches where its words' stems occur at consecutive token
///   positions (from the index: no text needed), within the title or within
///   the body; a stop word of the phrase holds its place for any word, as in
///   Lucene's phrase queries;
/// - parts are ANDed; excluded parts remove articles; a query of exclusions only
///   starts from all articles; a query without any word is no query.
pub struct Engine<'a> {
    corpus: &'a Corpus,
    index: &'a Index,
    aliases: AliasTable,
    /// Rank of each doc by id, for stable tie-breaks.
    id_rank: Vec<u32>,
    docs_by_lang: Vec<Vec<u32>>,
    /// Day range of each dated doc.
    days: Vec<Option<(i64, i64)>>,
    /// Whether some doc has origin `Origin::ALL[o]`.
    origins_present: [bool; Origin::ALL.len()],
    /// Parts the current run lacked (a `Mutex` only so that an engine can be
    /// shared as the app's state is: one run at a time).
    needs: Mutex<Vec<Need>>,
}

/// A run's matching docs in display order, with every doc's score, the
/// facets and the sort used.
struct Ranked {
    matches: Vec<u32>,
    score: Vec<f32>,
    facets: Facets,
    sort: Sort,
}

/// Per-run scratch: which docs a unit matched, with scores.
type DocScores = HashMap<u32, f32>;

impl<'a> Engine<'a> {
    /// Prepares an engine; `index` must have been built from `corpus`.
    pub fn new(corpus: &'a Corpus, index: &'a Index) -> Engine<'a> {
        let n = index.docs.len().min(corpus.articles.len());
        let mut order: Vec<u32> = (0..n as u32).collect();
        sort_indices(&mut order, &|a, b| {
            corpus.articles[a as usize]
                .id
                .cmp(&corpus.articles[b as usize].id)
        });
        let mut id_rank = vec![0u32; n];
        for (r, &d) in order.iter().enumerate() {
            id_rank[d as usize] = r as u32;
        }
        let mut docs_by_lang = vec![Vec::new(); index.langs.len()];
        for (d, m) in index.docs.iter().take(n).enumerate() {
            if let Some(v) = docs_by_lang.get_mut(m.lang as usize) {
                v.push(d as u32);
            }
        }
        let days = index
            .docs
            .iter()
            .take(n)
            .map(|m| m.date.map(|d| (d.first_day(), d.last_day())))
            .collect();
        let mut origins_present = [false; Origin::ALL.len()];
        for m in index.docs.iter().take(n) {
            origins_present[m.origin as usize] = true;
        }
        Engine {
            corpus,
            index,
            aliases: AliasTable::new(corpus),
            id_rank,
            docs_by_lang,
            days,
            origins_present,
            needs: Mutex::new(Vec::new()),
        }
    }

    /// The index this engine reads.
    pub fn index(&self) -> &'a Index {
        self.index
    }

    /// Notes a part the current run lacked.
    fn need(&self, need: Need) {
        let mut needs = self.needs.lock().unwrap_or_else(|e| e.into_inner());
        if !needs.contains(&need) {
            needs.push(need);
        }
    }

    /// The cleaned body of the article at `doc`, or the body chunk to load first.
    pub fn body(&self, doc: usize) -> Result<&'a str, Need> {
        match &self.index.bodies {
            None => Ok(self.corpus.articles[doc].body.as_str()),
            Some(bodies) => bodies.body(doc),
        }
    }

    fn n(&self) -> usize {
        self.id_rank.len()
    }

    /// Runs `state` and returns the first [`DEFAULT_PAGE_SIZE`] hits.
    pub fn run(&self, state: &ViewState) -> SearchResults {
        self.run_page(state, 0, DEFAULT_PAGE_SIZE)
    }

    /// Runs `state` and returns hits `offset..offset + limit` (with snippets).
    pub fn run_page(&self, state: &ViewState, offset: usize, limit: usize) -> SearchResults {
        let units = self.resolve(&parse_query(&state.q));
        let Ranked {
            matches,
            score,
            facets,
            sort,
        } = match self.rank(state, &units) {
            Ok(ranked) => ranked,
            // Not an answer yet: the caller fetches these and runs again.
            Err((pending, sort)) => {
                return SearchResults {
                    total: 0,
                    hits: Vec::new(),
                    facets: Facets::default(),
                    sort,
                    pending,
                    pending_snippets: Vec::new(),
                }
            }
        };
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();

        // 4. The page, with snippets.
        let hl = Highlighter::new(self, &positives);
        let mut pending_snippets = Vec::new();
        let hits = matches
            .iter()
            .skip(offset)
            .take(limit)
            .map(|&d| {
                let a = &self.corpus.articles[d as usize];
                Hit {
                    doc: d as usize,
                    id: a.id.clone(),
                    score: score[d as usize],
                    snippet: self.snippet_or_need(&hl, d as usize, &mut pending_snippets),
                    title_highlights: hl.ranges(&a.title, &a.lang),
                }
            })
            .collect();
        SearchResults {
            total: matches.len(),
            hits,
            facets,
            sort,
            pending: Vec::new(),
            pending_snippets,
        }
    }

    /// Positions in the corpus of every article matching `state`, in display
    /// order (no snippets: for exports), or the parts to fetch first.
    pub fn matching(&self, state: &ViewState) -> Result<Vec<usize>, Vec<Need>> {
        let units = self.resolve(&parse_query(&state.q));
        self.rank(state, &units)
            .map(|r| r.matches.into_iter().map(|d| d as usize).collect())
            .map_err(|(pending, _)| pending)
    }

    /// Steps 1–3 of a run: query matching and scores, filters and facets,
    /// order; or the parts this lacked (with the sort it would have used).
    fn rank(&self, state: &ViewState, units: &[(Unit, bool)]) -> Result<Ranked, (Vec<Need>, Sort)> {
        self.needs.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let n = self.n();
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let has_query = !units.is_empty();

        // 1. Query matching and scores.
        let mut score = vec![0f32; n];
        let mut hit = vec![!has_query || positives.is_empty(); n];
        if !positives.is_empty() {
            let mut count = vec![0u16; n];
            for u in &positives {
                for (d, s) in self.eval_unit(u) {
                    count[d as usize] += 1;
                    score[d as usize] += s;
                }
            }
            for d in 0..n {
                hit[d] = count[d] as usize == positives.len();
            }
        }
        for (u, _) in units.iter().filter(|(_, neg)| *neg) {
            for (d, _) in self.eval_unit(u) {
                hit[d as usize] = false;
            }
        }

        let sort = state.effective_sort();
        let sort = if sort == Sort::Relevance && positives.is_empty() {
            Sort::Newest
        } else {
            sort
        };
        let pending = std::mem::take(&mut *self.needs.lock().unwrap_or_else(|e| e.into_inner()));
        if !pending.is_empty() {
            return Err((pending, sort));
        }

        // 2. Filters and disjunctive facets.
        let (mut matches, facets) =
            filter_and_count(self.index, &self.days, self.origins_present, &hit, state);

        // 3. Order.
        let rank = &self.id_rank;
        let dates = &self.index.docs;
        match sort {
            Sort::Relevance => sort_indices(&mut matches, &|a, b| {
                score[b as usize]
                    .total_cmp(&score[a as usize])
                    .then(rank[a as usize].cmp(&rank[b as usize]))
            }),
            Sort::Newest | Sort::Oldest => sort_indices(&mut matches, &|a, b| {
                let (da, db) = (dates[a as usize].date, dates[b as usize].date);
                let by_date = match (da, db) {
                    (Some(x), Some(y)) if sort == Sort::Newest => y.cmp(&x),
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                };
                by_date.then(rank[a as usize].cmp(&rank[b as usize]))
            }),
        }
        Ok(Ranked {
            matches,
            score,
            facets,
            sort,
        })
    }

    /// The snippet of article `doc`, or an empty one and its body chunk noted in `pending`.
    fn snippet_or_need(&self, hl: &Highlighter, doc: usize, pending: &mut Vec<Need>) -> Snippet {
        match self.body(doc) {
            Ok(body) => hl.snippet(body, &self.corpus.articles[doc].lang),
            Err(need) => {
                if !pending.contains(&need) {
                    pending.push(need);
                }
                Snippet::default()
            }
        }
    }

    /// Fills in the snippets `results` (of `state`) lacked, once their body
    /// chunks are loaded: cheaper than running the view again.
    pub fn fill_snippets(&self, state: &ViewState, results: &mut SearchResults) {
        if results.pending_snippets.is_empty() {
            return;
        }
        let units = self.resolve(&parse_query(&state.q));
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let hl = Highlighter::new(self, &positives);
        let mut pending = Vec::new();
        for hit in results.hits.iter_mut().filter(|h| h.snippet.text.is_empty()) {
            hit.snippet = self.snippet_or_need(&hl, hit.doc, &mut pending);
        }
        results.pending_snippets = pending;
    }

    /// Turns parsed parts into units, recognising entity aliases.
    fn resolve(&self, parts: &[Part]) -> Vec<(Unit, bool)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let p = &parts[i];
            // A run of plain positive words: longest alias match from here.
            if !p.negated && matches!(p.clause, Clause::Word(_)) {
                let mut run = Vec::new();
                for q in &parts[i..] {
                    match (&q.clause, q.negated) {
                        (Clause::Word(w), false) => run.push(w.clone()),
                        _ => break,
                    }
                }
                if let Some((len, e)) = self.alias_prefix(&run) {
                    out.push((
                        Unit::Entity {
                            entity: e,
                            words: run[..len].to_vec(),
                        },
                        false,
                    ));
                    i += len;
                    continue;
                }
            }
            let seq: Option<Vec<String>> = match &p.clause {
                Clause::Word(w) => Some(vec![w.clone()]),
                Clause::Phrase(ws) => Some(ws.clone()),
                Clause::Prefix(_) => None,
            };
            let entity = seq
                .as_ref()
                .and_then(|s| self.alias_prefix(s).filter(|&(len, _)| len == s.len()));
            match (entity, seq) {
                (Some((_, e)), Some(words)) => out.push((Unit::Entity { entity: e, words }, p.negated)),
                _ => out.push((Unit::Clause(p.clause.clone()), p.negated)),
            }
            i += 1;
        }
        out
    }

    /// The longest alias that `words` starts with: `(word count, entity)`.
    fn alias_prefix(&self, words: &[String]) -> Option<(usize, u32)> {
        let list = self.aliases.by_first.get(words.first()?)?;
        list.iter()
            .find(|(seq, _)| seq.len() <= words.len() && seq.iter().zip(words).all(|(a, b)| a == b))
            .map(|(seq, e)| (seq.len(), *e))
    }

    fn bm25(&self, df: usize, tt: u32, tb: u32, d: u32) -> f32 {
        let meta = &self.index.docs[d as usize];
        let len = (TITLE_WEIGHT * meta.title_len + meta.body_len) as f32;
        let tf = (TITLE_WEIGHT * tt + tb) as f32;
        idf(self.n(), df) * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.index.avg_len))
    }

    fn postings_scores(&self, p: &Postings, out: &mut DocScores, lang: Option<u16>) {
        for (d, tt, tb) in p.iter() {
            if (d as usize) < self.n() && lang.is_none_or(|l| self.index.docs[d as usize].lang == l) {
                let s = self.bm25(p.df(), tt, tb, d);
                let e = out.entry(d).or_insert(0.0);
                *e = e.max(s);
            }
        }
    }

    fn eval_unit(&self, u: &Unit) -> DocScores {
        match u {
            Unit::Clause(c) => self.eval_clause(c),
            Unit::Entity { entity, words } => {
                let mut out = DocScores::new();
                if let Some(p) = self.index.entity_postings.get(*entity as usize) {
                    self.postings_scores(p, &mut out, None);
                }
                let typed = if words.len() == 1 {
                    self.eval_word(&words[0])
                } else {
                    self.eval_clause(&Clause::Phrase(words.clone()))
                };
                for (d, s) in typed {
                    let e = out.entry(d).or_insert(0.0);
                    *e = e.max(s);
                }
                out
            }
        }
    }

    /// The postings of word `w` in articles of `lang` (by its stem there), or
    /// the block to fetch first.
    fn word_postings(&self, w: &str, lang: &str) -> Result<Option<&'a Postings>, Need> {
        let s = if has_stemmer(lang) {
            stem(w, lang)
        } else {
            w.to_string()
        };
        let id = self.index.term_id(&s)?;
        id.map(|id| self.index.postings(id)).transpose()
    }

    fn eval_word(&self, w: &str) -> DocScores {
        let mut out = DocScores::new();
        for (li, lang) in self.index.langs.iter().enumerate() {
            if is_stop_word(w, lang) {
                for &d in &self.docs_by_lang[li] {
                    out.insert(d, 0.0);
                }
                continue;
            }
            match self.word_postings(w, lang) {
                Ok(Some(p)) => self.postings_scores(p, &mut out, Some(li as u16)),
                Ok(None) => {}
                Err(need) => self.need(need),
            }
        }
        out
    }

    fn eval_clause(&self, c: &Clause) -> DocScores {
        match c {
            Clause::Word(w) => self.eval_word(w),
            Clause::Prefix(p) => {
                let mut out = DocScores::new();
                match self.index.prefix_terms(p, MAX_PREFIX_TERMS) {
                    Ok(ids) => {
                        for id in ids {
                            match self.index.postings(id) {
                                Ok(p) => self.postings_scores(p, &mut out, None),
                                Err(need) => self.need(need),
                            }
                        }
                    }
                    Err(needs) => needs.into_iter().for_each(|n| self.need(n)),
                }
                out
            }
            Clause::Phrase(words) => self.eval_phrase(words),
        }
    }

    /// Articles where the phrase's words occur at consecutive positions (a stop
    /// word of the article's language stands for any one word), matched by
    /// their stems in each language, within the title or within the body; scored
    /// as the sum of the words' scores, boosted.
    fn eval_phrase(&self, words: &[String]) -> DocScores {
        let mut out = DocScores::new();
        for (li, lang) in self.index.langs.iter().enumerate() {
            let words = trim_stop_words(words, lang);
            if stop_run(words, lang) + 1 >= FIELD_GAP as usize {
                continue; // could reach from a title into its body
            }
            // (offset in the phrase, postings) of each indexed word.
            let mut terms: Vec<(u32, &Postings)> = Vec::new();
            let mut complete = true;
            for (i, w) in words.iter().enumerate() {
                if is_stop_word(w, lang) {
                    continue;
                }
                match self.word_postings(w, lang) {
                    Ok(Some(p)) => terms.push((i as u32, p)),
                    Ok(None) => complete = false,
                    Err(need) => {
                        // Every missing block at once: one round trip.
                        self.need(need);
                        complete = false;
                    }
                }
            }
            if !complete {
                continue; // a word no article of this language has, or not loaded
            }
            if terms.is_empty() {
                // Stop words only: like a stop word alone.
                for &d in &self.docs_by_lang[li] {
                    out.entry(d).or_insert(0.0);
                }
                continue;
            }
            sort_by(&mut terms, |a, b| a.1.df().cmp(&b.1.df()));
            let in_lang = |d: u32| (d as usize) < self.n() && self.index.docs[d as usize].lang == li as u16;
            // Phrase starts still possible in each doc, from the rarest word.
            let (o0, p0) = terms[0];
            let mut starts: HashMap<u32, (Vec<u32>, f32)> = HashMap::new();
            let scores = |p: &Postings| {
                let mut s = DocScores::new();
                self.postings_scores(p, &mut s, Some(li as u16));
                s
            };
            let first_scores = scores(p0);
            p0.for_each_positions(|d, pos| {
                if in_lang(d) {
                    let st: Vec<u32> = pos.iter().filter(|&&x| x >= o0).map(|&x| x - o0).collect();
                    if !st.is_empty() {
                        starts.insert(d, (st, first_scores.get(&d).copied().unwrap_or(0.0)));
                    }
                }
            });
            for &(o, p) in &terms[1..] {
                if starts.is_empty() {
                    break;
                }
                let word_scores = scores(p);
                let mut kept: HashMap<u32, (Vec<u32>, f32)> = HashMap::new();
                p.for_each_positions(|d, pos| {
                    if let Some((st, score)) = starts.remove(&d) {
                        let st: Vec<u32> = st
                            .into_iter()
                            .filter(|s| pos.binary_search(&(s + o)).is_ok())
                            .collect();
                        if !st.is_empty() {
                            kept.insert(d, (st, score + word_scores.get(&d).copied().unwrap_or(0.0)));
                        }
                    }
                });
                starts = kept;
            }
            for (d, (_, score)) in starts {
                out.insert(d, score * PHRASE_BOOST);
            }
        }
        out
    }

    /// The `n` articles most similar to `doc_id` (see [`Engine::related_at`]);
    /// none while the part that lists them is not loaded.
    pub fn related(&self, doc_id: &str, n: usize) -> Vec<Related> {
        let Some(d) = self.corpus.articles.iter().position(|a| a.id == doc_id) else {
            return Vec::new();
        };
        self.related_at(d, n).unwrap_or_default()
    }

    /// The `n` articles most similar to the article at `doc` (TF-IDF cosine
    /// over stems and entities, so articles in other languages relate through
    /// shared entities), best first, excluding the article itself and its
    /// near-duplicates. A site's index has them computed at build time in the
    /// article's body chunk, so it is the chunk to fetch when not loaded.
    pub fn related_at(&self, doc: usize, n: usize) -> Result<Vec<Related>, Need> {
        if doc >= self.n() {
            return Ok(Vec::new());
        }
        let Some(bodies) = &self.index.bodies else {
            return Ok(self.compute_related(doc, n));
        };
        let (chunk, i) = bodies.locate(doc)?;
        Ok(chunk.related[i]
            .iter()
            .filter(|&&(e, _)| (e as usize) < self.n())
            .take(n)
            .map(|&(e, score)| Related {
                doc: e as usize,
                id: self.corpus.articles[e as usize].id.clone(),
                score: f32::from(score) / 1000.0,
            })
            .collect())
    }

    /// [`Engine::related_at`] computed from the postings (every term block
    /// loaded: at build time, or for a corpus indexed in the browser).
    pub fn compute_related(&self, d: usize, n: usize) -> Vec<Related> {
        if d >= self.n() {
            return Vec::new();
        }
        let Ok(body) = self.body(d) else {
            return Vec::new();
        };
        let a = &self.corpus.articles[d];
        let mut tf: HashMap<String, u32> = HashMap::new();
        for t in analyze(&a.title, &a.lang) {
            *tf.entry(t.term).or_default() += TITLE_WEIGHT;
        }
        for t in analyze(body, &a.lang) {
            *tf.entry(t.term).or_default() += 1;
        }
        let total = self.n();
        let mut dims: Vec<(f32, &Postings, bool)> = tf
            .iter()
            .filter_map(|(t, &c)| {
                let p = self.index.postings(self.index.term_id(t).ok()??).ok()?;
                Some(((1.0 + (c as f32).ln()) * idf(total, p.df()), p, false))
            })
            .collect();
        for &e in &self.index.docs[d].entities {
            if let Some(p) = self.index.entity_postings.get(e as usize) {
                let c = p
                    .iter()
                    .find(|&(x, _, _)| x as usize == d)
                    .map_or(1, |(_, _, c)| c);
                dims.push(((1.0 + (c as f32).ln()) * idf(total, p.df()), p, true));
            }
        }
        sort_by(&mut dims, |a, b| b.0.total_cmp(&a.0));
        dims.truncate(40);
        // Dense accumulators: every site's related articles are computed at
        // build time, where a hash map per article made 100k articles take hours.
        let mut acc = vec![0f32; self.n()];
        let mut touched: Vec<u32> = Vec::new();
        for (w, p, entity) in dims {
            let w_idf = idf(total, p.df());
            for (e, tt, tb) in p.iter() {
                let Some(slot) = acc.get_mut(e as usize) else {
                    continue;
                };
                if *slot == 0.0 {
                    touched.push(e);
                }
                let tf = if entity { tb } else { TITLE_WEIGHT * tt + tb };
                *slot += w * (1.0 + (tf as f32).ln()) * w_idf;
            }
        }
        let norm_d = self.index.docs[d].norm.max(f32::MIN_POSITIVE);
        let mut scored: Vec<(u32, f32)> = touched
            .into_iter()
            .filter(|&e| {
                let other = &self.corpus.articles[e as usize];
                e as usize != d
                    && other.duplicate_of.as_deref() != Some(a.id.as_str())
                    && a.duplicate_of.as_deref() != Some(other.id.as_str())
            })
            .map(|e| {
                let norm_e = self.index.docs[e as usize].norm.max(f32::MIN_POSITIVE);
                (e, (acc[e as usize] / (norm_d * norm_e)).min(1.0))
            })
            .collect();
        // Best first, ties by id: a total order, so picking the top `n` before
        // sorting them gives the same as sorting everything.
        let order = |x: &(u32, f32), y: &(u32, f32)| {
            y.1.total_cmp(&x.1)
                .then(self.id_rank[x.0 as usize].cmp(&self.id_rank[y.0 as usize]))
        };
        if scored.len() > n && n > 0 {
            scored.select_nth_unstable_by(n - 1, order);
        }
        scored.truncate(n);
        sort_by(&mut scored, order);
        scored
            .into_iter()
            .map(|(e, score)| Related {
                doc: e as usize,
                id: self.corpus.articles[e as usize].id.clone(),
                score,
            })
            .collect()
    }
}

/// The phrase without its leading and trailing stop words of `lang` (they
/// would hold places outside the field, or in the gap after a title).
fn trim_stop_words<'w>(words: &'w [String], lang: &str) -> &'w [String] {
    let start = words
        .iter()
        .position(|w| !is_stop_word(w, lang))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !is_stop_word(w, lang))
        .map_or(start, |i| i + 1);
    &words[start..end]
}

/// The longest run of consecutive stop words of `lang` in `words`.
fn stop_run(words: &[String], lang: &str) -> usize {
    let (mut run, mut longest) = (0, 0);
    for w in words {
        run = if is_stop_word(w, lang) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Byte ranges where `phrase` occurs in `tokens` of a text in `lang`, as
/// [`Engine::eval_phrase`] matches it: same stems at consecutive tokens, a
/// stop word of the phrase standing for any token.
fn phrase_spans(tokens: &[Token], phrase: &[String], lang: &str) -> Vec<(usize, usize)> {
    let phrase = trim_stop_words(phrase, lang);
    let n = phrase.len();
    if n == 0 || tokens.len() < n {
        return Vec::new(); // nothing to mark for stop words alone
    }
    let want: Vec<Option<String>> = phrase
        .iter()
        .map(|w| (!is_stop_word(w, lang)).then(|| stem(w, lang)))
        .collect();
    let mut stems: HashMap<&str, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for i in 0..=tokens.len() - n {
        let hit = want.iter().enumerate().all(|(j, w)| match w {
            None => true,
            Some(w) => {
                let t = tokens[i + j].term.as_str();
                let s = stems
                    .entry(t)
                    .or_insert_with(|| (!is_stop_word(t, lang)).then(|| stem(t, lang)));
                s.as_ref() == Some(w)
            }
        });
        if hit {
            out.push((tokens[i].start, tokens[i + n - 1].end));
        }
    }
    out
}

/// A language's query stems, and whether each folded token seen matches.
type LangMemo = (HashSet<String>, TermMap);

/// Folded token → whether it matches, hashed with FNV-1a (short keys, no
/// untrusted-input concern: the keys come from the corpus).
type TermMap = HashMap<String, bool, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Finds the query's matches in a text, for snippets and title highlights.
struct Highlighter {
    words: Vec<String>,
    prefixes: Vec<String>,
    phrases: Vec<Vec<String>>,
    entities: HashSet<u32>,
    aliases: AliasTable,
    /// Per language: the stems of `words`, and whether a folded token matches a
    /// word or a prefix (memoised across the page's texts).
    memo: RefCell<HashMap<String, LangMemo>>,
    /// Every indexed surface word whose term is a stem of one of `words` in some
    /// language: a token can only match a word if it is one of these.
    surfaces: HashSet<String, std::hash::BuildHasherDefault<Fnv>>,
}

impl Highlighter {
    fn new(engine: &Engine<'_>, positives: &[&Unit]) -> Highlighter {
        let mut h = Highlighter {
            words: Vec::new(),
            prefixes: Vec::new(),
            phrases: Vec::new(),
            entities: HashSet::new(),
            aliases: AliasTable::default(),
            memo: RefCell::new(HashMap::new()),
            surfaces: HashSet::default(),
        };
        for u in positives {
            match u {
                Unit::Clause(Clause::Word(w)) => h.words.push(w.clone()),
                Unit::Clause(Clause::Prefix(p)) => h.prefixes.push(p.clone()),
                Unit::Clause(Clause::Phrase(p)) => h.phrases.push(p.clone()),
                Unit::Entity { entity, words } => {
                    h.entities.insert(*entity);
                    h.phrases.push(words.clone());
                }
            }
        }
        if !h.words.is_empty() {
            let index = engine.index;
            let ids: HashSet<u32> = index
                .langs
                .iter()
                .flat_map(|lang| {
                    h.words
                        .iter()
                        .filter(|w| !is_stop_word(w, lang))
                        .filter_map(|w| index.term_id(&stem(w, lang)).ok().flatten())
                })
                .collect();
            h.surfaces = ids
                .into_iter()
                .filter_map(|id| index.surfaces(id).ok())
                .flatten()
                .cloned()
                .collect();
        }
        if !h.entities.is_empty() {
            let mut t = AliasTable::default();
            for (k, list) in &engine.aliases.by_first {
                let kept: Vec<_> = list
                    .iter()
                    .filter(|(_, e)| h.entities.contains(e))
                    .cloned()
                    .collect();
                if !kept.is_empty() {
                    t.by_first.insert(k.clone(), kept);
                }
            }
            h.aliases = t;
        }
        h
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.prefixes.is_empty()
            && self.phrases.is_empty()
            && self.entities.is_empty()
    }

    /// Byte ranges of matches in `text`, sorted and merged.
    fn ranges(&self, text: &str, lang: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut memo = self.memo.borrow_mut();
        if !memo.contains_key(lang) {
            let stems: HashSet<String> = self
                .words
                .iter()
                .filter(|w| !is_stop_word(w, lang))
                .map(|w| stem(w, lang))
                .collect();
            memo.insert(lang.to_string(), (stems, TermMap::default()));
        }
        let (stems, cache) = memo.get_mut(lang).expect("inserted above");
        let mut out = Vec::new();
        let mut word_match = |term: &str, start: usize, end: usize| {
            // The index has every (surface word, stem) of the corpus texts.
            if self.prefixes.is_empty() && !self.surfaces.contains(term) {
                return;
            }
            let m = match cache.get(term) {
                Some(&m) => m,
                None => {
                    let m = self.prefixes.iter().any(|p| term.starts_with(p.as_str()))
                        || (!stems.is_empty()
                            && !is_stop_word(term, lang)
                            && stems.contains(&stem(term, lang)));
                    cache.insert(term.to_string(), m);
                    m
                }
            };
            if m {
                out.push((start, end));
            }
        };
        if self.phrases.is_empty() && self.aliases.by_first.is_empty() {
            // Words and prefixes only: no token list needed.
            for_each_token(text, |term, start, end| {
                word_match(term, start, end);
                true
            });
        } else {
            let tokens = tokenize(text);
            for t in &tokens {
                word_match(&t.term, t.start, t.end);
            }
            for p in &self.phrases {
                out.extend(phrase_spans(&tokens, p, lang));
            }
            for (i, n, _) in self.aliases.find(&tokens) {
                out.push((tokens[i].start, tokens[i + n - 1].end));
            }
        }
        // Pairs equal as a whole are interchangeable: a stable sort gives the same.
        sort_by(&mut out, |a, b| a.cmp(b));
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in out {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    /// The passage of `body` of about [`SNIPPET_BYTES`] with the most matches.
    fn snippet(&self, body: &str, lang: &str) -> Snippet {
        let ranges = self.ranges(body, lang);
        // Window start: the one covering the most matches (ties: earliest).
        let mut start = 0;
        let mut best = 0;
        for (i, &(s, _)) in ranges.iter().enumerate() {
            let c = ranges[i..]
                .iter()
                .take_while(|&&(_, e)| e <= s + SNIPPET_BYTES)
                .count();
            if c > best {
                best = c;
                start = s;
            }
        }
        // Some context before the first match, snapped to a word start.
        let mut s = floor_boundary(body, start.saturating_sub(SNIPPET_BYTES / 4));
        if s > 0 {
            if let Some(sp) = body[..start].rfind(char::is_whitespace).filter(|&sp| sp >= s) {
                s = sp + body[sp..].chars().next().map_or(1, char::len_utf8);
            }
        }
        let mut e = floor_boundary(body, (s + SNIPPET_BYTES).min(body.len()));
        if e < body.len() {
            if let Some(sp) = body[s..e].rfind(char::is_whitespace).filter(|&sp| sp > 0) {
                e = s + sp;
            }
        }
        let lead = if s > 0 { "… " } else { "" };
        let mut text = String::with_capacity(e - s + 8);
        text.push_str(lead);
        text.extend(
            body[s..e]
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
        if e < body.len() {
            text.push_str(" …");
        }
        let shift = lead.len();
        let highlights = ranges
            .into_iter()
            .filter(|&(a, b)| a >= s && b <= e)
            .map(|(a, b)| (a - s + shift, b - s + shift))
            .collect();
        Snippet { text, highlights }
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    /// The highlighter before the streaming and surface-form shortcuts.
    fn reference_ranges(h: &Highlighter, text: &str, lang: &str) -> Vec<(usize, usize)> {
        if h.is_empty() {
            return Vec::new();
        }
        let tokens = tokenize(text);
        let stems: HashSet<String> = h
            .words
            .iter()
            .filter(|w| !is_stop_word(w, lang))
            .map(|w| stem(w, lang))
            .collect();
        let mut out = Vec::new();
        for t in &tokens {
            if h.prefixes.iter().any(|p| t.term.starts_with(p.as_str()))
                || (!stems.is_empty() && !is_stop_word(&t.term, lang) && stems.contains(&stem(&t.term, lang)))
            {
                out.push((t.start, t.end));
            }
        }
        for p in &h.phrases {
            out.extend(phrase_spans(&tokens, p, lang));
        }
        for (i, n, _) in h.aliases.find(&tokens) {
            out.push((tokens[i].start, tokens[i + n - 1].end));
        }
        out.sort();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in out {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    #[test]
    fn highlights_match_the_reference_highlighter() {
        let corpus = crate::search::bench_corpus(120, 11);
        let index = Index::build(&corpus);
        let engine = Engine::new(&corpus, &index);
        let mut rng = crate::search::synth::Rng::new(5);
        let mut queries: Vec<String> = corpus.entities.iter().map(|e| e.name.clone()).collect();
        for _ in 0..150 {
            let a = &corpus.articles[rng.below(corpus.articles.len())];
            let toks = tokenize(&a.body);
            let i = rng.below(toks.len() - 1);
            let (w, v) = (
                &a.body[toks[i].start..toks[i].end],
                &a.body[toks[i + 1].start..toks[i + 1].end],
            );
            queries.push(w.to_string());
            queries.push(format!("{w} {v}"));
            queries.push(format!("\"{w} {v}\""));
            queries.push(format!("{}*", w.chars().take(3).collect::<String>()));
        }
        let mut checked = 0;
        for q in &queries {
            let units = engine.resolve(&parse_query(q));
            let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
            let h = Highlighter::new(&engine, &positives);
            for a in corpus.articles.iter().take(40) {
                for text in [&a.title, &a.body] {
                    let got = h.ranges(text, &a.lang);
                    assert_eq!(got, reference_ranges(&h, text, &a.lang), "{q:?} in {}", a.id);
                    checked += got.len();
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
