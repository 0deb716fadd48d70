//! `cargo xtask gen-corpus --articles N --out DIR [--seed S]`: a deterministic
//! synthetic corpus in English, French, Arabic and Russian that the normal
//! ingest reads, with the bundled `topics.toml` and `entities.toml` copied in so
//! topics and entities are found.

mod article;
mod lexicon;
#[cfg(test)]
mod tests;
mod vocab;

pub use article::Draft;

use crate::Result;
use article::{Themes, Writer};
use dossier_core::ingest::{entities::parse_gazetteer, ENTITIES_FILE, TOPICS_FILE};
use dossier_core::synth::Rng;
use lexicon::{Lexicon, LANGS};
use std::path::Path;
use vocab::Vocab;

/// Marks a folder as generated, with the parameters it was generated with.
const MARKER: &str = ".gen-corpus";

/// Writes articles one at a time; article `n` depends only on the seed and `n`.
pub struct Generator {
    langs: Vec<(&'static Lexicon, usize, Vocab, Themes)>,
    seed: u64,
}

impl Generator {
    /// A generator whose topics and entities come from `topics.toml` and `entities.toml` text.
    pub fn new(topics_toml: &str, entities_toml: &str, seed: u64) -> Result<Generator> {
        let taxonomy: toml::Table = toml::from_str(topics_toml).map_err(|e| format!("topics.toml: {e}"))?;
        let gazetteer =
            parse_gazetteer(entities_toml.as_bytes()).map_err(|e| format!("entities.toml: {}", e.reason))?;
        let langs = LANGS
            .iter()
            .map(|&(lex, share)| {
                let topics = cues(&taxonomy, lex.code);
                let entities: Vec<Vec<String>> = gazetteer
                    .entities
                    .iter()
                    .map(|e| {
                        let script = script_of(lex.published);
                        e.aliases
                            .iter()
                            .filter(|a| script_of(a) == script)
                            .cloned()
                            .collect()
                    })
                    .filter(|a: &Vec<String>| !a.is_empty())
                    .collect();
                if topics.is_empty() || entities.is_empty() {
                    return Err(format!("no topic cues or entity aliases for `{}`", lex.code));
                }
                Ok((lex, share, Vocab::new(lex), Themes { topics, entities }))
            })
            .collect::<Result<_>>()?;
        Ok(Generator { langs, seed })
    }

    /// Article number `n`.
    pub fn draft(&self, n: usize) -> Draft {
        let mut rng =
            Rng::new(self.seed.wrapping_mul(0x100_0000_01B3) ^ (n as u64).wrapping_mul(0x9E37_79B9));
        let mut roll = rng.below(100);
        let (lex, _, vocab, themes) = self
            .langs
            .iter()
            .find(|(_, share, _, _)| {
                roll < *share || {
                    roll -= share;
                    false
                }
            })
            .unwrap_or(&self.langs[0]);
        Writer { lex, vocab, themes }.article(n, &mut rng)
    }

    /// Distinct word forms of each language's vocabulary.
    pub fn vocab_sizes(&self) -> Vec<(&'static str, usize)> {
        self.langs.iter().map(|(l, _, v, _)| (l.code, v.len())).collect()
    }
}

/// `latin`, `arabic` or `cyrillic`: the script of a string's first letter.
fn script_of(s: &str) -> &'static str {
    match s.chars().find(|c| c.is_alphabetic()).map(|c| c as u32) {
        Some(0x0600..=0x06FF) => "arabic",
        Some(0x0400..=0x04FF) => "cyrillic",
        _ => "latin",
    }
}

/// (slug, cues in `lang`) for every topic that has cues in that language.
fn cues(taxonomy: &toml::Table, lang: &str) -> Vec<(String, Vec<String>)> {
    let topics = taxonomy
        .get("topic")
        .and_then(|t| t.as_array())
        .cloned()
        .unwrap_or_default();
    topics
        .iter()
        .filter_map(|t| {
            let slug = t.get("slug")?.as_str()?.to_string();
            let cues: Vec<String> = t
                .get("cues")?
                .get(lang)?
                .as_array()?
                .iter()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect();
            (!cues.is_empty()).then_some((slug, cues))
        })
        .collect()
}

/// Generates `articles` articles into `out` with the taxonomy and gazetteer of `corpus`.
/// A folder generated before with the same parameters is left as it is.
pub fn run(corpus: &Path, articles: usize, out: &Path, seed: u64) -> Result<()> {
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let read = |name: &str| std::fs::read_to_string(corpus.join(name)).map_err(|e| io(&corpus.join(name), e));
    let (topics, entities) = (read(TOPICS_FILE)?, read(ENTITIES_FILE)?);
    let stamp = format!("articles={articles} seed={seed} generator=1\n");
    let marker = out.join(MARKER);
    if std::fs::read_to_string(&marker).is_ok_and(|s| s == stamp) {
        eprintln!("xtask: {} already holds this corpus", out.display());
        return Ok(());
    }
    if out.exists() {
        let entries = std::fs::read_dir(out).map_err(|e| io(out, e))?;
        if !marker.exists() && entries.count() > 0 {
            return Err(format!(
                "{} is not empty and was not made by gen-corpus",
                out.display()
            ));
        }
        std::fs::remove_dir_all(out).map_err(|e| io(out, e))?;
    }
    std::fs::create_dir_all(out).map_err(|e| io(out, e))?;
    let gen = Generator::new(&topics, &entities, seed)?;
    let (mut bytes, mut words, mut undated) = (0, 0, 0);
    let mut langs = std::collections::BTreeMap::new();
    for n in 0..articles {
        let draft = gen.draft(n);
        let path = out.join(&draft.name);
        std::fs::write(&path, &draft.text).map_err(|e| io(&path, e))?;
        bytes += draft.text.len();
        words += draft.words;
        undated += usize::from(draft.date.is_none());
        *langs.entry(draft.lang).or_insert(0) += 1;
        if (n + 1) % 10_000 == 0 {
            eprintln!("xtask: {} / {articles} articles", n + 1);
        }
    }
    for (name, text) in [(TOPICS_FILE, &topics), (ENTITIES_FILE, &entities)] {
        std::fs::write(out.join(name), text).map_err(|e| io(&out.join(name), e))?;
    }
    std::fs::write(&marker, stamp).map_err(|e| io(&marker, e))?;
    eprintln!(
        "xtask: wrote {articles} articles ({:.1} MB, {words} words, {undated} undated, {langs:?}) to {}; word forms {:?}",
        bytes as f64 / 1e6,
        out.display(),
        gen.vocab_sizes()
    );
    Ok(())
}
