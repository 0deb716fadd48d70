//! Topic assignment measured against an editor's choices on texts written for it
//! (`testdata/topics/{en,fr,ar,ru}.toml`), with the seed dossier's `corpus/topics.toml`.
//!
//! Recall counts the editor's topics found; a topic that is neither the editor's
//! nor listed as `acceptable` for that text is wrong. Texts marked `held_out` were
//! never tuned on: their figures are printed apart and not asserted, so that they
//! stay an honest estimate of how the cue lists do on unseen text.

use super::parse_taxonomy;
use serde::Deserialize;

const TAXONOMY: &[u8] = include_bytes!("../../../../corpus/topics.toml");
const SETS: [(&str, &str); 4] = [
    ("en", include_str!("../../testdata/topics/en.toml")),
    ("fr", include_str!("../../testdata/topics/fr.toml")),
    ("ar", include_str!("../../testdata/topics/ar.toml")),
    ("ru", include_str!("../../testdata/topics/ru.toml")),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvalFile {
    text: Vec<EvalText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EvalText {
    title: String,
    body: String,
    topics: Vec<String>,
    #[serde(default)]
    acceptable: Vec<String>,
    #[serde(default)]
    held_out: bool,
}

/// Totals of one language (or of all).
#[derive(Default, Clone, Copy)]
struct Tally {
    texts: usize,
    expected: usize,
    found: usize,
    wrong: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.texts += o.texts;
        self.expected += o.expected;
        self.found += o.found;
        self.wrong += o.wrong;
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.found as f64 / self.expected as f64
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<10} {:>5} {:>8} {:>5} {:>7.2} {:>5}",
            self.texts,
            self.expected,
            self.found,
            self.recall(),
            self.wrong
        )
    }
}

/// Scores every text of every language; returns (tuned, held-out) tallies per language.
fn evaluate() -> Vec<(&'static str, Tally, Tally)> {
    let tax = parse_taxonomy(TAXONOMY).expect("corpus/topics.toml parses");
    let slugs: Vec<&str> = tax.topics.iter().map(|t| t.info.slug.as_str()).collect();
    let mut rows = Vec::new();
    for (lang, src) in SETS {
        let file: EvalFile = toml::from_str(src).unwrap_or_else(|e| panic!("{lang}.toml: {e}"));
        let (mut tuned, mut held) = (Tally::default(), Tally::default());
        for t in &file.text {
            for s in t.topics.iter().chain(&t.acceptable) {
                assert!(slugs.contains(&s.as_str()), "{lang}: unknown slug {s}");
            }
            let words = t.body.split_whitespace().count();
            assert!((80..=250).contains(&words), "{lang} {:?}: {words} words", t.title);
            let scored = tax.assign(&t.title, &t.body, lang);
            let got: Vec<String> = scored.iter().map(|s| s.slug.clone()).collect();
            let shown: Vec<String> = scored
                .iter()
                .map(|s| format!("{} {:.1}", s.slug, s.score))
                .collect();
            eprintln!("{lang} {:?}: {}", t.title, shown.join(", "));
            let found = t.topics.iter().filter(|s| got.contains(s)).count();
            let wrong: Vec<&String> = got
                .iter()
                .filter(|s| !t.topics.contains(s) && !t.acceptable.contains(s))
                .collect();
            let missed: Vec<&String> = t.topics.iter().filter(|s| !got.contains(s)).collect();
            if !missed.is_empty() || !wrong.is_empty() {
                eprintln!(
                    "{lang}{} {:?}: missed {missed:?}, wrong {wrong:?}",
                    if t.held_out { " (held out)" } else { "" },
                    t.title
                );
            }
            let tally = if t.held_out { &mut held } else { &mut tuned };
            tally.add(Tally {
                texts: 1,
                expected: t.topics.len(),
                found,
                wrong: wrong.len(),
            });
        }
        rows.push((lang, tuned, held));
    }
    rows
}

#[test]
fn topics_match_an_editor_in_every_language() {
    let rows = evaluate();
    let header = "lang       texts expected found  recall wrong";
    let (mut all, mut all_held) = (Tally::default(), Tally::default());
    eprintln!("tuned texts\n{header}");
    for (lang, tuned, _) in &rows {
        eprintln!("{}", tuned.row(lang));
        all.add(*tuned);
    }
    eprintln!("{}\nheld-out texts (not asserted)\n{header}", all.row("all"));
    for (lang, _, held) in &rows {
        eprintln!("{}", held.row(lang));
        all_held.add(*held);
    }
    eprintln!("{}", all_held.row("all"));
    for (lang, tuned, held) in &rows {
        assert!(tuned.texts >= 8 && held.texts >= 1, "{lang}: too few texts");
        assert!(tuned.recall() >= 0.9, "{lang}: recall {:.2}", tuned.recall());
        assert_eq!(tuned.wrong, 0, "{lang}: wrong topics");
    }
}

/// Words that share a stem with a general word of a topic ("important" and
/// "imports", "customers" and "customs", "think tank", French "centrale" and
/// "brut", "la lutte contre…") must not make the seed taxonomy assign it.
#[test]
fn false_friends_of_cues_do_not_make_a_topic() {
    let tax = parse_taxonomy(TAXONOMY).expect("corpus/topics.toml parses");
    let cases = [
        (
            "en",
            "What customers want, according to a think tank",
            "It is important to listen to customers, the think tank said. Busy customers find it \
             important that shops open late; importantly, most customers pay by card. Water tanks \
             and fuel tanks were also on sale.",
            &["economy", "defense"][..],
        ),
        (
            "fr",
            "La Banque centrale relève ses prévisions",
            "Le produit intérieur brut a progressé, a indiqué la Banque centrale, qui juge important \
             de poursuivre la lutte contre l'inflation. La marche de l'économie reste solide en \
             Afrique centrale, où la lutte contre la pauvreté est une priorité importante.",
            &["energy", "history"][..],
        ),
        (
            "ru",
            "Борьба с контрабандой на границе",
            "Борьба с терроризмом и борьба с контрабандой остаются главными задачами пограничников. \
             В ходе борьбы задержаны десять человек, ведется борьба с незаконной миграцией.",
            &["history"][..],
        ),
    ];
    for (lang, title, body, not) in cases {
        let got: Vec<String> = tax
            .assign(title, body, lang)
            .into_iter()
            .map(|t| t.slug)
            .collect();
        for slug in not {
            assert!(!got.iter().any(|g| g == slug), "{lang} {title:?}: {got:?}");
        }
    }
}
