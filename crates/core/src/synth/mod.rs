//! Synthetic corpora and the benchmark plan, for benchmarks, `cargo xtask
//! fuzz` and tests (feature `synth`; the app does not link them).
//! Deterministic for a given seed; no dependencies. The generator is here; the
//! words it draws on are in `vocab`, the benchmark plan in `plan`.

mod plan;
pub mod vocab;

pub use plan::{
    bench_states, latency_by_kind, quantile, state_kind, BENCH_FACETS, BENCH_QUERIES, BENCH_YEARS,
    STATE_KINDS,
};

use crate::model::{Article, Corpus, EntityInfo, EntityMention, Origin, PartialDate, TopicInfo, TopicScore};
use vocab::{AR, EN, ENTITIES, FR, RU};

/// A tiny xorshift64* PRNG.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Topic slugs of the default taxonomy (INTERFACE.md §5).
pub const TOPICS: [&str; 8] = [
    "diplomacy",
    "defense",
    "energy",
    "economy",
    "regional-security",
    "ukraine-war",
    "multilateral",
    "history",
];

fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => FR,
        "ru" => RU,
        "ar" => AR,
        _ => EN,
    }
}

fn sentence(rng: &mut Rng, lang: &str, len: usize) -> String {
    let mut s = Vec::with_capacity(len + 1);
    for _ in 0..len {
        if rng.chance(4) {
            let (_, _, aliases) = rng.pick(ENTITIES);
            s.push(rng.pick(aliases).to_string());
        } else {
            s.push(rng.pick(words(lang)).to_string());
        }
    }
    let mut out = s.join(" ");
    out.push('.');
    out
}

fn random_date(rng: &mut Rng) -> Option<PartialDate> {
    let year = 1990 + rng.below(36) as i32;
    match rng.below(10) {
        0 => None,
        1 => Some(PartialDate::year(year)),
        2 | 3 => PartialDate::month(year, 1 + rng.below(12) as u8),
        _ => PartialDate::day(year, 1 + rng.below(12) as u8, 1 + rng.below(28) as u8),
    }
}

/// A synthetic multilingual corpus of `n` articles (en/fr/ru/ar text made of
/// real words and entity aliases in several scripts, mixed date precisions,
/// about 10% undated, one to three topics of §5). Same seed, same corpus.
pub fn bench_corpus(n: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let langs = ["en", "fr", "ru", "ar"];
    let articles = (0..n)
        .map(|i| {
            let lang = *rng.pick(&langs);
            let paragraphs: Vec<String> = (0..2 + rng.below(4))
                .map(|_| {
                    (0..1 + rng.below(4))
                        .map(|_| {
                            let len = 6 + rng.below(14);
                            sentence(&mut rng, lang, len)
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let body = paragraphs.join("\n\n");
            let mut topics: Vec<TopicScore> = (0..1 + rng.below(3))
                .map(|k| TopicScore {
                    slug: rng.pick(&TOPICS).to_string(),
                    score: 1.0 / (k + 1) as f32,
                })
                .collect();
            topics.dedup_by(|a, b| a.slug == b.slug);
            let title_len = 3 + rng.below(6);
            Article {
                id: format!("{i:05}_{lang}"),
                title: sentence(&mut rng, lang, title_len),
                lang: lang.to_string(),
                lang_confidence: 1.0,
                date: random_date(&mut rng),
                date_basis: None,
                source: None,
                author: None,
                place: None,
                url: None,
                captions: Vec::new(),
                topics,
                entities: Vec::<EntityMention>::new(),
                duplicate_of: None,
                words: body.split_whitespace().count() as u32,
                original: body.clone(),
                body,
                warnings: Vec::new(),
                origin: Origin::Bundled,
            }
        })
        .collect();
    Corpus {
        stories: Default::default(),
        articles,
        topics: TOPICS
            .iter()
            .map(|s| TopicInfo {
                slug: s.to_string(),
                labels: vec![("en".into(), s.replace('-', " "))],
            })
            .collect(),
        entities: ENTITIES
            .iter()
            .map(|(name, kind, aliases)| EntityInfo {
                name: name.to_string(),
                kind: kind.to_string(),
                aliases: aliases.iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
    }
}
