//! One synthetic article: title, sentences and paragraphs drawn from a
//! language's vocabulary, topic cues and entity aliases mixed in, and a date
//! either in YAML front matter (`.md`) or stated in the text (`.txt`).

use super::lexicon::Lexicon;
use super::vocab::Vocab;
use dossier_core::synth::Rng;

/// What an article may talk about in its language: topic cues and entity aliases.
pub struct Themes {
    /// (topic slug, cue terms in this language).
    pub topics: Vec<(String, Vec<String>)>,
    /// Per entity, its aliases written in this language's script.
    pub entities: Vec<Vec<String>>,
}

/// A generated article and what it was generated to be.
pub struct Draft {
    /// File name: `<id>.md` or `<id>.txt`.
    pub name: String,
    pub text: String,
    pub lang: &'static str,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `None` when undated.
    pub date: Option<String>,
    /// Body words (whitespace-separated), in 300..=900.
    pub words: usize,
}

/// Language, vocabulary and themes to write in.
pub struct Writer<'a> {
    pub lex: &'a Lexicon,
    pub vocab: &'a Vocab,
    pub themes: &'a Themes,
}

const SOURCES: [&str; 5] = ["APS", "TASS", "RIA Novosti", "El Watan", "Sputnik"];
const PLACES: [(&str, &str); 3] = [("ALGIERS", "ALGER"), ("MOSCOW", "MOSCOU"), ("ORAN", "ORAN")];

impl Writer<'_> {
    /// Writes article number `n` (its id comes from `n` and the stream).
    pub fn article(&self, n: usize, rng: &mut Rng) -> Draft {
        let id = format!("{n:06}_{:016x}", rng.next_u64());
        let topics: Vec<&Vec<String>> = (0..1 + usize::from(rng.chance(30)))
            .map(|_| &rng.pick(&self.themes.topics).1)
            .collect();
        let entities: Vec<&Vec<String>> = (0..1 + rng.below(3))
            .map(|_| rng.pick(&self.themes.entities))
            .collect();
        let date = (!rng.chance(8)).then(|| random_date(rng));
        let as_md = rng.chance(55);
        let precision = if as_md { rng.below(100) } else { 0 };
        let date = date.map(|(y, m, d)| match precision {
            0..=84 => format!("{y}-{m:02}-{d:02}"),
            85..=94 => format!("{y}-{m:02}"),
            _ => format!("{y}"),
        });
        let title = self.title(rng, &topics, &entities);
        let target = 300 + rng.below(601);
        let body = self.body(rng, target, &topics, &entities);
        let text = if as_md {
            let mut front = format!("---\ntitle: \"{title}\"\n");
            if let Some(d) = &date {
                front += &format!("date: {d}\n");
            }
            if rng.chance(50) {
                front += &format!("source: {}\n", rng.pick(&SOURCES));
            }
            format!("{front}---\n\n{body}\n")
        } else {
            let stated = date.as_deref().map(|d| self.date_line(d, rng));
            match stated {
                Some(Stated::Line(line)) => format!("{title}\n\n{line}\n\n{body}\n"),
                Some(Stated::Dateline(lead)) => format!("{title}\n\n{lead}{body}\n"),
                None => format!("{title}\n\n{body}\n"),
            }
        };
        let ext = if as_md { "md" } else { "txt" };
        Draft {
            name: format!("{id}.{ext}"),
            text,
            lang: self.lex.code,
            date,
            words: target,
        }
    }

    fn title(&self, rng: &mut Rng, topics: &[&Vec<String>], entities: &[&Vec<String>]) -> String {
        let mut words: Vec<String> = (0..4 + rng.below(5))
            .map(|_| self.vocab.content_word(rng, 40).to_string())
            .collect();
        let cue = pick2(rng, topics);
        words.insert(rng.below(words.len()), cue);
        words.insert(0, rng.pick(entities[0]).clone());
        capitalise(&words.join(" "))
    }

    /// Paragraphs of sentences with exactly `target` words.
    fn body(
        &self,
        rng: &mut Rng,
        target: usize,
        topics: &[&Vec<String>],
        entities: &[&Vec<String>],
    ) -> String {
        let (mut paragraphs, mut sentences, mut left) = (Vec::new(), Vec::new(), target);
        while left > 0 {
            let mut words: Vec<String> = Vec::new();
            let len = (8 + rng.below(18)).min(left);
            while words.len() < len {
                let word = match rng.below(100) {
                    0..=13 => pick2(rng, topics),
                    14..=18 => pick2(rng, entities),
                    19..=21 => number(rng),
                    _ => self.vocab.sample(rng).to_string(),
                };
                words.extend(word.split_whitespace().map(str::to_string));
            }
            words.truncate(len);
            left -= len;
            for w in words.iter_mut().take(len.saturating_sub(1)) {
                if rng.chance(7) {
                    w.push_str(self.lex.comma);
                }
            }
            sentences.push(format!("{}.", capitalise(&words.join(" "))));
            if sentences.len() >= 3 + rng.below(4) || left == 0 {
                paragraphs.push(sentences.join(" "));
                sentences.clear();
            }
        }
        paragraphs.join("\n\n")
    }

    /// The publication date as a `.txt` states it.
    fn date_line(&self, date: &str, rng: &mut Rng) -> Stated {
        let parts: Vec<usize> = date.split('-').filter_map(|p| p.parse().ok()).collect();
        let (y, m, d) = (parts[0], parts[1], parts[2]);
        let month = self.lex.months[m - 1];
        let (place_en, place_fr) = *rng.pick(&PLACES);
        let source = rng.pick(&SOURCES);
        match (self.lex.code, rng.below(3)) {
            ("en", 0) => Stated::Dateline(format!("{place_en}, {month} {d}, {y} ({source}) - ")),
            ("fr", 0) => Stated::Dateline(format!("{place_fr}, {d} {month} {y} ({source}) - ")),
            _ => Stated::Line(format!(
                "{} {d} {month} {y}{}",
                self.lex.published, self.lex.year_suffix
            )),
        }
    }
}

enum Stated {
    /// A line of its own ("Published on 3 March 2021").
    Line(String),
    /// A news dateline opening the first paragraph.
    Dateline(String),
}

/// Year, month, day over 2000–2024, denser in recent years as news archives are.
fn random_date(rng: &mut Rng) -> (usize, usize, usize) {
    let u = rng.below(1_000_000) as f64 / 1_000_000.0;
    let year = 2000 + ((25.0 * u.sqrt()) as usize).min(24);
    (year, 1 + rng.below(12), 1 + rng.below(28))
}

/// A random item of a random list.
fn pick2(rng: &mut Rng, lists: &[&Vec<String>]) -> String {
    let list = *rng.pick(lists);
    rng.pick(list).clone()
}

fn number(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => (1960 + rng.below(65)).to_string(),
        1 => (2 + rng.below(500)).to_string(),
        _ => format!("{}.{}", 1 + rng.below(99), rng.below(10)),
    }
}

/// Upper-cases the first letter (scripts without case are unchanged).
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
