//! "Why this matched": for one article and the query, which forms of each
//! query part occur in it (the word itself, the same stem, an entity alias in
//! any script, a close spelling, a longer word a prefix starts, a phrase) and
//! in which fields. Built from the reader's own highlighter, so it names
//! exactly what the reader marks.

use super::engine::Engine;
use super::eval::Unit;
use super::fields::source_matches;
use super::highlighter::Highlighter;
use super::parts::Need;
use super::query::{parse_query, Clause};
use super::typo_match::Correction;
use crate::text::{is_stop_word, stem, stem_alternatives, tokenize};

/// Most forms listed for one query part: `a*` may start hundreds of words,
/// and the reader's line has room for a few.
pub const MAX_FORMS: usize = 6;

/// How a form in the article matched its query part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// The query word itself (after folding: case and accents aside).
    Exact,
    /// Another word with the same stem (`negotiations` for `negotiation`).
    Stem,
    /// Another name of the same entity (`Лавров` for `Lavrov`).
    Alias,
    /// A close spelling the search corrected the query word to.
    CloseSpelling,
    /// A longer word that the query's prefix (or the word being typed) starts.
    Prefix,
    /// The words of a quoted phrase, consecutive.
    Phrase,
}

/// Where in the article a form occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchField {
    Title,
    /// The cleaned body ([`Engine::body`]).
    Text,
    /// The article's outlet (`source:`).
    Source,
    /// Nowhere as written, but ingest found the entity in the article (a
    /// declined form such as `Лаврова` that the reader does not mark).
    Names,
}

/// One form of a query part found in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedForm {
    /// The folded form (its words joined by one space): what was compared.
    pub form: String,
    /// The form as written at its first occurrence (title first).
    pub written: String,
    pub kind: MatchKind,
    /// Fields it occurs in, in [`MatchField`] order, each once.
    pub fields: Vec<MatchField>,
}

/// One query part that matched the article, with its forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartMatch {
    /// The part as the query folded it (`tebbune`, `gas deal`, `partn`).
    pub query: String,
    /// The forms, in order of first occurrence, at most [`MAX_FORMS`].
    pub forms: Vec<MatchedForm>,
}

/// Why an article matched a query: one entry per positive query part that
/// occurs in it (an `OR` side that does not is left out; exclusions and stop
/// words never appear).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Explanation {
    pub parts: Vec<PartMatch>,
}

impl Engine<'_> {
    /// Why article `doc` matches search text `q` as typed; `corrections` are
    /// the run's ([`super::SearchResults::corrections`]), whose close
    /// spellings are named as such. The part to fetch first when the body
    /// chunk, a term block or a typo block is not loaded.
    pub fn explain(&self, q: &str, corrections: &[Correction], doc: usize) -> Result<Explanation, Need> {
        if doc >= self.n() {
            return Ok(Explanation::default());
        }
        let body = self.body(doc)?;
        let mut units = Vec::new();
        for (u, negated) in self.resolve(&parse_query(q).parts) {
            if !negated {
                flatten(u, &mut units);
            }
        }
        let mut parts = Vec::new();
        for u in &units {
            let part = self.explain_unit(u, corrections, doc, body)?;
            if !part.forms.is_empty() {
                parts.push(part);
            }
        }
        Ok(Explanation { parts })
    }

    fn explain_unit(
        &self,
        u: &Unit,
        corrections: &[Correction],
        doc: usize,
        body: &str,
    ) -> Result<PartMatch, Need> {
        let a = self.article(doc)?;
        let mut part = PartMatch {
            query: label(u),
            forms: Vec::new(),
        };
        if let Unit::Clause(Clause::Source(words)) = u {
            if let Some(source) = a.source.as_deref().filter(|s| source_matches(s, words)) {
                let form = folded(source);
                let kind = if words.join(" ") == form {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                };
                add(&mut part.forms, form, source, kind, MatchField::Source);
            }
            return Ok(part);
        }
        let mut in_title = Highlighter::new(self, &[u], true);
        let mut in_text = Highlighter::new(self, &[u], false);
        if let Some(need) = in_title.missing_part(self) {
            return Err(need);
        }
        // Close spellings: every candidate the run widened the word to.
        if let Unit::Clause(Clause::Word(w)) | Unit::Typed { word: w, .. } = u {
            if corrections.iter().any(|c| &c.typed == w) {
                let candidates = match self.index.typos.candidates(w) {
                    Ok((candidates, _)) => candidates,
                    Err(needs) => match needs.into_iter().next() {
                        Some(need) => return Err(need),
                        None => Vec::new(),
                    },
                };
                let close: Vec<Correction> = candidates
                    .into_iter()
                    .map(|c| Correction {
                        typed: w.clone(),
                        corrected: c.word,
                        distance: c.distance,
                    })
                    .collect();
                in_title.add_corrections(self, &close);
                in_text.add_corrections(self, &close);
                if let Some(need) = in_title.missing_part(self) {
                    return Err(need);
                }
            }
        }
        for (h, text, field) in [
            (&in_title, a.title.as_str(), MatchField::Title),
            (&in_text, body, MatchField::Text),
        ] {
            for (s, e) in h.ranges(text, &a.lang) {
                let form = folded(&text[s..e]);
                let kind = self.kind_of(u, &form, &a.lang);
                add(&mut part.forms, form, &text[s..e], kind, field);
            }
        }
        if part.forms.is_empty() {
            // Ingest found the entity where the reader marks nothing (a
            // declined or cliticised form): say so rather than nothing.
            for e in entities_of(u) {
                let Some(info) = self.corpus.entities.get(e as usize) else {
                    continue;
                };
                if a.entities.iter().any(|m| m.name == info.name) {
                    add(
                        &mut part.forms,
                        folded(&info.name),
                        &info.name,
                        MatchKind::Alias,
                        MatchField::Names,
                    );
                }
            }
        }
        Ok(part)
    }

    /// How `form` (folded, found by the unit's highlighter) matched `u` in an
    /// article of `lang`.
    fn kind_of(&self, u: &Unit, form: &str, lang: &str) -> MatchKind {
        // As the index files `form`: its stem or, in Arabic, without a proclitic.
        let same_stem = |w: &str| {
            let want = stem(w, lang);
            !is_stop_word(w, lang)
                && !form.contains(' ')
                && (stem(form, lang) == want || stem_alternatives(form, lang).contains(&want))
        };
        match u {
            Unit::Clause(Clause::Title(inner)) => self.kind_of(&Unit::Clause((**inner).clone()), form, lang),
            Unit::Clause(Clause::Phrase(_)) => MatchKind::Phrase,
            Unit::Clause(Clause::Prefix(p)) if form == p => MatchKind::Exact,
            Unit::Clause(Clause::Prefix(_)) => MatchKind::Prefix,
            Unit::Clause(Clause::Word(w)) | Unit::Clause(Clause::Typed(w)) | Unit::Typed { word: w, .. } => {
                if form == w {
                    MatchKind::Exact
                } else if same_stem(w) {
                    MatchKind::Stem
                } else if matches!(u, Unit::Typed { .. } | Unit::Clause(Clause::Typed(_)))
                    && form.starts_with(w.as_str())
                {
                    MatchKind::Prefix
                } else if matches!(u, Unit::Typed { .. }) && !self.aliases.find(&tokenize(form)).is_empty() {
                    MatchKind::Alias
                } else {
                    MatchKind::CloseSpelling
                }
            }
            Unit::Entity { words, .. } => {
                if form == words.join(" ") {
                    MatchKind::Exact
                } else if words.len() == 1 && same_stem(&words[0]) {
                    MatchKind::Stem
                } else {
                    MatchKind::Alias
                }
            }
            // Flattened away by `explain`; `source:` is handled apart.
            Unit::Any(_) | Unit::Clause(Clause::Source(_)) => MatchKind::Exact,
        }
    }
}

/// `u` as parts: the sides of an `OR` each on their own.
fn flatten(u: Unit, out: &mut Vec<Unit>) {
    match u {
        Unit::Any(us) => us.into_iter().for_each(|u| flatten(u, out)),
        u => out.push(u),
    }
}

/// The entities a unit stands for.
fn entities_of(u: &Unit) -> Vec<u32> {
    match u {
        Unit::Entity { entity, .. } => vec![*entity],
        Unit::Typed { entities, .. } => entities.clone(),
        _ => Vec::new(),
    }
}

/// The query part's folded words, as the reader's line names it.
fn label(u: &Unit) -> String {
    match u {
        Unit::Clause(c) => clause_label(c),
        Unit::Entity { words, .. } => words.join(" "),
        Unit::Typed { word, .. } => word.clone(),
        Unit::Any(us) => us.iter().map(label).collect::<Vec<_>>().join(" OR "),
    }
}

fn clause_label(c: &Clause) -> String {
    match c {
        Clause::Word(w) | Clause::Prefix(w) | Clause::Typed(w) => w.clone(),
        Clause::Phrase(ws) | Clause::Source(ws) => ws.join(" "),
        Clause::Title(inner) => clause_label(inner),
    }
}

/// The folded words of `text`, joined by one space.
fn folded(text: &str) -> String {
    tokenize(text)
        .into_iter()
        .map(|t| t.term)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Notes `form` (written `written`) of `kind` in `field`: a new form, or a
/// field more for one already seen. Past [`MAX_FORMS`] new forms are dropped.
fn add(forms: &mut Vec<MatchedForm>, form: String, written: &str, kind: MatchKind, field: MatchField) {
    if form.is_empty() {
        return;
    }
    if let Some(f) = forms.iter_mut().find(|f| f.form == form && f.kind == kind) {
        if !f.fields.contains(&field) {
            // At most four fields: kept in order by inserting in place.
            let at = f.fields.iter().position(|&x| x > field).unwrap_or(f.fields.len());
            f.fields.insert(at, field);
        }
        return;
    }
    if forms.len() < MAX_FORMS {
        forms.push(MatchedForm {
            form,
            written: written.to_string(),
            kind,
            fields: vec![field],
        });
    }
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
