//! The round trip on a small multilingual corpus: files → ingest →
//! [`corpus_zip`] → [`read_zip`] → ingest again, article by article.

use super::tests::{file, reingest};
use super::*;
use crate::ingest::topics::parse_taxonomy;
use crate::ingest::{ingest_files, SourceFile};
use crate::model::{DateBasis, DatePrecision};

pub(super) const TOPICS: &str = r#"
threshold = 1.0

[[topic]]
slug = "diplomacy"
labels = { en = "Diplomacy", fr = "Diplomatie" }
[topic.cues]
en = ["talks", "foreign ministers", "visit", "partnership", "meeting"]
fr = ["visite", "entretiens", "diplomatie", "homologue", "dialogue"]
ar = ["زيارة", "محادثات", "علاقات", "لقاء"]
ru = ["визит", "переговоры", "встреча", "отношения"]

[[topic]]
slug = "energy"
labels = { en = "Energy", fr = "Énergie" }
[topic.cues]
en = ["gas", "pipeline", "energy", "oil"]
fr = ["gaz", "gazoduc", "énergie", "pétrole"]
ar = ["الغاز", "الطاقة", "النفط"]
ru = ["газ", "нефть", "энергетика", "газопровод"]
"#;

pub(super) const ENTITIES: &str = r#"
[[entity]]
name = "Sergey Lavrov"
kind = "person"
aliases = ["Lavrov", "Лавров", "لافروف"]

[[entity]]
name = "Abdelmadjid Tebboune"
kind = "person"
aliases = ["Tebboune", "Теббун", "تبون"]

[[entity]]
name = "Algeria"
kind = "place"
aliases = ["Algérie", "Алжир", "الجزائر"]
"#;

const EN_TALKS: &str = "Algeria and Russia hold talks on gas and arms
By John Smith
ALGIERS
12 March 2024

The foreign ministers of Algeria and Russia met in Algiers on Tuesday for talks on gas exports, the pipeline to Europe and military cooperation. Lavrov praised the partnership.

Advertisement

Lavrov and his counterpart walk in Algiers on Tuesday after the meeting. (Reuters)

Read also: Tebboune expected in Moscow

The two sides discussed energy and oil prices. Lavrov said the talks were frank and that a visit by Tebboune was being prepared.

Moscow

Both ministers will meet again in the autumn.
";

const FR: &str = "+++
title = \"Algeria: \\\"No\\\" to 'X' #1 — تعاون\"
date = \"2022-11\"
lang = \"fr\"
topics = [\"diplomacy\", \"culture\"]
source = 'Le Monde: \"édition\" \\ spéciale'
author = \"Amel Boubekeur\"
url = \"https://example.org/a?b=1&c=2#frag\"
+++
Le ministre algérien des Affaires étrangères a reçu son homologue russe pour des entretiens sur le dialogue politique entre l'Algérie et la Russie.

Photo: Sergueï Lavrov à Alger

La visite a aussi porté sur le gaz et le pétrole. « Nos relations sont stratégiques », a déclaré le ministre.
";

const AR: &str = "---
title: تعاون في مجال الطاقة بين الجزائر وروسيا
date: 2021
place: الجزائر
---
بحث الرئيس تبون مع وزير الخارجية الروسي لافروف خلال لقاء في الجزائر العاصمة التعاون في مجال الطاقة والغاز والنفط وتطوير العلاقات بين البلدين.

وأكد لافروف أن زيارة الرئيس تبون إلى موسكو ستعزز العلاقات الثنائية في مجالات الطاقة والغاز.
";

const RU: &str = "Лавров провёл переговоры в Алжире
Опубликовано 5 мая 2023 г.

Министр иностранных дел России Сергей Лавров провёл переговоры с президентом Алжира Теббуном. Встреча была посвящена поставкам газа и сотрудничеству в области энергетики.

Стороны обсудили отношения двух стран и предстоящий визит Теббуна в Москву, а также цены на нефть и газопровод.
";

/// Undated; a title the cleaner would not take as one ("Mr. " reads as a sentence end);
/// `topics: []` although the taxonomy would find energy and diplomacy.
const UNDATED: &str = "---
title: Mr. Putin receives Mr. Tebboune in the Kremlin
topics: []
---
The two presidents held talks for three hours about gas, the pipeline, oil and energy, the war in Ukraine and the situation in the Sahel, according to a statement published afterwards by the Kremlin press service.

---

Short line.
";

const DASHES: &str = "+++
title = \"---\"
date = 2020-01-05
+++
The title of this article is three dashes, which must survive as a YAML string and not close the front matter.

+++

The second paragraph follows a line of plus signs.
";

fn sources() -> Vec<SourceFile> {
    let copy = EN_TALKS.replace("autumn", "spring");
    vec![
        file("news/en-talks.txt", EN_TALKS),
        file("news/en-talks-copy.txt", &copy),
        file("fr-visite.md", FR),
        file("ar-taawun.md", AR),
        file("ru-vizit.txt", RU),
        file("undated.md", UNDATED),
        file("dashes.md", DASHES),
        file("topics.toml", TOPICS),
        file("entities.toml", ENTITIES),
    ]
}

#[test]
fn corpus_round_trips_through_a_zip_of_markdown() {
    let first = ingest_files(sources());
    assert_eq!(first.problems, []);
    let articles = &first.corpus.articles;
    // The corpus covers what the export must carry.
    let precisions: Vec<Option<DatePrecision>> =
        articles.iter().map(|a| a.date.map(|d| d.precision())).collect();
    for p in [
        Some(DatePrecision::Day),
        Some(DatePrecision::Month),
        Some(DatePrecision::Year),
        None,
    ] {
        assert!(precisions.contains(&p), "{p:?} in {precisions:?}");
    }
    let langs: HashSet<&str> = articles.iter().map(|a| a.lang.as_str()).collect();
    assert_eq!(langs, HashSet::from(["en", "fr", "ar", "ru"]));
    assert!(articles.iter().any(|a| a.date_basis == Some(DateBasis::Stated)));
    assert!(articles.iter().any(|a| !a.captions.is_empty()));
    assert!(articles.iter().any(|a| a.place.is_some()));
    assert!(articles.iter().any(|a| a.duplicate_of.is_some()));
    let undated = articles.iter().find(|a| a.id == "undated").unwrap();
    let taxonomy = parse_taxonomy(TOPICS.as_bytes()).unwrap();
    assert!(undated.topics.is_empty());
    assert!(!taxonomy.assign(&undated.title, &undated.body, "en").is_empty());
    assert!(articles.iter().filter(|a| !a.topics.is_empty()).count() >= 4);
    assert!(articles.iter().filter(|a| !a.entities.is_empty()).count() >= 4);

    let zip = corpus_zip(articles, Some(TOPICS), Some(ENTITIES));
    let second = reingest(&zip);
    assert_eq!(second.problems, []);
    assert_eq!(second.corpus.topics, first.corpus.topics);
    assert_eq!(second.corpus.entities, first.corpus.entities);
    assert_eq!(second.corpus.articles.len(), articles.len());
    for (a, b) in articles.iter().zip(&second.corpus.articles) {
        assert_eq!(a.id, b.id);
        let id = &a.id;
        assert_eq!(a.title, b.title, "{id}");
        assert_eq!(a.lang, b.lang, "{id}");
        assert_eq!(a.date, b.date, "{id}");
        assert_eq!(b.date_basis, a.date.map(|_| DateBasis::Metadata), "{id}");
        assert_eq!(
            b.lang_confidence, 1.0,
            "{id}: every language is known, so it is in the front matter"
        );
        let slugs = |x: &Article| x.topics.iter().map(|t| t.slug.clone()).collect::<Vec<_>>();
        assert_eq!(slugs(a), slugs(b), "{id}");
        assert_eq!(
            (&a.source, &a.author, &a.place, &a.url),
            (&b.source, &b.author, &b.place, &b.url),
            "{id}"
        );
        assert_eq!(a.body, b.body, "{id}");
        assert_eq!(a.captions, b.captions, "{id}");
        assert_eq!(a.words, b.words, "{id}");
        assert_eq!(a.entities, b.entities, "{id}");
        assert_eq!(a.duplicate_of, b.duplicate_of, "{id}");
        assert!(
            !b.warnings.iter().any(|w| w.contains("front matter key")),
            "{id}: {:?}",
            b.warnings
        );
    }
}
