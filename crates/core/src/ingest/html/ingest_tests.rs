//! Saved pages beside `.md` files: through `ingest_files` (the build) and
//! through the library's add path with a zip (the worker), both the same core.

use crate::bundle::Bundle;
use crate::ingest::{ingest_files, SourceFile};
use crate::library::Library;
use crate::model::{DateBasis, Origin, PartialDate};
use crate::zip::write_zip;

const PAGE: &str = include_str!("testdata/en_graph.html");
const TRAM: &str = include_str!("testdata/fr_og.html");

const MD: &str = "---\ntitle: Ferry timetable to change in spring\ndate: 2025-01-20\n---\n\
    The ferry company serving Port Ellis will cut its first morning crossing from April, \
    after passenger numbers on the early boat fell for a third year. Commuters say the \
    change will make them late for work on the mainland.\n";

/// The English page's article, retyped as a plain text file.
const COPY_OF_PAGE: &str = "Harbour authority approves night dredging plan\n\n\
    The harbour authority in Port Ellis voted on Monday to allow dredging of the main channel at night, ending a two-year dispute with residents of the old town over noise and silt.\n\n\
    Under the plan, dredgers will work between 10pm and 5am for six weeks from March, when tides are lowest and the fewest ferries use the channel. Contractors must keep noise below 55 decibels at the nearest homes, a limit the authority says will be checked by independent monitors every night.\n\n\
    The vote followed a consultation in which 412 households replied. About half said night work was acceptable if it shortened the project; others asked for compensation for lost sleep, which the authority rejected.\n\n\
    \u{201c}We have listened, and we have changed the hours twice,\u{201d} said Alison Marsh, who chairs the authority\u{2019}s board. \u{201c}A deeper channel keeps the fish market and the ferry service in this town.\u{201d}\n\n\
    Work starts on 3 March and should end by mid-April.\n\nSilt will be taken by barge to a licensed site 12 miles offshore.\n\nA hotline will take complaints around the clock.\n\n\
    Opponents said they would ask the county council to review the decision. Their spokesman, Dev Prakash, said the monitors should be chosen by residents rather than by the authority that pays the contractors.\n";

fn file(path: &str, bytes: &[u8]) -> SourceFile {
    SourceFile {
        path: path.into(),
        bytes: bytes.to_vec(),
    }
}

/// A short French page in windows-1252, as older sites still serve.
fn latin_page() -> Vec<u8> {
    let mut page = b"<html lang=fr><head><meta charset=windows-1252><title>Le caf\xe9 de la gare rouvre</title></head><body><article><h1>Le caf\xe9 de la gare rouvre</h1>".to_vec();
    for _ in 0..3 {
        page.extend(b"<p>Apr\xe8s deux ans de travaux, le caf\xe9 de la gare de Quimper rouvre ses portes lundi. Les nouveaux g\xe9rants promettent des produits locaux et une terrasse \x93ouverte toute l'ann\xe9e\x94, m\xeame en hiver.</p>");
    }
    page.extend(b"</article></body></html>");
    page
}

#[test]
fn pages_build_beside_markdown_files_and_share_the_pipeline() {
    let report = ingest_files(vec![
        file("news/ferry.md", MD.as_bytes()),
        file("news/harbour.html", PAGE.as_bytes()),
        file("news/harbour-copy.txt", COPY_OF_PAGE.as_bytes()),
        file("fr/tram.HTM", TRAM.as_bytes()),
        file("fr/cafe.html", &latin_page()),
        file(
            "fr/cyrillic.html",
            b"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
        ),
        file("scan.pdf", b"%PDF-1.7"),
    ]);
    let ids: Vec<&str> = report.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["cafe", "ferry", "harbour", "harbour-copy", "tram"]);
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("fr/cyrillic.html: ") && problems[0].contains("koi8-r"));
    assert!(problems[1].starts_with("scan.pdf: ") && problems[1].contains(".html"));

    let get = |id: &str| report.corpus.article(id).unwrap();
    let harbour = get("harbour");
    assert_eq!(harbour.date_basis, Some(DateBasis::Metadata));
    assert!(
        !harbour.original.contains('<') && harbour.original.contains("Alison Marsh"),
        "the original text of a page is its article's text, not HTML"
    );
    assert_eq!(get("ferry").date, PartialDate::day(2025, 1, 20));
    assert_eq!(
        get("harbour-copy").duplicate_of.as_deref(),
        Some("harbour"),
        "a page and a text copy of it are near-duplicates"
    );
    assert_eq!(get("tram").lang, "fr");
    let cafe = get("cafe");
    assert_eq!(cafe.title, "Le café de la gare rouvre");
    assert!(
        cafe.body
            .contains("une terrasse \u{201c}ouverte toute l'année\u{201d}, même en hiver"),
        "{}",
        cafe.body
    );
}

#[test]
fn pages_inside_a_zip_are_added_through_the_library() {
    let bundled = ingest_files(vec![file("ferry.md", MD.as_bytes())]);
    let mut library = Library::new(Bundle::new(bundled.corpus, Vec::new()), Vec::new());
    let zip = write_zip(&[
        ("saved/harbour.html".into(), PAGE.as_bytes().to_vec()),
        ("saved/tram.htm".into(), TRAM.as_bytes().to_vec()),
        ("saved/page_files/style.css".into(), b"p{}".to_vec()),
    ]);
    let summary = library.add(vec![("pages.zip".into(), zip)], &mut |_, _, _| {});
    let mut added = summary.added.clone();
    added.sort();
    assert_eq!(added, ["harbour", "tram"]);
    assert_eq!(summary.problems.len(), 1, "{:?}", summary.problems);
    assert!(summary.problems[0].starts_with("pages.zip/saved/page_files/style.css: not an article"));
    let corpus = library.corpus();
    let harbour = corpus.article("harbour").unwrap();
    assert_eq!(harbour.origin, Origin::Added);
    assert_eq!(harbour.title, "Harbour authority approves night dredging plan");
    assert_eq!(harbour.date, PartialDate::day(2025, 2, 11));
    assert_eq!(harbour.source.as_deref(), Some("The Coastal Ledger"));
    assert!(!harbour.body.contains("Share on"), "{}", harbour.body);
    assert_eq!(
        corpus.article("tram").unwrap().author.as_deref(),
        Some("Claire Vautrin")
    );
}

#[test]
fn a_json_ld_article_body_replaces_a_wrong_pick_and_never_brings_markup() {
    let paragraph = "<p>Le syndicat des transports a annoncé mardi une hausse de 4 % du prix du ticket &amp; de l'abonnement mensuel à partir de janvier.</p>";
    let page = format!(
        r#"<html lang="fr"><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Hausse du ticket","articleBody":"{}"}}</script></head>
        <body><div class="content"><p>Contactez-nous au 01 02 03 04 05. Mentions légales et conditions d'utilisation du site, tous droits réservés à la société éditrice.</p></div></body></html>"#,
        paragraph.repeat(6)
    );
    let report = ingest_files(vec![file("ticket.html", page.as_bytes())]);
    let a = &report.corpus.articles[0];
    assert_eq!(a.title, "Hausse du ticket");
    assert!(
        a.body
            .contains("une hausse de 4 % du prix du ticket & de l'abonnement"),
        "{}",
        a.body
    );
    assert!(!a.body.contains("Mentions légales"), "{}", a.body);
    assert!(!a.body.contains('<') && !a.body.contains("&amp;"), "{}", a.body);
}

/// A page with no metadata date that prints its byline and date between the
/// headline and the article, outside what the extractor keeps.
#[test]
fn a_date_printed_under_the_headline_is_stated_and_the_byline_read() {
    let mut page = String::from(
        "<html><head><title>Новый паром на Волге</title></head><body>\
         <nav><a href=/>Главная</a> <a href=/reg>Регионы</a></nav>\
         <div id=main><div class=rubric>ОБЩЕСТВО</div><h1>Новый паром на Волге</h1>\
         <div class=byline>Автор: Ольга Смирнова</div><div class=stamp>Опубликовано 14.03.2025, 10:15</div>\
         <div class=text>",
    );
    for _ in 0..4 {
        page.push_str(
            "<p>Новый паром начал ходить между двумя берегами Волги в понедельник. Жители говорят, \
             что дорога на работу стала короче на час, а билеты стоят столько же, сколько раньше.</p>",
        );
    }
    page.push_str("</div></div><footer>© 2025 Волжские вести</footer></body></html>");
    let report = ingest_files(vec![file("parom.html", page.as_bytes())]);
    let article = &report.corpus.articles[0];
    assert_eq!(article.date, PartialDate::parse("2025-03-14").ok());
    assert_eq!(article.date_basis, Some(DateBasis::Stated));
    assert_eq!(article.author.as_deref(), Some("Ольга Смирнова"));
    assert!(!article.body.contains("Опубликовано"), "{}", article.body);
    assert!(article.body.starts_with("Новый паром начал"), "{}", article.body);
}
