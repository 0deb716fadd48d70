//! Tests of [`super::add::add_files`] on a small corpus written here.

use super::add::{add_files, AddReport};
use super::{ingest_files, IngestReport, SourceFile};
use crate::model::{Article, Corpus, DateBasis, Origin, PartialDate};

const TOPICS: &str = r#"
[[topic]]
slug = "energy"
labels = { en = "Energy", fr = "Énergie" }
cues = { en = ["gas", "oil", "pipeline"], fr = ["gaz", "pétrole", "gazoduc"], ar = ["غاز", "نفط", "أنبوب"], ru = ["газ", "нефть", "трубопровод"] }

[[topic]]
slug = "defense"
labels = { en = "Defence", fr = "Défense" }
cues = { en = ["army", "weapons", "military"], fr = ["armée", "armes", "militaire"], ar = ["جيش", "أسلحة", "عسكري"], ru = ["армия", "оружие", "военный"] }
"#;

const ENTITIES: &str = r#"
[[entity]]
name = "Algeria"
kind = "place"
aliases = ["Algérie", "Алжир", "الجزائر"]

[[entity]]
name = "Sergey Lavrov"
kind = "person"
aliases = ["Lavrov", "Лавров", "لافروف"]
"#;

pub(super) const GAS: &str = "Algeria and Italy sign a gas deal\n\nPublished on 12 May 2023\n\nAlgeria will send more gas to Italy under a deal signed in Rome on Friday, the energy ministry said. The new pipeline capacity will let Algeria raise its gas exports by a fifth next year, and oil revenues are expected to grow as well.\n\nFollow us on Telegram\n";

const TALKS: &str = "---\ntitle: Visite à Alger\ndate: 2023-09-02\n---\nLe ministre des affaires étrangères s'est rendu à Alger pour des consultations politiques avec son homologue. Les deux pays ont signé une déclaration commune sur le partenariat stratégique et la coopération culturelle.\n\nFollow us on Telegram\n";

pub(super) const ARABIC: &str = "الجزائر وروسيا تبحثان صادرات الغاز\nنشر في 14 مارس 2023\n\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الجزائري في العاصمة الجزائر لبحث صادرات الغاز والنفط إلى أوروبا. وقال لافروف إن التعاون في مجال الغاز يشمل بناء أنبوب جديد لنقل الغاز والنفط عبر البحر. وأكد الجانبان أن أسعار النفط والغاز في الأسواق العالمية تتطلب تنسيقا أكبر بين البلدين.\n";

pub(super) const RUSSIAN: &str = "Лавров обсудил в Алжире поставки газа\nОпубликовано: 5 марта 2024\n\nМинистр иностранных дел России Сергей Лавров провёл переговоры в Алжире о поставках газа и нефти в Европу. По словам Лаврова, строительство нового трубопровода позволит увеличить экспорт газа. Стороны также обсудили цены на нефть и газ на мировом рынке.\n";

pub(super) const FRENCH: &str = "L'armée algérienne achète de nouvelles armes\nPublié le 3 février 2022\n\nL'Algérie a signé un contrat pour l'achat de nouvelles armes destinées à son armée. Le ministre de la défense a indiqué que la coopération militaire avec la Russie se poursuivra. Les exercices militaires conjoints de l'armée auront lieu en automne, avec des armes modernes.\n";

pub(super) const ENGLISH: &str = "---\ntitle: Algeria expands gas exports\ndate: 2021-06\n---\nAlgeria plans to raise gas exports to Europe through a new pipeline, the minister said in Algiers. Oil and gas revenues grew last year, and the pipeline will carry more gas to Spain from the autumn.\n\nFollow us on Telegram\n";

pub(super) fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn bundled_files() -> Vec<SourceFile> {
    vec![
        file("topics.toml", TOPICS),
        file("entities.toml", ENTITIES),
        file("gas.txt", GAS),
        file("gas-reprint.txt", &GAS.replace("on Friday", "on Friday morning")),
        file("talks.md", TALKS),
    ]
}

/// The small bundled corpus, as the build makes it.
pub(super) fn bundled() -> IngestReport {
    let report = ingest_files(bundled_files());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report
}

pub(super) fn add(existing: &Corpus, files: Vec<SourceFile>) -> AddReport {
    let b = bundled();
    add_files(
        existing,
        b.taxonomy.as_deref(),
        b.gazetteer.as_deref(),
        files,
        &mut |_, _| {},
    )
}

pub(super) fn get<'a>(r: &'a AddReport, id: &str) -> &'a Article {
    r.added
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", r.added))
}

fn slugs(a: &Article) -> Vec<&str> {
    a.topics.iter().map(|t| t.slug.as_str()).collect()
}

fn names(a: &Article) -> Vec<&str> {
    let mut v: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    v.sort();
    v
}

#[test]
fn articles_in_four_languages_get_language_date_topics_and_entities() {
    let corpus = bundled().corpus;
    let r = add(
        &corpus,
        vec![
            file("drop/ar.txt", ARABIC),
            file("drop/ru.md", RUSSIAN),
            file("drop/fr.txt", FRENCH),
            file("drop/en.md", ENGLISH),
        ],
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.replaced.is_empty());
    let ids: Vec<&str> = r.added.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["ar", "en", "fr", "ru"], "sorted by id");
    assert!(r
        .added
        .iter()
        .all(|a| a.origin == Origin::Added && a.duplicate_of.is_none()));

    let expect = [
        (
            "ar",
            "ar",
            PartialDate::day(2023, 3, 14),
            DateBasis::Stated,
            "energy",
        ),
        (
            "ru",
            "ru",
            PartialDate::day(2024, 3, 5),
            DateBasis::Stated,
            "energy",
        ),
        (
            "fr",
            "fr",
            PartialDate::day(2022, 2, 3),
            DateBasis::Stated,
            "defense",
        ),
        (
            "en",
            "en",
            PartialDate::month(2021, 6),
            DateBasis::Metadata,
            "energy",
        ),
    ];
    for (id, lang, date, basis, topic) in expect {
        let a = get(&r, id);
        assert_eq!(
            (a.lang.as_str(), a.date, a.date_basis),
            (lang, date, Some(basis)),
            "{id}"
        );
        assert_eq!(slugs(a), [topic], "{id}");
    }
    assert_eq!(names(get(&r, "ar")), ["Algeria", "Sergey Lavrov"]);
    assert_eq!(names(get(&r, "ru")), ["Algeria", "Sergey Lavrov"]);
    assert_eq!(names(get(&r, "fr")), ["Algeria"]);
    assert_eq!(names(get(&r, "en")), ["Algeria"]);
    // The line is in two bundled files and this one: boilerplate across the whole corpus.
    assert!(!get(&r, "en").body.contains("Telegram"), "{}", get(&r, "en").body);
    let alone = add(&Corpus::default(), vec![file("en.md", ENGLISH)]);
    assert!(
        alone.added[0].body.contains("Telegram"),
        "once is not boilerplate"
    );
}

#[test]
fn added_articles_are_made_as_the_build_would_make_them() {
    let new = [
        ("ar.txt", ARABIC),
        ("ru.md", RUSSIAN),
        ("fr.txt", FRENCH),
        ("en.md", ENGLISH),
    ];
    let mut all = bundled_files();
    all.extend(new.iter().map(|(p, t)| file(p, t)));
    let built = ingest_files(all).corpus;
    let r = add(&bundled().corpus, new.iter().map(|(p, t)| file(p, t)).collect());
    for a in &r.added {
        let b = built.article(&a.id).expect("built too");
        assert_eq!(
            a,
            &Article {
                origin: Origin::Added,
                ..b.clone()
            }
        );
    }
}

#[test]
fn bad_files_are_problems_naming_them_and_progress_counts_every_file() {
    let files = vec![
        file("drop/en.md", ENGLISH),
        SourceFile {
            path: "drop/cp1252.txt".into(),
            bytes: b"Caf\xe9 \x93cr\xe8me\x94 and more words here".to_vec(),
        },
        file("dossier.zip/sub/empty.md", " \n"),
        file("dossier.zip/sub/photo.jpg", "\u{fffd}"),
        file("dossier.zip/sub/topics.toml", TOPICS),
        file("dossier.zip/bad.md", "---\ntitle: [unclosed\n---\nText."),
        file("dossier.zip/__MACOSX/._en.md", "junk"),
        file("dossier.zip/README.md", ENGLISH),
    ];
    let n = files.len();
    let mut calls = Vec::new();
    let r = add_files(&bundled().corpus, None, None, files, &mut |done, total| {
        calls.push((done, total))
    });
    assert_eq!(calls, (1..=n).map(|d| (d, n)).collect::<Vec<_>>());
    let ids: Vec<&str> = r.added.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["cp1252", "en"]);
    // Not UTF-8: read in the Windows code page its words fit, and said so.
    let cp1252 = &r.added[0];
    assert_eq!(cp1252.original, "Café “crème” and more words here");
    assert!(cp1252
        .warnings
        .iter()
        .any(|w| w == "not UTF-8: read as windows-1252 (Western European)"));
    let problems: Vec<(&str, &str)> = r
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.reason.as_str()))
        .collect();
    let paths: Vec<&str> = problems.iter().map(|p| p.0).collect();
    assert_eq!(
        paths,
        [
            "dossier.zip/bad.md",
            "dossier.zip/sub/empty.md",
            "dossier.zip/sub/photo.jpg",
            "dossier.zip/sub/topics.toml",
        ]
    );
    assert!(problems[1].1.contains("empty"), "{problems:?}");
    assert!(problems[2].1.starts_with("not an article"), "{problems:?}");
    assert!(r.problems[0].line.is_some(), "front matter errors name the line");
    // Without a taxonomy or gazetteer: no inferred topics, no entities.
    assert!(r.added[1].topics.is_empty() && r.added[1].entities.is_empty());
}

#[test]
fn a_bad_taxonomy_text_is_a_problem_and_the_files_still_go_in() {
    let r = add_files(
        &bundled().corpus,
        Some("[[topic]\n"),
        Some(ENTITIES),
        vec![file("en.md", ENGLISH)],
        &mut |_, _| {},
    );
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].path, "topics.toml");
    assert_eq!(names(&r.added[0]), ["Algeria"]);
}
