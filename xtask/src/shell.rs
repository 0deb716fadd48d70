//! Fills the page's `__DOSSIER_*__` placeholders (title, meta description, `lang`
//! and the static shell of `index.html`) from the corpus and its `dossier.toml`,
//! so that a reader sees what the dossier is before any script runs.

use crate::Result;
use dossier_core::ingest::dossier::{parse_dossier, DossierInfo, DOSSIER_FILE};
use dossier_core::model::Corpus;
use std::collections::BTreeMap;
use std::path::Path;

/// What the page says about the dossier, as plain text (escaped when written).
#[derive(Debug, Clone, PartialEq)]
pub struct PageInfo {
    /// The dossier's title, or "Dossier".
    pub title: String,
    /// Its description, or one made from the corpus (count, languages, years).
    pub description: String,
    /// The language of title and description, for `<html lang>`.
    pub lang: String,
    /// e.g. "5 articles in English and French, 2022–2025".
    pub count: String,
    /// Links of `dossier.toml`: (label, http(s) URL).
    pub links: Vec<(String, String)>,
    /// The newest articles, listed before the app arrives.
    pub newest: Vec<crate::shell_newest::ShellArticle>,
}

/// Reads `corpus_dir/dossier.toml` if there is one (ingest already reported its
/// problems; here the fields it could use count) and describes `corpus`.
pub fn page_info(corpus_dir: &Path, corpus: &Corpus) -> Result<PageInfo> {
    let path = corpus_dir.join(DOSSIER_FILE);
    let dossier = match std::fs::read(&path) {
        Ok(bytes) => parse_dossier(&path.display().to_string(), &bytes).0,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => DossierInfo::default(),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    Ok(describe(dossier, corpus))
}

/// The page's texts from a parsed `dossier.toml` and the corpus.
pub fn describe(dossier: DossierInfo, corpus: &Corpus) -> PageInfo {
    let n = corpus.articles.len();
    let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &corpus.articles {
        *langs.entry(a.lang.as_str()).or_default() += 1;
    }
    // Most frequent first: "in English and French".
    let mut langs: Vec<(&str, usize)> = langs.into_iter().collect();
    langs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let names: Vec<&str> = langs.iter().map(|(code, _)| language_name(code)).collect();
    let years: Vec<i32> = corpus
        .articles
        .iter()
        .filter_map(|a| a.date.map(|d| d.year))
        .collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a == b => format!(", {a}"),
        (Some(a), Some(b)) => format!(", {a}–{b}"),
        _ => String::new(),
    };
    let count = format!(
        "{n} {} in {}{span}",
        if n == 1 { "article" } else { "articles" },
        list(&names)
    );
    let description = dossier.description.unwrap_or_else(|| {
        format!(
            "A searchable collection of {count}: filter by date, topic and language, and read each article."
        )
    });
    let main_lang = langs.first().map_or("en", |(code, _)| code).to_string();
    PageInfo {
        title: dossier.title.unwrap_or_else(|| "Dossier".into()),
        description,
        lang: dossier.language.unwrap_or(main_lang),
        count,
        links: dossier.links.into_iter().map(|l| (l.label, l.url)).collect(),
        newest: crate::shell_newest::newest(corpus),
    }
}

/// `index.html` with every shell placeholder filled; fails if one is missing,
/// so a changed template cannot silently ship a page without its shell.
pub fn fill(html: &str, info: &PageInfo) -> Result<String> {
    for placeholder in [
        "__DOSSIER_TITLE__",
        "__DOSSIER_DESCRIPTION__",
        "__DOSSIER_COUNT__",
        "__DOSSIER_LINKS__",
        "__DOSSIER_NEWEST__",
    ] {
        if !html.contains(placeholder) {
            return Err(format!("index.html: no {placeholder} placeholder to fill"));
        }
    }
    let links = if info.links.is_empty() {
        String::new()
    } else {
        let items: String = info
            .links
            .iter()
            .map(|(label, url)| format!(r#"<li><a href="{}">{}</a></li>"#, escape(url), escape(label)))
            .collect();
        format!(r#"<ul class="shell-links">{items}</ul>"#)
    };
    Ok(html
        .replacen(
            r#"<html lang="en">"#,
            &format!(r#"<html lang="{}">"#, escape(&info.lang)),
            1,
        )
        .replace("__DOSSIER_TITLE__", &escape(&info.title))
        .replace("__DOSSIER_DESCRIPTION__", &escape(&info.description))
        .replace("__DOSSIER_COUNT__", &escape(&info.count))
        .replace("__DOSSIER_LINKS__", &links)
        .replace("__DOSSIER_NEWEST__", &crate::shell_newest::markup(&info.newest)))
}

/// Escapes text for HTML content and quoted attribute values: dossier.toml is
/// the user's text, never markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "English", "English and French", "English, French and Arabic".
fn list(names: &[&str]) -> String {
    match names {
        [] => "no language".into(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// English name of an ISO 639-1 code the ingest may detect; the code itself otherwise.
fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "fr" => "French",
        "ar" => "Arabic",
        "ru" => "Russian",
        "de" => "German",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "fa" => "Persian",
        "zh" => "Chinese",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::ingest::dossier::Link;
    use dossier_core::ingest::{ingest_files, SourceFile};

    /// A corpus ingested from front-matter files, one per `(lang, year)`.
    fn corpus(articles: &[(&str, Option<i32>)]) -> Corpus {
        let files = articles
            .iter()
            .enumerate()
            .map(|(i, (lang, year))| {
                let date = year.map(|y| format!("date: {y}\n")).unwrap_or_default();
                SourceFile {
                    path: format!("{i}.md"),
                    bytes: format!("---\nlang: {lang}\n{date}---\nTitle {i}\n\nText {i} of the article.\n")
                        .into_bytes(),
                }
            })
            .collect();
        let report = ingest_files(files);
        assert_eq!(report.problems, vec![]);
        report.corpus
    }

    const TEMPLATE: &str = r#"<html lang="en"><title>__DOSSIER_TITLE__</title><meta name="description" content="__DOSSIER_DESCRIPTION__"><h1>__DOSSIER_TITLE__</h1><p>__DOSSIER_COUNT__</p>__DOSSIER_LINKS__ __DOSSIER_NEWEST__"#;

    #[test]
    fn without_dossier_toml_the_corpus_describes_itself() {
        let info = describe(
            DossierInfo::default(),
            &corpus(&[
                ("fr", Some(2024)),
                ("ar", Some(2021)),
                ("fr", None),
                ("ru", Some(2022)),
            ]),
        );
        assert_eq!(info.title, "Dossier");
        assert_eq!(info.count, "4 articles in French, Arabic and Russian, 2021–2024");
        assert!(info.description.contains(&info.count));
        assert_eq!(info.lang, "fr", "the most frequent language");
        let one = describe(DossierInfo::default(), &corpus(&[("en", None)]));
        assert_eq!(one.count, "1 article in English");
    }

    #[test]
    fn the_user_text_is_escaped_everywhere_it_goes() {
        let info = describe(
            DossierInfo {
                title: Some("Gas & \"oil\" <script>alert(1)</script>".into()),
                description: Some("L’Algérie et la Russie".into()),
                language: Some("fr".into()),
                links: vec![Link {
                    label: "Sources <b>".into(),
                    url: "https://example.org/?a=1&b=\"2\"".into(),
                }],
                ..DossierInfo::default()
            },
            &corpus(&[("en", Some(2023))]),
        );
        let html = fill(TEMPLATE, &info).unwrap();
        assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
        assert!(
            html.contains("<title>Gas &amp; &quot;oil&quot; &lt;script&gt;"),
            "{html}"
        );
        assert!(html.contains(r#"content="L’Algérie et la Russie""#));
        assert!(html.contains(r#"<html lang="fr">"#));
        assert!(
            html.contains(r#"<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">Sources &lt;b&gt;</a>"#),
            "{html}"
        );
        assert!(!html.contains("__DOSSIER_"));
    }

    #[test]
    fn a_template_without_its_shell_is_refused() {
        let info = describe(DossierInfo::default(), &corpus(&[("en", None)]));
        let err = fill("<html><title>x</title>", &info).unwrap_err();
        assert!(err.contains("__DOSSIER_TITLE__"), "{err}");
    }

    #[test]
    fn the_real_template_is_filled_completely() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let html = std::fs::read_to_string(root.join("index.html")).unwrap();
        let info = describe(DossierInfo::default(), &corpus(&[("en", Some(2023))]));
        let filled = fill(&html, &info).unwrap();
        for placeholder in [
            "__DOSSIER_TITLE__",
            "__DOSSIER_DESCRIPTION__",
            "__DOSSIER_COUNT__",
            "__DOSSIER_LINKS__",
            "__DOSSIER_NEWEST__",
        ] {
            assert!(!filled.contains(placeholder), "{placeholder} left");
        }
        assert!(filled.contains(r#"data-testid="shell""#));
        assert!(filled.contains(r#"data-testid="shell-newest""#));
    }
}
