use super::*;
use crate::ingest::ingest_files;
use crate::model::Origin;
use crate::search::Engine;
use crate::view::ViewState;

const TOPICS: &str = r#"
threshold = 0.5

[[topic]]
slug = "energy"
labels = { en = "Energy", fr = "Énergie" }
[topic.cues]
en = ["gas", "pipeline", "supply"]
fr = ["gaz", "gazoduc", "accord"]
ar = ["الغاز", "توريد", "التنقيب"]
ru = ["газ", "поставки", "энергетики"]
"#;

const ENTITIES: &str = r#"
[[entity]]
name = "Sonatrach"
kind = "organisation"
aliases = ["Sonatrach", "سوناطراك", "Сонатрак"]
"#;

fn bundled() -> Bundle {
    let files = vec![
        SourceFile {
            path: "topics.toml".into(),
            bytes: TOPICS.into(),
        },
        SourceFile {
            path: "entities.toml".into(),
            bytes: ENTITIES.into(),
        },
        SourceFile {
            path: "gas-deal.md".into(),
            bytes: "---\ntitle: Sonatrach signs a gas deal\ndate: 2023-05-02\n---\n\
                    Sonatrach signed a new gas supply deal with European buyers on Tuesday, \
                    extending the pipeline contracts that run through the Mediterranean until 2030. \
                    The company said volumes would rise as new fields come on stream next year."
                .into(),
        },
    ];
    let report = ingest_files(files);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    Bundle::new(report.corpus, Vec::new()).with_sources(Some(TOPICS.into()), Some(ENTITIES.into()))
}

fn file(path: &str, text: &str) -> (String, Vec<u8>) {
    (path.into(), text.as_bytes().to_vec())
}

const ARABIC: &str =
    "الجزائر وروسيا\n\nوقعت شركة سوناطراك اتفاقا جديدا لتوريد الغاز مع شركة روسية في العاصمة الجزائرية، \
                      وقال المدير العام إن الاتفاق يشمل التنقيب والإنتاج في الجنوب خلال السنوات المقبلة.";
const RUSSIAN: &str =
    "Газ и Алжир\n\nКомпания Сонатрак подписала соглашение о поставках газа с российскими партнёрами. \
                       Министр энергетики заявил, что сотрудничество будет расширено в ближайшие годы.";
const FRENCH: &str = "---\ntitle: Le gazoduc transsaharien relancé\ndate: 2024-02\n---\n\
                      Le projet de gazoduc transsaharien a été relancé à Alger, où les ministres ont signé un accord \
                      sur le financement des études. Sonatrach y participera avec ses partenaires nigérians.";

#[test]
fn added_files_are_ingested_like_the_build_including_zips_and_bad_files() {
    let mut library = Library::new(bundled(), Vec::new());
    assert!(
        library.bundle().is_none(),
        "nothing added: the page keeps its bundle"
    );
    let zip = zip::write_zip(&[
        ("dossier/gazoduc.md".into(), FRENCH.into()),
        ("dossier/notes.pdf".into(), vec![1, 2]),
    ]);
    let mut calls = 0;
    let summary = library.add(
        vec![
            file("khabar.txt", ARABIC),
            file("novosti.txt", RUSSIAN),
            ("mine.zip".into(), zip),
            ("latin1.txt".into(), b"Alger \xe9t\xe9".to_vec()),
            ("broken.zip".into(), b"PK not really".to_vec()),
        ],
        &mut |_, _| calls += 1,
    );
    assert!(calls >= 3, "progress was reported {calls} times");
    let mut added = summary.added.clone();
    added.sort();
    assert_eq!(added, ["gazoduc", "khabar", "novosti"]);
    for needle in ["latin1.txt", "broken.zip", "mine.zip/dossier/notes.pdf"] {
        assert!(
            summary.problems.iter().any(|p| p.starts_with(needle)),
            "{needle}: {:?}",
            summary.problems
        );
    }
    let corpus = library.corpus();
    let by_id = |id: &str| corpus.article(id).unwrap();
    assert_eq!(by_id("khabar").lang, "ar");
    assert_eq!(by_id("novosti").lang, "ru");
    assert_eq!(by_id("gazoduc").lang, "fr");
    assert_eq!(
        by_id("gazoduc").date.map(|d| d.to_string()).as_deref(),
        Some("2024-02")
    );
    for id in ["khabar", "novosti", "gazoduc"] {
        let a = by_id(id);
        assert_eq!(a.origin, Origin::Added, "{id}");
        assert!(
            a.topics.iter().any(|t| t.slug == "energy"),
            "{id}: {:?}",
            a.topics
        );
        assert!(
            a.entities.iter().any(|e| e.name == "Sonatrach"),
            "{id}: {:?}",
            a.entities
        );
    }
    assert_eq!(by_id("gas-deal").origin, Origin::Bundled);
}

#[test]
fn the_merged_bundle_searches_added_articles_and_removal_restores_the_corpus() {
    let mut library = Library::new(bundled(), Vec::new());
    library.add(
        vec![file("khabar.txt", ARABIC), file("novosti.txt", RUSSIAN)],
        &mut |_, _| {},
    );
    let bundle = Bundle::from_bytes(&library.bundle().unwrap().to_bytes()).unwrap();
    assert_eq!(
        bundle.taxonomy.as_deref(),
        Some(TOPICS),
        "the next drop classifies the same way"
    );
    let engine = Engine::new(&bundle.corpus, &bundle.index);
    let (view, _) = ViewState::parse("q=%D1%81%D0%BE%D0%B3%D0%BB%D0%B0%D1%88%D0%B5%D0%BD%D0%B8%D0%B5");
    let hits: Vec<_> = engine
        .run_page(&view, 0, 10)
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(hits, ["novosti"], "a Russian word of the added article is found");

    // Dropping a file again replaces the earlier version.
    library.add(vec![file("khabar.txt", RUSSIAN)], &mut |_, _| {});
    assert_eq!(library.added().len(), 2);
    assert_eq!(library.corpus().article("khabar").unwrap().lang, "ru");

    assert_eq!(
        library.remove(Some(&["novosti".to_string(), "gas-deal".to_string()])),
        ["novosti"]
    );
    assert_eq!(library.remove(None), ["khabar"]);
    assert!(library.bundle().is_none());
    assert_eq!(
        library.corpus().articles.len(),
        1,
        "bundled articles are never removed"
    );
}

#[test]
fn stored_articles_come_back_and_export_ingests_into_the_same_articles() {
    let mut first = Library::new(bundled(), Vec::new());
    first.add(
        vec![file("khabar.txt", ARABIC), file("gazoduc.md", FRENCH)],
        &mut |_, _| {},
    );
    // What the worker keeps in IndexedDB, and reads on the next visit.
    let stored: Vec<Article> = first.added().to_vec();
    let library = Library::new(bundled(), stored);
    assert_eq!(library.corpus(), first.corpus());

    let again = crate::export_md::tests::reingest(&library.export_zip(None));
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    let before = library.corpus();
    assert_eq!(again.corpus.articles.len(), before.articles.len());
    for a in &before.articles {
        let b = again.corpus.article(&a.id).unwrap();
        assert_eq!(
            (&b.title, &b.lang, b.date, &b.body),
            (&a.title, &a.lang, a.date, &a.body),
            "{}",
            a.id
        );
        let slugs = |x: &Article| x.topics.iter().map(|t| t.slug.clone()).collect::<Vec<_>>();
        assert_eq!(slugs(b), slugs(a), "{}", a.id);
    }
    // With original texts shipped apart, the page gets the added ones inline only.
    let mut apart = bundled();
    let originals = apart.take_originals();
    apart.restore_originals(originals);
    apart.originals = Some("data/originals-1.bin".into());
    let light = Library::new(apart, library.added().to_vec()).bundle().unwrap();
    assert_eq!(light.originals.as_deref(), Some("data/originals-1.bin"));
    assert!(
        light.corpus.articles[0].original.is_empty(),
        "bundled: in the originals file"
    );
    assert!(
        light.corpus.articles[1..].iter().all(|a| !a.original.is_empty()),
        "added: inline"
    );

    // Only the chosen articles when asked.
    let some = zip::read_zip(&library.export_zip(Some(&["khabar".to_string()]))).unwrap();
    let names: Vec<_> = some.iter().map(|e| e.path.as_str()).collect();
    assert!(
        names.contains(&"khabar.md") && !names.contains(&"gazoduc.md"),
        "{names:?}"
    );
}
