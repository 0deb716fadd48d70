//! The word being typed (search as you type): it matches as a word and, ranked
//! below every exact match, as a prefix of index words and entity aliases.

use super::engine::Engine;
use super::scoring::{DocScores, Field};

/// Most entities a typed prefix stands for: `al` starts aliases of dozens of
/// entities, and each adds its postings to the union.
pub const MAX_TYPED_ENTITIES: usize = 32;

/// Share of its own score a prefix-only match keeps at most (it is then also
/// kept below the lowest exact match).
const PREFIX_WEIGHT: f32 = 0.5;

impl Engine<'_> {
    /// Entities with an alias that has a word starting with `prefix` (`lavr`
    /// → Sergei Lavrov, `wag` → Wagner Group), in entity order, at most
    /// [`MAX_TYPED_ENTITIES`]. Aliases are few (hundreds), so a scan is cheap.
    pub(super) fn entities_starting(&self, prefix: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for list in self.aliases.by_first.values() {
            for (seq, e) in list {
                if seq.iter().any(|w| w.starts_with(prefix)) && !out.contains(e) {
                    out.push(*e);
                }
            }
        }
        out.sort_unstable();
        out.truncate(MAX_TYPED_ENTITIES);
        out
    }

    /// Articles matching the typed `word`: as a word (its stem), then as a
    /// prefix of index words and of the aliases of `entities`. Every article
    /// matched only as a prefix scores below every exact match, so finishing
    /// the word never reorders what it already found exactly.
    ///
    /// Close spellings ([`Engine::eval_word`]) are tried only when the prefix
    /// finds no article the word itself does not: `Lavr` is the start of
    /// Lavrov, not a misspelt `lava`; `Tebbune` starts nothing else.
    pub(super) fn eval_typed(&self, word: &str, entities: &[u32], field: Field) -> DocScores {
        let mut prefix = self.eval_prefix(word, field);
        let mut exact = self.eval_word_in(word, field);
        if field == Field::Any {
            // An entity one of whose aliases is the word itself matches
            // exactly; one whose alias only starts with it, as a prefix.
            let named = self.aliases.by_first.get(word);
            for &e in entities {
                let is_named =
                    named.is_some_and(|list| list.iter().any(|(seq, x)| seq.len() == 1 && *x == e));
                if let Some(p) = self.index.entity_postings.get(e as usize) {
                    self.postings_scores(p, if is_named { &mut exact } else { &mut prefix }, None);
                }
            }
        }
        if field == Field::Any && prefix.keys().all(|d| exact.contains_key(d)) {
            // No longer word starts with it: perhaps a misspelling.
            self.widen_word(word, &mut exact);
        }
        let lowest_exact = exact.values().copied().fold(f32::INFINITY, f32::min);
        let highest_prefix = prefix
            .iter()
            .filter(|(d, _)| !exact.contains_key(d))
            .map(|(_, &s)| s)
            .fold(0.0, f32::max);
        // Scale prefix-only scores into [0, PREFIX_WEIGHT × lowest exact):
        // their order among themselves is kept.
        let scale = if highest_prefix <= 0.0 {
            0.0
        } else if lowest_exact.is_finite() {
            PREFIX_WEIGHT.min(0.9 * lowest_exact / highest_prefix)
        } else {
            PREFIX_WEIGHT
        };
        let mut out = exact;
        for (d, s) in prefix {
            out.entry(d).or_insert(s * scale);
        }
        out
    }
}
