//! "Why this matched" on reports in four languages: stems, aliases in other
//! scripts, close spellings, prefixes, phrases, fields; and, on a reference
//! corpus, every form named really is in its field and every result has a reason.

use super::{Explanation, MatchField, MatchKind, PartMatch};
use crate::model::{Corpus, EntityInfo, EntityMention};
use crate::search::query_corpus::news;
use crate::search::tests::art;
use crate::search::{Engine, Index};
use crate::text::tokenize;
use crate::view::ViewState;

/// The explanation of article `id` for `q`, with the corrections the run made.
fn explain(corpus: &Corpus, q: &str, id: &str) -> Explanation {
    let index = Index::build(corpus);
    let engine = Engine::new(corpus, &index);
    let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
    let r = engine.run_page(&state, 0, usize::MAX);
    let doc = corpus.articles.iter().position(|a| a.id == id).unwrap();
    engine.explain(q, &r.corrections, doc).unwrap()
}

/// `(query part, form, kind, fields)` of every form, for compact assertions.
fn flat(e: &Explanation) -> Vec<(String, String, MatchKind, Vec<MatchField>)> {
    e.parts
        .iter()
        .flat_map(|p: &PartMatch| {
            p.forms
                .iter()
                .map(|f| (p.query.clone(), f.form.clone(), f.kind, f.fields.clone()))
        })
        .collect()
}

fn has(e: &Explanation, part: &str, form: &str, kind: MatchKind, fields: &[MatchField]) -> bool {
    flat(e)
        .iter()
        .any(|(p, f, k, fs)| p == part && f == form && *k == kind && fs == fields)
}

use MatchField::{Names, Source, Text, Title};
use MatchKind::{Alias, CloseSpelling, Exact, Phrase, Prefix, Stem};

fn talks() -> Corpus {
    let mut lavrov = art(
        "ru-talks",
        "ru",
        Some("2024-02-01"),
        &[],
        "Переговоры о поставках газа",
        "Поделиться\nМинистр Сергей Лавров заявил, что переговоры о газе продолжатся. Фото: ТАСС",
    );
    lavrov.entities = vec![EntityMention {
        name: "Sergei Lavrov".into(),
        count: 1,
    }];
    let mut declined = art(
        "ru-declined",
        "ru",
        Some("2024-02-02"),
        &[],
        "Визит в Алжир",
        "По словам Лаврова, визит пройдёт весной.",
    );
    declined.entities = lavrov.entities.clone();
    let mut ar = art(
        "ar-talks",
        "ar",
        Some("2024-02-03"),
        &[],
        "مفاوضات الغاز",
        "قال وزير الخارجية ولافروف إن المفاوضات حول الغاز ستستمر. شارك المقال",
    );
    ar.entities = lavrov.entities.clone();
    Corpus {
        articles: vec![
            art(
                "en-talks",
                "en",
                Some("2024-01-30"),
                &[],
                "Gas negotiations resume in Algiers",
                "Share this article\nThe negotiation over gas prices resumed on Monday, officials said. \
                 A new partnership with Sonatrach was announced.\nPhoto: AFP",
            ),
            art(
                "fr-talks",
                "fr",
                Some("2024-01-31"),
                &[],
                "Reprise des négociations gazières",
                "Les négociations sur le prix du gaz ont repris lundi à Alger. Partager sur Facebook",
            ),
            lavrov,
            declined,
            ar,
        ],
        topics: vec![],
        entities: vec![EntityInfo {
            name: "Sergei Lavrov".into(),
            kind: "person".into(),
            aliases: vec![
                "Lavrov".into(),
                "Лавров".into(),
                "Сергей Лавров".into(),
                "لافروف".into(),
            ],
        }],
        stories: Default::default(),
    }
}

#[test]
fn english_words_stems_prefixes_and_fields() {
    let c = talks();
    let e = explain(&c, "negotiation gas partn", "en-talks");
    assert!(has(&e, "negotiation", "negotiations", Stem, &[Title]), "{e:?}");
    assert!(has(&e, "negotiation", "negotiation", Exact, &[Text]), "{e:?}");
    assert!(has(&e, "gas", "gas", Exact, &[Title, Text]), "{e:?}");
    // The last word, still being typed, reaches `partnership`.
    assert!(has(&e, "partn", "partnership", Prefix, &[Text]), "{e:?}");
    // The same query finished with a space: `partn` is a plain word now, in no text.
    let e = explain(&c, "\"gas prices\" title:resume", "en-talks");
    assert!(has(&e, "gas prices", "gas prices", Phrase, &[Text]), "{e:?}");
    assert!(has(&e, "resume", "resume", Exact, &[Title]), "{e:?}");
}

#[test]
fn french_accents_fold_and_stems_match() {
    let c = talks();
    let e = explain(&c, "Négociation gaz", "fr-talks");
    assert!(
        has(&e, "negociation", "negociations", Stem, &[Title, Text]),
        "{e:?}"
    );
    assert!(has(&e, "gaz", "gaz", Exact, &[Text]), "{e:?}");
    let written: Vec<&str> = e.parts[0].forms.iter().map(|f| f.written.as_str()).collect();
    assert_eq!(written, ["négociations"], "written as in the title: {e:?}");
}

#[test]
fn aliases_in_other_scripts_and_declined_forms() {
    let c = talks();
    let e = explain(&c, "Lavrov gas", "ru-talks");
    assert!(has(&e, "lavrov", "сергей лавров", Alias, &[Text]), "{e:?}");
    // `gas` is English: not in this Russian article, so not named.
    assert!(!flat(&e).iter().any(|x| x.0 == "gas"), "{e:?}");
    // Arabic: the alias behind a conjunction (و).
    let e = explain(&c, "lavrov", "ar-talks");
    assert!(has(&e, "lavrov", "ولافروف", Alias, &[Text]), "{e:?}");
    // Russian genitive the reader does not mark: named from ingest's entities.
    let e = explain(&c, "Lavrov", "ru-declined");
    assert!(has(&e, "lavrov", "sergei lavrov", Alias, &[Names]), "{e:?}");
}

#[test]
fn close_spellings_and_or_sides() {
    let c = news();
    let e = explain(&c, "Tebbune gas", "en1");
    assert!(has(&e, "tebbune", "tebboune", CloseSpelling, &[Text]), "{e:?}");
    assert!(has(&e, "gas", "gas", Exact, &[Title, Text]), "{e:?}");
    // Russian close spelling of a plain word.
    let e = explain(&c, "сотрудничесвто", "ru1");
    assert!(
        has(&e, "сотрудничесвто", "сотрудничество", CloseSpelling, &[Text]),
        "{e:?}"
    );
    // The side of an OR the article lacks is left out.
    let e = explain(&c, "gasoline OR pipeline", "en3");
    assert_eq!(e.parts.len(), 1, "{e:?}");
    assert!(has(&e, "pipeline", "pipeline", Exact, &[Text]), "{e:?}");
    // Exclusions name nothing; `source:` names the outlet.
    let e = explain(&c, "oil -gasoline source:reut", "en3");
    assert!(has(&e, "oil", "oil", Exact, &[Title, Text]), "{e:?}");
    assert!(has(&e, "reut", "reuters", Prefix, &[Source]), "{e:?}");
    assert!(!flat(&e).iter().any(|x| x.0 == "gasoline"), "{e:?}");
}

#[test]
fn arabic_and_russian_aliases_from_the_query_side() {
    let c = news();
    // An Arabic query finds the Latin and Cyrillic names.
    let e = explain(&c, "لافروف", "ru1");
    assert!(has(&e, "لافروف", "лавров", Alias, &[Title]), "{e:?}");
    assert!(has(&e, "لافروف", "сергей лавров", Alias, &[Text]), "{e:?}");
    let e = explain(&c, "Вагнер", "ar2");
    assert!(has(&e, "вагнер", "فاغنر", Alias, &[Title, Text]), "{e:?}");
}

/// The folded token sequences of a field's text.
fn field_words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.term).collect()
}

fn occurs(words: &[String], form: &str) -> bool {
    let want: Vec<&str> = form.split(' ').collect();
    words
        .windows(want.len())
        .any(|w| w.iter().zip(&want).all(|(a, b)| a == b))
}

/// Reference: for many queries over the four-language corpus, every article
/// returned has a non-empty explanation, and every form it names occurs, as a
/// run of folded tokens, in the field it names (or, for `Names`, is an entity
/// ingest found in the article).
#[test]
fn every_result_is_explained_by_forms_really_in_its_fields() {
    for c in [news(), talks()] {
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        let queries = [
            "gas",
            "gaz",
            "газ",
            "الغاز",
            "Lavrov",
            "lavr",
            "Лавров",
            "لافروف",
            "Tebbune",
            "Tebboune deal",
            "wagner mali",
            "\"gas partnership\"",
            "partner*",
            "oil OR gasoline",
            "title:wagner",
            "source:rfi",
            "Alger",
            "négociation",
            "переговоры",
            "мали -вагнер",
            "сотрудничесвто",
            "Вагнер",
            "تبون",
            "pétrole",
        ];
        for q in queries {
            let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
            let r = engine.run_page(&state, 0, usize::MAX);
            for hit in &r.hits {
                let doc = c.articles.iter().position(|a| a.id == hit.id).unwrap();
                let a = &c.articles[doc];
                let e = engine.explain(q, &r.corrections, doc).unwrap();
                assert!(!e.parts.is_empty(), "{q} → {}: no explanation", a.id);
                for p in &e.parts {
                    for f in &p.forms {
                        for field in &f.fields {
                            let ok = match field {
                                Title => occurs(&field_words(&a.title), &f.form),
                                Text => occurs(&field_words(&a.body), &f.form),
                                Source => occurs(&field_words(a.source.as_deref().unwrap_or("")), &f.form),
                                Names => a
                                    .entities
                                    .iter()
                                    .any(|m| field_words(&m.name).join(" ") == f.form),
                            };
                            assert!(ok, "{q} → {}: {f:?} not in {field:?}", a.id);
                            assert_eq!(field_words(&f.written).join(" "), f.form, "{q}: {f:?}");
                        }
                    }
                }
            }
        }
    }
}
