use super::*;
use crate::ingest::{ingest_files, SourceFile};
use crate::model::Origin;
use crate::search::Engine;
use crate::view::ViewState;
use crate::zip;

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

/// Every added article as the worker stores it, through the record's JSON text.
fn stored_of(library: &Library) -> Vec<Stored> {
    let ids: Vec<String> = library.added().iter().map(|a| a.id.clone()).collect();
    library
        .records(&ids)
        .iter()
        .map(|r| Stored::from_json(&r.to_json()).unwrap())
        .collect()
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
            ("scan.txt".into(), b"Alger\x00\x01".to_vec()),
            ("broken.zip".into(), b"PK not really".to_vec()),
        ],
        &mut |_, _, _| calls += 1,
    );
    assert!(calls >= 3, "progress was reported {calls} times");
    let mut added = summary.added.clone();
    added.sort();
    assert_eq!(added, ["gazoduc", "khabar", "novosti"]);
    for needle in ["scan.txt", "broken.zip", "mine.zip/dossier/notes.pdf"] {
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
        &mut |_, _, _| {},
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
    library.add(vec![file("khabar.txt", RUSSIAN)], &mut |_, _, _| {});
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
        &mut |_, _, _| {},
    );
    // What the worker keeps in IndexedDB, and reads on the next visit.
    let library = Library::new(bundled(), stored_of(&first));
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
    let light = Library::new(apart, stored_of(&library)).bundle().unwrap();
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

/// One IndexedDB store shared by two tabs, each with its own worker and library.
#[derive(Default)]
struct SharedStore(Vec<Stored>);

impl SharedStore {
    /// What the worker does for a drop: read the store inside the write
    /// transaction, ingest against it, write the new records.
    fn add(&mut self, tab: &mut Library, files: Vec<(String, Vec<u8>)>) -> AddSummary {
        tab.sync(self.0.clone());
        let summary = tab.add(files, &mut |_, _, _| {});
        for record in tab.records(&summary.added) {
            match self.0.iter_mut().find(|r| r.article.id == record.article.id) {
                Some(slot) => *slot = record,
                None => self.0.push(record),
            }
        }
        summary
    }
}

#[test]
fn two_tabs_adding_one_after_the_other_keep_both_and_warn_on_a_replacement() {
    let mut store = SharedStore::default();
    // Both tabs opened before either added anything.
    let mut tab_a = Library::new(bundled(), store.0.clone());
    let mut tab_b = Library::new(bundled(), store.0.clone());

    let a = store.add(
        &mut tab_a,
        vec![file("notes/note.md", FRENCH), file("khabar.txt", ARABIC)],
    );
    assert_eq!(a.added, ["khabar", "note"]);
    assert!(a.replaced.is_empty(), "{:?}", a.replaced);

    // Tab B never heard of them, and adds a different note.md and a new file.
    let b = store.add(
        &mut tab_b,
        vec![file("note.md", RUSSIAN), file("novosti.txt", RUSSIAN)],
    );
    assert_eq!(
        b.replaced,
        [Replacement {
            id: "note".into(),
            path: "note.md".into(),
            earlier_path: "notes/note.md".into(),
            text_changed: true,
        }],
        "the replacement of tab A's note is named, with both files"
    );
    let mut ids: Vec<_> = store.0.iter().map(|r| r.article.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        ["khabar", "note", "novosti"],
        "tab A's khabar is still stored"
    );
    assert_eq!(
        tab_b.corpus().article("khabar").map(|a| a.lang.as_str()),
        Some("ar"),
        "tab B's library is the store's"
    );

    // A file whose stem is a bundled id gets `-2`; the other tab's next one
    // with that stem is seen as the same article, not a silent overwrite.
    let first = store.add(&mut tab_a, vec![file("gas-deal.txt", ARABIC)]);
    assert_eq!(first.added, ["gas-deal-2"]);
    let second = store.add(&mut tab_b, vec![file("other/gas-deal.txt", RUSSIAN)]);
    assert_eq!(second.added, ["gas-deal-2"]);
    assert_eq!(second.replaced.len(), 1, "{:?}", second.replaced);
    assert_eq!(second.replaced[0].earlier_path, "gas-deal.txt");
}

#[test]
fn a_replacement_is_named_only_when_its_text_or_file_changed() {
    let mut library = Library::new(bundled(), Vec::new());
    library.add(vec![file("dossier/khabar.txt", ARABIC)], &mut |_, _, _| {});
    let same = library.add(vec![file("dossier/khabar.txt", ARABIC)], &mut |_, _, _| {});
    assert_eq!(same.added, ["khabar"]);
    assert!(
        same.replaced.is_empty(),
        "the same file again: {:?}",
        same.replaced
    );

    let moved = library.add(vec![file("autre/khabar.txt", ARABIC)], &mut |_, _, _| {});
    assert_eq!(moved.replaced.len(), 1);
    assert!(!moved.replaced[0].text_changed);
    assert_eq!(moved.replaced[0].earlier_path, "dossier/khabar.txt");

    let edited = library.add(
        vec![file(
            "autre/khabar.txt",
            &format!("{ARABIC}\n\nتحديث: أضيفت فقرة."),
        )],
        &mut |_, _, _| {},
    );
    assert_eq!(edited.replaced.len(), 1);
    assert!(edited.replaced[0].text_changed);
    assert_eq!(library.path_of("khabar"), Some("autre/khabar.txt"));
    assert_eq!(library.added().len(), 1);
}

#[test]
fn records_of_every_format_read_back_and_a_newer_one_is_refused() {
    let mut library = Library::new(bundled(), Vec::new());
    library.add(
        vec![file("новости/novosti.txt", RUSSIAN), file("khabar.txt", ARABIC)],
        &mut |_, _, _| {},
    );
    let record = &library.records(&["novosti".to_string()])[0];
    let text = record.to_json();
    let back = Stored::from_json(&text).unwrap();
    assert_eq!(&back, record);
    assert_eq!(back.path, "новости/novosti.txt");

    // Written before paths were kept: the bare article.
    let bare = serde_json::to_string(&library.added()[0]).unwrap();
    let old = Stored::from_json(&bare).unwrap();
    assert_eq!((old.path.as_str(), &old.article), ("", &library.added()[0]));

    let newer = text.replacen("\"format\":2", "\"format\":3", 1);
    assert_ne!(newer, text);
    let err = Stored::from_json(&newer).unwrap_err();
    assert!(err.contains("newer version") && err.contains('3'), "{err}");
    assert!(Stored::from_json("{\"format\":2,\"path\":1")
        .unwrap_err()
        .contains("not JSON"));
    assert!(Stored::from_json("{\"title\":\"x\"}")
        .unwrap_err()
        .contains("not an article"));
}

#[test]
fn a_library_that_no_longer_opens_exports_every_record_even_unreadable_ones() {
    let mut library = Library::new(bundled(), Vec::new());
    library.add(
        vec![file("khabar.txt", ARABIC), file("gazoduc.md", FRENCH)],
        &mut |_, _, _| {},
    );
    let mut records: Vec<String> = library
        .records(&["khabar".to_string(), "gazoduc".to_string()])
        .iter()
        .map(Stored::to_json)
        .collect();
    let newer = records[0].replacen("\"format\":2", "\"format\":9", 1);
    records.push(newer.clone());
    records.push("not json at all — ليس نصا".into());
    let (zip_bytes, unreadable) = stored::rescue_zip(&records, Some(TOPICS), Some(ENTITIES));
    assert_eq!(unreadable, 2);
    let entries = zip::read_zip(&zip_bytes).unwrap();
    let text_of = |name: &str| {
        entries
            .iter()
            .find(|e| e.path == name)
            .and_then(|e| e.bytes.clone().ok())
            .map(|b| String::from_utf8(b).unwrap())
    };
    assert_eq!(
        text_of("unreadable/record-3.json").as_deref(),
        Some(newer.as_str())
    );
    assert_eq!(
        text_of("unreadable/record-4.json").as_deref(),
        Some("not json at all — ليس نصا")
    );
    assert!(text_of("topics.toml").is_some());
    // The readable ones build into the same articles.
    let md: Vec<(String, Vec<u8>)> = entries
        .iter()
        .filter(|e| e.path.ends_with(".md") || e.path.ends_with(".toml"))
        .map(|e| (e.path.clone(), e.bytes.clone().unwrap()))
        .collect();
    let again = crate::export_md::tests::reingest(&zip::write_zip(&md));
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    for id in ["khabar", "gazoduc"] {
        let (a, b) = (
            library.corpus().article(id).unwrap().clone(),
            again.corpus.article(id).unwrap().clone(),
        );
        assert_eq!((&a.title, &a.lang, &a.body), (&b.title, &b.lang, &b.body), "{id}");
    }
}
