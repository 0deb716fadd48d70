//! Tests of [`super::meta`] and [`super::jsonld`]: which source wins, and bad
//! values as warnings naming their field.

use super::meta::{date_of, lang_of, page_metadata};
use crate::model::PartialDate;
use dom_query::Document;

fn front_of(head: &str) -> crate::ingest::frontmatter::FrontMatter {
    page_metadata(&Document::from(format!(
        "<html><head>{head}</head><body><p>x</p></body></html>"
    )))
}

#[test]
fn json_ld_wins_over_opengraph_and_opengraph_over_the_page() {
    let front = front_of(
        r#"<meta property="og:title" content="OG title">
        <meta property="og:site_name" content="OG site">
        <meta property="article:published_time" content="2020-01-02T00:00:00Z">
        <link rel="canonical" href="https://site.example/canonical">
        <script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"LD title",
          "datePublished":"2021-03-04","publisher":[{"@type":"Organization","name":"LD site"}]}</script>"#,
    );
    assert_eq!(front.title.as_deref(), Some("LD title"));
    assert_eq!(front.source.as_deref(), Some("LD site"));
    assert_eq!(front.date, PartialDate::day(2021, 3, 4));
    assert_eq!(front.url.as_deref(), Some("https://site.example/canonical"));
    assert!(front.warnings.is_empty(), "{:?}", front.warnings);
}

#[test]
fn non_article_json_ld_is_ignored() {
    let front = front_of(
        r#"<script type="application/ld+json">{"@type":"WebSite","name":"Site","datePublished":"1999-01-01"}</script>
        <meta property="og:title" content="Page title">"#,
    );
    assert_eq!(front.title.as_deref(), Some("Page title"));
    assert_eq!(front.date, None);
}

#[test]
fn bad_values_are_warnings_naming_their_field() {
    let front = front_of(
        r#"<meta property="article:published_time" content="yesterday afternoon">
        <meta property="og:locale" content="xx_XX">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-30T10:00:00Z","inLanguage":"tlh"}</script>"#,
    );
    assert_eq!(front.date, None);
    assert_eq!(front.lang, None);
    let all = front.warnings.join("\n");
    for field in [
        "JSON-LD datePublished `2023-02-30T10:00:00Z`",
        "meta article:published_time `yesterday afternoon`",
        "JSON-LD inLanguage `tlh`",
        "meta og:locale `xx_XX`",
    ] {
        assert!(all.contains(field), "{field} not in {all}");
    }
}

#[test]
fn a_later_source_fills_what_an_earlier_one_got_wrong() {
    let front = front_of(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"soon"}</script>
        <meta property="article:published_time" content="2022-11-05T23:59:00-08:00">"#,
    );
    assert_eq!(
        front.date,
        PartialDate::day(2022, 11, 5),
        "the publisher's local day"
    );
    assert_eq!(front.warnings.len(), 1, "{:?}", front.warnings);
}

#[test]
fn author_urls_are_not_names() {
    let front = front_of(r#"<meta property="article:author" content="https://facebook.com/someone">"#);
    assert_eq!(front.author, None);
    let front = front_of(
        r#"<meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Ana Ruiz">"#,
    );
    assert_eq!(front.author.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn dates_and_language_tags() {
    assert_eq!(date_of("2024-02-29"), PartialDate::day(2024, 2, 29));
    assert_eq!(
        date_of("2024-02-29T08:00:00+05:00"),
        PartialDate::day(2024, 2, 29)
    );
    assert_eq!(date_of("2024-02-29 08:00"), PartialDate::day(2024, 2, 29));
    assert_eq!(date_of("2024-06"), PartialDate::month(2024, 6));
    assert_eq!(date_of("2023-02-29"), None);
    assert_eq!(date_of("2024-02-2999"), None);
    assert_eq!(date_of("March 3, 2024"), None);
    assert_eq!(lang_of("en-GB"), Some("en"));
    assert_eq!(lang_of("FR_fr"), Some("fr"));
    assert_eq!(lang_of("ar"), Some("ar"));
    assert_eq!(lang_of("ru-RU"), Some("ru"));
    assert_eq!(lang_of("zh-Hans"), None);
    assert_eq!(lang_of(""), None);
}
