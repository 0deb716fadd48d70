//! Tests of clippers' and site generators' front matter through the whole
//! ingest: the Obsidian Web Clipper's and MarkDownload's default templates and
//! Hugo's dates and language tags, filled in by hand for articles written for these tests in
//! English, French, Arabic and Russian. Each file builds (none was refused),
//! with the author, outlet, address and date the template meant.

use super::{ingest_files, SourceFile};
use crate::model::{Article, PartialDate};

fn ingest(files: &[(&str, &str)]) -> Vec<Article> {
    let files = files
        .iter()
        .map(|(path, text)| SourceFile {
            path: (*path).into(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let report = ingest_files(files);
    assert_eq!(report.problems, [], "no file is refused");
    report.corpus.articles
}

/// The Obsidian Web Clipper's default template: `author` a list of `[[links]]`,
/// `source` the page's address, `published` the date, `created` the day of the clip.
fn obsidian(title: &str, authors: &str, url: &str, published: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\nsource: \"{url}\"\nauthor:\n{authors}published: {published}\n\
         created: 2025-01-20\ndescription: \"{title}\"\ntags:\n  - \"clippings\"\n---\n{body}\n"
    )
}

const EN: &str = "ALGIERS — Algeria and Russia signed a memorandum on civilian nuclear energy on Tuesday, \
    the state agency reported, as the two countries widen a partnership long built on arms and grain.\n\n\
    The agreement covers the training of engineers and a study for a research reactor, the energy minister said.";
const FR: &str = "Le ministre russe des Affaires étrangères a été reçu mardi à Alger par le président de la \
    République pour des entretiens consacrés au gaz et à la coopération militaire.\n\n\
    Les deux délégations ont aussi évoqué la situation au Sahel, selon un communiqué de la présidence.";
const AR: &str = "بحث الرئيس الجزائري مع وزير الخارجية الروسي في الجزائر العاصمة سبل تطوير التعاون في مجال \
    الطاقة والغاز، وأكد الجانبان أهمية الشراكة الاستراتيجية بين البلدين.\n\n\
    واتفق الطرفان على عقد اجتماع اللجنة المشتركة خلال الخريف المقبل لمتابعة تنفيذ الاتفاقيات.";
const RU: &str =
    "Министр иностранных дел России провёл в Алжире переговоры с президентом страны. Встреча была \
    посвящена поставкам газа и сотрудничеству в области энергетики.\n\n\
    Стороны также обсудили предстоящий визит алжирского лидера в Москву, сообщает пресс-служба.";

#[test]
fn the_obsidian_web_clippers_template_builds_with_its_authors_outlet_and_date() {
    let files = [
        (
            "clips/en.md",
            obsidian(
                "Algeria and Russia sign a nuclear memorandum",
                "  - \"[[Jane Doe]]\"\n  - \"[[People/John Roe|John Roe]]\"\n",
                "https://www.example-news.com/africa/2024/03/12/nuclear",
                "2024-03-12",
                EN,
            ),
        ),
        (
            "clips/fr.md",
            obsidian(
                "Lavrov reçu à Alger",
                "  - \"[[Élise Martin]]\"\n",
                "https://journal.example.fr/international/lavrov-alger",
                "2023-05-10T09:15:00+02:00",
                FR,
            ),
        ),
        // YAML reads an unquoted `[[Name]]` as a list in a list.
        (
            "clips/ar.md",
            obsidian(
                "الجزائر وروسيا تبحثان التعاون",
                "  - [[سمير بن علي]]\n",
                "http://akhbar.example.dz/article/123",
                "\"\"",
                AR,
            ),
        ),
        (
            "clips/ru.md",
            obsidian(
                "Лавров провёл переговоры в Алжире",
                "  - \"[[Ирина Петрова]]\"\n",
                "https://vesti.example.ru/news/lavrov",
                "2023-05-05",
                RU,
            ),
        ),
    ];
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let articles = ingest(&files);
    let get = |id: &str| articles.iter().find(|a| a.id == id).unwrap();
    let expect = [
        (
            "en",
            "Jane Doe, John Roe",
            "example-news.com",
            PartialDate::day(2024, 3, 12),
        ),
        (
            "fr",
            "Élise Martin",
            "journal.example.fr",
            PartialDate::day(2023, 5, 10),
        ),
        // An empty `published` is no date; the clip's own day (`created`) is not the article's.
        ("ar", "سمير بن علي", "akhbar.example.dz", None),
        (
            "ru",
            "Ирина Петрова",
            "vesti.example.ru",
            PartialDate::day(2023, 5, 5),
        ),
    ];
    for (id, author, outlet, date) in expect {
        let a = get(id);
        assert_eq!(a.author.as_deref(), Some(author), "{id}");
        assert_eq!(a.source.as_deref(), Some(outlet), "{id}");
        assert!(
            a.url
                .as_deref()
                .is_some_and(|u| u.starts_with("http") && u.contains(outlet)),
            "{id}: {:?}",
            a.url
        );
        assert_eq!(a.date, date, "{id}");
        assert_eq!(a.lang, id, "{id}");
        assert!(
            a.warnings.iter().any(|w| w.contains("`source` is an address")),
            "{id}: {:?}",
            a.warnings
        );
    }
}

#[test]
fn markdownloads_template_and_hugo_dates_build_too() {
    // MarkDownload's default: the address as `source`, the byline as `author`, keywords as `tags`.
    let markdownload = format!(
        "---\ncreated: 2024-03-14T10:01:22 (UTC +01:00)\ntags: [algeria, russia]\n\
         source: https://www.example-news.com/africa/nuclear?utm_source=rss\nauthor: Jane Doe\n---\n\n\
         # Algeria and Russia sign a nuclear memorandum\n\n{EN}\n"
    );
    // Hugo: TOML with a date and time, and YAML with a zone.
    let hugo_toml =
        format!("+++\ntitle = \"Lavrov reçu à Alger\"\ndate = 2023-05-10T09:15:00+02:00\n+++\n{FR}\n");
    let hugo_yaml =
        format!("---\ntitle: Лавров в Алжире\nlang: ru-RU\ndate: 2023-05-05T23:30:00-05:00\n---\n{RU}\n");
    let files = [
        ("md.md", markdownload.as_str()),
        ("toml.md", hugo_toml.as_str()),
        ("yaml.md", hugo_yaml.as_str()),
    ];
    let articles = ingest(&files);
    let get = |id: &str| articles.iter().find(|a| a.id == id).unwrap();
    let md = get("md");
    assert_eq!(md.title, "Algeria and Russia sign a nuclear memorandum");
    assert_eq!(md.author.as_deref(), Some("Jane Doe"));
    assert_eq!(md.source.as_deref(), Some("example-news.com"));
    assert_eq!(
        md.url.as_deref(),
        Some("https://www.example-news.com/africa/nuclear?utm_source=rss")
    );
    // The day written, not the day in UTC (the evening of 5 May in New York is 6 May in UTC).
    assert_eq!(get("toml").date, PartialDate::day(2023, 5, 10));
    assert_eq!(get("yaml").date, PartialDate::day(2023, 5, 5));
    // A language tag (`ru-RU`) gives its language, as the front matter's word.
    assert_eq!(
        (get("yaml").lang.as_str(), get("yaml").lang_confidence),
        ("ru", 1.0)
    );
}

#[test]
fn a_date_written_out_is_read_in_every_language() {
    let cases = [
        ("en", "March 12, 2024", EN),
        ("fr", "12 mars 2024", FR),
        ("ar", "12 مارس 2024", AR),
        ("ru", "12 марта 2024 года", RU),
    ];
    for (id, date, body) in cases {
        let text = format!("---\ndate: {date}\n---\n{body}\n");
        let a = &ingest(&[(&format!("{id}.md"), text.as_str())])[0];
        assert_eq!(a.date, PartialDate::day(2024, 3, 12), "{id}: {date}");
    }
    // Numbers whose order the page's language would decide are refused, named.
    let text = format!("---\ndate: 03/04/2024\n---\n{EN}\n");
    let report = ingest_files(vec![SourceFile {
        path: "ambiguous.md".into(),
        bytes: text.into_bytes(),
    }]);
    assert!(
        report.problems[0].to_string().contains("`03/04/2024`"),
        "{}",
        report.problems[0]
    );
}

#[test]
fn a_date_field_still_wins_and_bad_values_are_still_named() {
    let both = format!("---\ndate: 2022-01-02\npublished: 2024-03-12\nsource: Le Monde\n---\n{FR}\n");
    let a = &ingest(&[("both.md", both.as_str())])[0];
    assert_eq!(a.date, PartialDate::day(2022, 1, 2));
    assert_eq!(a.source.as_deref(), Some("Le Monde"));
    assert_eq!(a.url, None);
    // A bad `published` (not a field of the format) is a warning; a bad `date` still refuses the file.
    let odd = format!("---\npublished: last Tuesday\n---\n{EN}\n");
    let a = &ingest(&[("odd.md", odd.as_str())])[0];
    assert!(
        a.warnings.iter().any(|w| w.contains("`published` ignored")),
        "{:?}",
        a.warnings
    );
    let bad = format!("---\ndate: 2024-13-01T10:00:00Z\n---\n{EN}\n");
    let report = ingest_files(vec![SourceFile {
        path: "bad.md".into(),
        bytes: bad.into_bytes(),
    }]);
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].to_string().contains("`date`"),
        "{}",
        report.problems[0]
    );
    // An author item that is not text is named.
    let map = format!("---\nauthor:\n  - name: Jane Doe\n---\n{EN}\n");
    let report = ingest_files(vec![SourceFile {
        path: "map.md".into(),
        bytes: map.into_bytes(),
    }]);
    assert!(
        report.problems[0].to_string().contains("`author`"),
        "{}",
        report.problems[0]
    );
}
