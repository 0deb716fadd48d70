//! Synthetic corpora and a fuzz-style smoke run, for benchmarks, `cargo xtask
//! fuzz` and tests. Deterministic for a given seed; no dependencies.

use super::engine::Engine;
use super::index::Index;
use crate::model::{Article, Corpus, EntityInfo, EntityMention, Origin, PartialDate, TopicInfo, TopicScore};
use crate::view::ViewState;

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

const EN: &[&str] = &[
    "minister",
    "visit",
    "talks",
    "agreement",
    "gas",
    "pipeline",
    "exports",
    "army",
    "cooperation",
    "trade",
    "investment",
    "security",
    "border",
    "president",
    "summit",
    "council",
    "sanctions",
    "war",
    "independence",
    "treaty",
    "delegation",
    "meeting",
    "energy",
    "market",
    "oil",
    "weapons",
    "exercise",
    "partnership",
    "the",
    "and",
    "of",
    "in",
    "with",
    "signed",
    "announced",
    "discussed",
    "strategic",
    "bilateral",
    "relations",
];
const FR: &[&str] = &[
    "ministre",
    "visite",
    "entretiens",
    "accord",
    "gaz",
    "gazoduc",
    "exportations",
    "armée",
    "coopération",
    "échanges",
    "investissements",
    "sécurité",
    "frontière",
    "président",
    "sommet",
    "conseil",
    "sanctions",
    "guerre",
    "indépendance",
    "traité",
    "délégation",
    "réunion",
    "énergie",
    "marché",
    "pétrole",
    "armes",
    "partenariat",
    "le",
    "la",
    "les",
    "de",
    "et",
    "l'Algérie",
    "d'Alger",
    "aujourd'hui",
    "signé",
    "annoncé",
    "stratégique",
    "relations",
];
const RU: &[&str] = &[
    "министр",
    "визит",
    "переговоры",
    "соглашение",
    "газ",
    "газопровод",
    "экспорт",
    "армия",
    "сотрудничество",
    "торговля",
    "инвестиции",
    "безопасность",
    "граница",
    "президент",
    "саммит",
    "совет",
    "санкции",
    "война",
    "независимость",
    "договор",
    "делегация",
    "встреча",
    "энергетика",
    "рынок",
    "нефть",
    "оружие",
    "учения",
    "партнёрство",
    "и",
    "в",
    "с",
    "на",
    "Алжира",
    "России",
    "подписали",
    "заявил",
    "стратегический",
];
const AR: &[&str] = &[
    "وزير",
    "زيارة",
    "محادثات",
    "اتفاقية",
    "الغاز",
    "خط",
    "الصادرات",
    "الجيش",
    "التعاون",
    "التجارة",
    "الاستثمار",
    "الأمن",
    "الحدود",
    "الرئيس",
    "قمة",
    "مجلس",
    "العقوبات",
    "الحرب",
    "الاستقلال",
    "معاهدة",
    "وفد",
    "اجتماع",
    "الطاقة",
    "السوق",
    "النفط",
    "الأسلحة",
    "مناورات",
    "الشراكة",
    "في",
    "من",
    "على",
    "و",
    "الجزائر",
    "روسيا",
    "وقع",
    "أعلن",
    "الاستراتيجية",
    "العلاقات",
    "الجزائرِيّة",
];

/// `(canonical name, kind, aliases in several scripts)`.
const ENTITIES: &[(&str, &str, &[&str])] = &[
    (
        "Saïd Chanegriha",
        "person",
        &["Chanegriha", "Chengriha", "Шанегриха", "شنقريحة"],
    ),
    ("Abdelmadjid Tebboune", "person", &["Tebboune", "Теббун", "تبون"]),
    (
        "Vladimir Putin",
        "person",
        &["Putin", "Poutine", "Путин", "بوتين"],
    ),
    ("Sergey Lavrov", "person", &["Lavrov", "Лавров", "لافروف"]),
    (
        "Wagner Group",
        "org",
        &["Wagner", "Africa Corps", "Вагнер", "فاغنر"],
    ),
    ("Sonatrach", "org", &["Sonatrach", "Сонатрак", "سوناطراك"]),
    ("Sahel", "place", &["Sahel", "Сахель", "الساحل"]),
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

/// What [`fuzz_smoke`] saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FuzzStats {
    pub iterations: u64,
    /// Notices produced by parsing.
    pub notices: u64,
    /// Runs that matched at least one article.
    pub nonempty: u64,
    /// Sum of `total` over all runs.
    pub total_hits: u64,
    /// Query problems reported (unknown fields, dangling operators, …).
    pub query_problems: u64,
}

const FRAGMENTS: &[&str] = &[
    "q=",
    "lang=",
    "topic=",
    "from=",
    "to=",
    "undated=",
    "sort=",
    "doc=",
    "&",
    "=",
    "%",
    "%2",
    "%20",
    "%22",
    "%FF",
    "%C3%A9",
    "+",
    ",",
    "-",
    "*",
    "\"",
    "2023",
    "2023-02",
    "2023-02-30",
    "1999-13",
    "en",
    "fr",
    "ru",
    "ar",
    "EN",
    "energy",
    "defense",
    "relevance",
    "newest",
    "oldest",
    "1",
    "0",
    "x=y",
    "\u{0}",
    "\u{202E}",
    "é",
    "ـ",
    "#",
    // The query language: operators, fields, grouping, dangling pieces.
    "OR",
    "%20OR%20",
    "AND%20",
    "NOT%20",
    "or",
    "title:",
    "title%3A%22",
    "source:",
    "source%3A%22the%20new",
    "author:",
    "-source:",
    "(",
    ")",
    "%28",
    "%29",
    ":",
];

fn random_query_string(rng: &mut Rng, vocab: &[&str]) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(12) {
        match rng.below(10) {
            0..=4 => s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
            5..=7 => {
                if rng.chance(20) {
                    s.push('-');
                }
                if rng.chance(10) {
                    s.push('"');
                }
                s.push_str(vocab[rng.below(vocab.len())]);
                if rng.chance(15) {
                    s.push('*');
                }
                s.push_str(if rng.chance(50) { "%20" } else { "+" });
            }
            8 => s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')),
            _ => s.push_str(&format!("%{:02X}", rng.below(256))),
        }
    }
    s
}

/// Throws `iterations` random query strings (URL fragments, operators, words of
/// every script, broken escapes) at [`ViewState::parse`] and [`Engine::run`] on a
/// 300-article synthetic corpus, checking invariants; panics on a violation.
pub fn fuzz_smoke(iterations: u64, seed: u64) -> FuzzStats {
    let corpus = bench_corpus(300, seed);
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let vocab: Vec<&str> = [EN, FR, RU, AR]
        .iter()
        .flat_map(|w| w.iter().copied())
        .chain(
            ENTITIES
                .iter()
                .flat_map(|(n, _, a)| std::iter::once(*n).chain(a.iter().copied())),
        )
        .collect();
    let mut rng = Rng::new(seed ^ 0xF0F0);
    let mut stats = FuzzStats::default();
    for _ in 0..iterations {
        let qs = random_query_string(&mut rng, &vocab);
        let (state, notices) = ViewState::parse(&qs);
        stats.notices += notices.len() as u64;
        let canon = state.to_query_string();
        let (again, n2) = ViewState::parse(&canon);
        assert!(
            n2.is_empty() && again == state,
            "canonical form does not round-trip: {qs:?} -> {canon:?}"
        );
        let r = engine.run_page(&state, 0, 5);
        assert!(r.hits.len() <= r.total.min(5));
        assert!(r.unfiltered_total >= r.total, "{qs:?}");
        assert!(r.query_problems.iter().all(|p| !p.message().is_empty()));
        stats.query_problems += r.query_problems.len() as u64;
        if let Some(h) = r.hits.first() {
            let marks = engine.article_marks(&state.q, h.doc).unwrap_or_default();
            let a = &corpus.articles[h.doc];
            let body = engine.body(h.doc).unwrap_or("");
            for (text, ranges) in [(a.title.as_str(), &marks.title), (body, &marks.body)] {
                assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0), "{qs:?}");
                for &(s, e) in ranges {
                    assert!(s < e && text.get(s..e).is_some(), "{qs:?}");
                }
            }
        }
        for h in &r.hits {
            let a = &corpus.articles[h.doc];
            assert!(state.lang.is_empty() || state.lang.contains(&a.lang), "{qs:?}");
            for &(s, e) in &h.snippet.highlights {
                assert!(s < e && e <= h.snippet.text.len(), "{qs:?}");
                assert!(h.snippet.text.is_char_boundary(s) && h.snippet.text.is_char_boundary(e));
            }
            for &(s, e) in &h.title_highlights {
                assert!(
                    s < e && e <= a.title.len() && a.title.is_char_boundary(s) && a.title.is_char_boundary(e)
                );
            }
        }
        let lang_sum: usize = r.facets.lang.iter().filter(|f| f.active).map(|f| f.count).sum();
        assert!(state.lang.is_empty() || lang_sum == r.total, "{qs:?}");
        if r.total > 0 {
            stats.nonempty += 1;
        }
        stats.total_hits += r.total as u64;
        stats.iterations += 1;
    }
    stats
}

/// The benchmark plan (shared by `cargo xtask bench` and the
/// `engine_latency` example): queries in all four languages.
/// (query, language facet, topic facet): single words, phrases, prefixes,
/// entity names, two-word queries, with and without facets.
pub const BENCH_QUERIES: &[(&str, Option<&str>, Option<&str>)] = &[
    ("minister", None, None),
    ("pipeline", None, None),
    ("\"foreign minister\"", None, None),
    ("invest*", None, None),
    ("Tebboune", None, None),
    ("gas exports", None, None),
    ("ministre", None, None),
    ("gazoduc", None, None),
    ("\"chef d'état-major\"", None, None),
    ("économ*", None, None),
    ("Lavrov", None, None),
    ("وزير", None, None),
    ("الغاز", None, None),
    ("\"وزير الخارجية\"", None, None),
    ("اقتصاد*", None, None),
    ("تبون", None, None),
    ("министр", None, None),
    ("газопровод", None, None),
    ("\"министр иностранных дел\"", None, None),
    ("экономи*", None, None),
    ("Лавров", None, None),
    ("security", Some("en"), None),
    ("sécurité", Some("fr"), None),
    ("الأمن", Some("ar"), None),
    ("безопасность", Some("ru"), None),
    ("gas", None, Some("energy")),
    ("sanctions", None, Some("ukraine-war")),
    ("ministre", Some("fr"), Some("diplomacy")),
    ("Putin", Some("en"), Some("diplomacy")),
];

/// Facet values clicked on and off again.
pub const BENCH_FACETS: &[(&str, &str)] = &[
    ("lang", "en"),
    ("lang", "fr"),
    ("lang", "ar"),
    ("lang", "ru"),
    ("topic", "energy"),
    ("topic", "defense"),
    ("topic", "diplomacy"),
    ("topic", "ukraine-war"),
];

/// Date bounds set and cleared again.
pub const BENCH_YEARS: &[(&str, &str)] =
    &[("from", "2010"), ("from", "2020"), ("to", "2015"), ("to", "2005")];

/// The kinds [`state_kind`] gives, in report order, then `all`.
pub const STATE_KINDS: [&str; 6] = [
    "words",
    "words + facets",
    "phrase",
    "prefix",
    "filters only",
    "all",
];

/// Nearest-rank quantile `q` of `values` (`None` when empty).
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1));
    v.get(rank - 1).copied()
}

/// (kind, p50, p95) for each of [`STATE_KINDS`] that has samples, from
/// `(kind, milliseconds)` samples.
pub fn latency_by_kind(samples: &[(&str, f64)]) -> Vec<(&'static str, f64, f64)> {
    STATE_KINDS
        .iter()
        .filter_map(|&k| {
            let v: Vec<f64> = samples
                .iter()
                .filter(|(s, _)| k == "all" || *s == k)
                .map(|(_, ms)| *ms)
                .collect();
            Some((k, quantile(&v, 0.5)?, quantile(&v, 0.95)?))
        })
        .collect()
}

/// The kind of a [`bench_states`] state, for per-kind latency figures:
/// `phrase`, `prefix`, `filters only`, `words + facets` or `words`.
pub fn state_kind(s: &ViewState) -> &'static str {
    if s.q.contains('"') {
        "phrase"
    } else if s.q.contains('*') {
        "prefix"
    } else if s.q.is_empty() {
        "filters only"
    } else if !s.lang.is_empty() || !s.topic.is_empty() {
        "words + facets"
    } else {
        "words"
    }
}

/// The plan as view states for the native engine: every query (with its facets),
/// every facet alone, every date bound alone.
pub fn bench_states() -> Vec<ViewState> {
    let mut out = Vec::new();
    for (q, lang, topic) in BENCH_QUERIES {
        let mut s = ViewState {
            q: q.to_string(),
            ..ViewState::default()
        };
        s.lang.extend(lang.map(str::to_string));
        s.topic.extend(topic.map(str::to_string));
        out.push(s);
    }
    for (param, value) in BENCH_FACETS {
        let mut s = ViewState::default();
        match *param {
            "lang" => s.toggle_lang(value),
            _ => s.toggle_topic(value),
        }
        out.push(s);
    }
    for (param, year) in BENCH_YEARS {
        let query = format!("{param}={year}");
        out.push(ViewState::parse(&query).0);
    }
    out
}
