//! What the reader marks in an open article: the same highlighter as the
//! snippets, over the whole title and body.

use super::engine::Engine;
use super::eval::Unit;
use super::highlighter::Highlighter;
use super::parts::Need;
use super::query::parse_query;

/// Byte ranges of the query's matches in one article, sorted, not
/// overlapping, on char boundaries: for `<mark>` runs (see
/// [`crate::highlight::segments`]) and "match 1 of N".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMarks {
    /// Ranges in the article's title (`title:` clauses included).
    pub title: Vec<(usize, usize)>,
    /// Ranges in the article's cleaned body ([`Engine::body`]).
    pub body: Vec<(usize, usize)>,
}

impl Engine<'_> {
    /// The matches of search text `q` in the article at `doc`: words (by
    /// stem), phrases, entity aliases in any script, prefixes and the word
    /// being typed, exactly as snippets mark them; excluded parts and
    /// `source:` mark nothing. The part to fetch first when the card or body
    /// chunk or a term block of the query's words is not loaded.
    /// For results shown for a corrected spelling, pass the corrected query
    /// ([`super::spelling`]) so the reader marks what the list matched.
    pub fn article_marks(&self, q: &str, doc: usize) -> Result<ArticleMarks, Need> {
        if doc >= self.n() {
            return Ok(ArticleMarks::default());
        }
        let body = self.body(doc)?;
        let units = self.resolve(&parse_query(q).parts);
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let a = self.article(doc)?;
        // The title's highlighter has every word the body's has, and more.
        let in_title = Highlighter::new(self, &positives, true);
        if let Some(need) = in_title.missing_part(self) {
            return Err(need);
        }
        Ok(ArticleMarks {
            title: in_title.ranges(&a.title, &a.lang),
            body: Highlighter::new(self, &positives, false).ranges(body, &a.lang),
        })
    }
}
