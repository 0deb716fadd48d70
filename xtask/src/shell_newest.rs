//! The static shell's list of the dossier's newest articles: headlines a
//! reader sees, and can open, before the app's wasm and data arrive (a phone
//! on a slow link reads them while the search loads). About 1 KB gzipped.

use crate::shell::escape;
use dossier_core::model::Corpus;

/// Articles the shell lists.
pub const SHELL_NEWEST: usize = 8;

/// One article as the shell lists it (plain text: escaped when written).
#[derive(Debug, Clone, PartialEq)]
pub struct ShellArticle {
    pub id: String,
    pub title: String,
    pub lang: String,
    /// Its date and outlet, e.g. "2024-03-12 · RFI".
    pub meta: String,
}

/// The [`SHELL_NEWEST`] newest dated articles of `corpus` (ties by id), or
/// the first by id when none is dated.
pub fn newest(corpus: &Corpus) -> Vec<ShellArticle> {
    let mut order: Vec<&dossier_core::model::Article> = corpus.articles.iter().collect();
    order.sort_by(|a, b| {
        b.date
            .is_some()
            .cmp(&a.date.is_some())
            .then(b.date.cmp(&a.date))
            .then(a.id.cmp(&b.id))
    });
    order
        .into_iter()
        .take(SHELL_NEWEST)
        .map(|a| ShellArticle {
            id: a.id.clone(),
            title: if a.title.trim().is_empty() {
                a.id.clone()
            } else {
                a.title.clone()
            },
            lang: a.lang.clone(),
            meta: a
                .date
                .map(|d| d.to_string())
                .into_iter()
                .chain(a.source.clone())
                .collect::<Vec<_>>()
                .join(" · "),
        })
        .collect()
}

/// The list's markup: links to `?doc=ID` (the app opens the reader there).
/// `index.html` hides it on a link to another view (a search, a filter, an
/// article: the `shell-view` class), which the newest articles would only
/// contradict.
pub fn markup(articles: &[ShellArticle]) -> String {
    if articles.is_empty() {
        return String::new();
    }
    let items: String = articles
        .iter()
        .map(|a| {
            let dir = if matches!(a.lang.as_str(), "ar" | "fa" | "he" | "ur") { "rtl" } else { "auto" };
            format!(
                r#"<li><a href="?doc={}" lang="{}" dir="{dir}">{}</a> <span class="shell-meta">{}</span></li>"#,
                escape(&dossier_core::view::encode(&a.id)),
                escape(&a.lang),
                escape(&a.title),
                escape(&a.meta)
            )
        })
        .collect();
    format!(
        r#"<section id="shell-newest" class="shell-newest" aria-labelledby="shell-newest-title" data-testid="shell-newest"><h2 id="shell-newest-title">Newest articles</h2><ol>{items}</ol></section>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::ingest::{ingest_files, SourceFile};

    fn corpus(files: &[(&str, &str)]) -> Corpus {
        let files = files
            .iter()
            .map(|(path, text)| SourceFile {
                path: path.to_string(),
                bytes: text.as_bytes().to_vec(),
            })
            .collect();
        let report = ingest_files(files);
        assert_eq!(report.problems, vec![]);
        report.corpus
    }

    #[test]
    fn the_newest_dated_articles_are_listed_as_escaped_links() {
        let mut files: Vec<(String, String)> = (1..=10)
            .map(|i| {
                (
                    format!("en-{i:02}.md"),
                    format!("---\ndate: 2024-03-{i:02}\nsource: RFI\n---\nGas talks, day {i}\n\nThe ministers met again on day {i} of the talks.\n"),
                )
            })
            .collect();
        files.push((
            "ar-x.md".into(),
            "---\ndate: 2025-01-02\ntitle: '<b>زيارة</b> & \"لافروف\"'\n---\nوصل وزير الخارجية الروسي إلى الجزائر في زيارة رسمية تستغرق يومين.\n".into(),
        ));
        files.push((
            "undated.md".into(),
            "Undated piece\n\nNo date anywhere in this text at all.\n".into(),
        ));
        let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        let list = newest(&corpus(&refs));
        assert_eq!(list.len(), SHELL_NEWEST);
        assert_eq!(list[0].id, "ar-x");
        assert_eq!(list[1].meta, "2024-03-10 · RFI");
        assert!(list.iter().all(|a| a.id != "undated" && a.id != "en-01"));
        let html = markup(&list);
        assert!(html.contains(r#"<a href="?doc=ar-x" lang="ar" dir="rtl">&lt;b&gt;زيارة&lt;/b&gt; &amp; &quot;لافروف&quot;</a>"#), "{html}");
        assert!(!html.contains("<b>"));
        assert_eq!(html.matches("<li>").count(), SHELL_NEWEST);
        assert_eq!(markup(&[]), "");
    }
}
