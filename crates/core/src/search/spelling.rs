//! The two queries a spelling correction offers: the one whose results are
//! shown ("Showing results for **tebboune**") and the one that searches the
//! words exactly as typed ("search instead for *"Tebbune"*").

use super::Correction;
use crate::text::tokenize;

/// Byte spans in `q` of the words `corrections` name, with the correction of
/// each: every occurrence of a corrected word outside quotes and not excluded.
fn corrected_spans<'c>(q: &str, corrections: &'c [Correction]) -> Vec<(usize, usize, &'c Correction)> {
    let quoted = quoted_ranges(q);
    tokenize(q)
        .into_iter()
        .filter(|t| !quoted.iter().any(|&(s, e)| t.start >= s && t.end <= e))
        .filter(|t| !q[..t.start].ends_with('-'))
        .filter_map(|t| {
            let c = corrections.iter().find(|c| c.typed == t.term)?;
            Some((t.start, t.end, c))
        })
        .collect()
}

/// Byte ranges of `q` inside double quotes (an unclosed quote runs to the end),
/// as the query parser reads them.
fn quoted_ranges(q: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in q.char_indices() {
        if c == '"' {
            match open.take() {
                Some(s) => out.push((s, i)),
                None => open = Some(i),
            }
        }
    }
    if let Some(s) = open {
        out.push((s, q.len()));
    }
    out
}

/// `q` with each corrected word replaced by its correction: what the results
/// are for. `q` itself when nothing was corrected.
pub fn corrected_query(q: &str, corrections: &[Correction]) -> String {
    rewrite(q, corrections, |_, c| c.corrected.clone())
}

/// `q` with each corrected word quoted, so that it is searched exactly as
/// typed (a quoted word is never corrected): the "search instead for" link.
pub fn exact_query(q: &str, corrections: &[Correction]) -> String {
    rewrite(q, corrections, |typed, _| format!("\"{typed}\""))
}

fn rewrite(q: &str, corrections: &[Correction], with: impl Fn(&str, &Correction) -> String) -> String {
    let mut out = String::with_capacity(q.len() + 8);
    let mut at = 0;
    for (start, end, c) in corrected_spans(q, corrections) {
        out.push_str(&q[at..start]);
        out.push_str(&with(&q[start..end], c));
        at = end;
    }
    out.push_str(&q[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(typed: &str, corrected: &str) -> Correction {
        Correction {
            typed: typed.into(),
            corrected: corrected.into(),
            distance: 1,
        }
    }

    #[test]
    fn each_script_is_rewritten_in_place() {
        let c = [fix("tebbune", "tebboune")];
        assert_eq!(corrected_query("Tebbune gas deal", &c), "tebboune gas deal");
        assert_eq!(exact_query("Tebbune gas deal", &c), "\"Tebbune\" gas deal");
        // French: accents folded for matching, the typed text kept for the link.
        let c = [fix("algerei", "algerie")];
        assert_eq!(exact_query("visite en l'Algéreï", &c), "visite en l'\"Algéreï\"");
        assert_eq!(corrected_query("visite en l'Algéreï", &c), "visite en l'algerie");
        // Arabic and Russian, with two corrections in one query.
        let c = [fix("الجزاير", "الجزائر"), fix("лавоов", "лавров")];
        assert_eq!(corrected_query("تبون الجزاير Лавоов", &c), "تبون الجزائر лавров");
        assert_eq!(exact_query("Лавоов визит", &c), "\"Лавоов\" визит");
    }

    #[test]
    fn quoted_and_excluded_words_are_left_alone() {
        let c = [fix("tebbune", "tebboune")];
        assert_eq!(
            corrected_query("\"Tebbune visit\" -tebbune", &c),
            "\"Tebbune visit\" -tebbune"
        );
        assert_eq!(corrected_query("\"unclosed tebbune", &c), "\"unclosed tebbune");
        assert_eq!(corrected_query("gas", &c), "gas");
        assert_eq!(corrected_query("tebbune OR tebbune", &c), "tebboune OR tebboune");
    }
}
