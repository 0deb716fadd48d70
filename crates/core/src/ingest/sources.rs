//! Outlets: the corpus's optional `sources.toml` merges the names one outlet
//! goes by (in front matter, bylines, scraped pages) into one canonical name,
//! which the Outlet facet and `source=` use.
//!
//! ```toml
//! [[source]]
//! name = "RFI"
//! aliases = ["Radio France Internationale", "rfi.fr", "RFI (machine translation from French)"]
//! ```
//!
//! A name matches whatever its case, accents and inner spacing (`rfi`,
//! `Radio  France internationale`); a source no entry names is kept as it is.

use super::frontmatter::ReadError;
use super::topics::toml_error;
use crate::model::Article;
use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;

/// The outlet file a corpus may hold.
pub const SOURCES_FILE: &str = "sources.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    source: Vec<SourceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDef {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Outlet names by the key they match on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outlets {
    canonical: HashMap<String, String>,
}

/// What a name matches on: folded (case, accents), spaces collapsed.
fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line of the `n`-th (0-based) `[[source]]` header, for errors the TOML
/// parser cannot place (an empty name, an alias claimed twice).
fn entry_line(text: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("[[source]]"))
        .nth(n)
        .map(|(i, _)| i + 1)
}

/// Parses `sources.toml`; errors name the line where known.
pub fn parse_outlets(bytes: &[u8]) -> Result<Outlets, ReadError> {
    let text = super::frontmatter::decode(bytes)?;
    let file: File = toml::from_str(&text).map_err(|e| toml_error(&text, &e, SOURCES_FILE))?;
    let mut canonical: HashMap<String, String> = HashMap::new();
    for (n, def) in file.source.into_iter().enumerate() {
        let name = def.name.trim().to_string();
        let fail = |reason: String| ReadError {
            line: entry_line(&text, n),
            reason: format!("{SOURCES_FILE} is not valid: {reason}"),
        };
        if key(&name).is_empty() {
            return Err(fail("a [[source]] has an empty name".into()));
        }
        for alias in std::iter::once(&name).chain(&def.aliases) {
            let k = key(alias);
            if k.is_empty() {
                continue;
            }
            match canonical.get(&k) {
                Some(other) if *other != name => {
                    return Err(fail(format!("\"{alias}\" is already a name of \"{other}\"")));
                }
                _ => {
                    canonical.insert(k, name.clone());
                }
            }
        }
    }
    Ok(Outlets { canonical })
}

impl Outlets {
    /// The canonical name of `source`, if an entry names it.
    pub fn canonical(&self, source: &str) -> Option<&str> {
        self.canonical.get(&key(source)).map(String::as_str)
    }

    /// Gives each article whose source an entry names that entry's name.
    pub fn merge(&self, articles: &mut [Article]) {
        for a in articles {
            if let Some(name) = a.source.as_deref().and_then(|s| self.canonical(s)) {
                a.source = Some(name.to_string());
            }
        }
    }
}

/// Merges the articles' outlet names by a `sources.toml` text the build
/// used (see [`crate::bundle::Bundle::outlets`]), for files a reader adds.
/// A text that no longer parses merges nothing: it was checked at build.
pub fn merge_text(outlets: Option<&str>, articles: &mut [Article]) {
    if let Some(o) = outlets.and_then(|t| parse_outlets(t.as_bytes()).ok()) {
        o.merge(articles);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# Outlets of the Algeria–Russia dossier.
[[source]]
name = "RFI"
aliases = ["Radio France Internationale", "rfi.fr", "RFI (machine translation from French)"]

[[source]]
name = "El Watan"
aliases = ["elwatan.com", "الوطن"]

[[source]]
name = "ТАСС"
aliases = ["TASS", "Информационное агентство России ТАСС"]
"#;

    #[test]
    fn variants_merge_whatever_their_case_accents_and_spacing() {
        let o = parse_outlets(FILE.as_bytes()).unwrap();
        assert_eq!(o.canonical("radio  France internationale"), Some("RFI"));
        assert_eq!(o.canonical("RFI (Machine translation from French)"), Some("RFI"));
        assert_eq!(o.canonical(" Rfi.FR "), Some("RFI"));
        assert_eq!(o.canonical("الوطن"), Some("El Watan"));
        assert_eq!(o.canonical("tass"), Some("ТАСС"));
        assert_eq!(o.canonical("информационное агентство россии тасс"), Some("ТАСС"));
        assert_eq!(o.canonical("Le Monde"), None);
    }

    fn file(path: &str, text: &str) -> crate::ingest::SourceFile {
        crate::ingest::SourceFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn article(source: &str, body: &str) -> String {
        format!("---\ntitle: Talks in Algiers\ndate: 2023-06-15\nsource: {source}\n---\n{body}\n")
    }

    const BODY: &str = "The foreign ministers of Algeria and Russia met in Algiers on Tuesday to discuss gas exports to Europe and the situation in the Sahel.";
    const CORPS: &str =
        "Les ministres des affaires étrangères se sont réunis à Alger mardi pour parler du gaz et du Sahel.";

    #[test]
    fn ingest_merges_the_sources_an_entry_names_and_keeps_the_others() {
        let files = vec![
            file("corpus/sources.toml", FILE),
            file("corpus/a.md", &article("rfi.fr", BODY)),
            file("corpus/b.md", &article("Radio France Internationale", CORPS)),
            file("corpus/c.md", &article("Le Monde", CORPS)),
        ];
        let report = crate::ingest::ingest_files(files);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let got: Vec<Option<&str>> = report
            .corpus
            .articles
            .iter()
            .map(|a| a.source.as_deref())
            .collect();
        assert_eq!(got, [Some("RFI"), Some("RFI"), Some("Le Monde")]);
        assert_eq!(report.outlets.as_deref(), Some(FILE));
    }

    #[test]
    fn a_bad_file_is_a_problem_naming_file_and_line_and_the_corpus_still_builds() {
        let bad = "[[source]]\nname = \"RFI\"\naliases = [\"rfi.fr\"]\nwebsite = \"https://rfi.fr\"\n";
        let files = vec![
            file("corpus/sources.toml", bad),
            file("corpus/a.md", &article("rfi.fr", BODY)),
        ];
        let report = crate::ingest::ingest_files(files);
        assert_eq!(report.corpus.articles.len(), 1);
        assert_eq!(report.corpus.articles[0].source.as_deref(), Some("rfi.fr"));
        assert_eq!(report.problems.len(), 1);
        let p = &report.problems[0];
        assert_eq!(
            (p.path.as_str(), p.line),
            ("corpus/sources.toml", Some(4)),
            "{p:?}"
        );
        assert!(p.reason.contains("sources.toml is not valid"), "{}", p.reason);
        assert_eq!(report.outlets, None);
    }

    #[test]
    fn the_library_merges_added_files_as_the_build_did() {
        let files = vec![
            file("sources.toml", FILE),
            file("a.md", &article("Radio France Internationale", BODY)),
        ];
        let report = crate::ingest::ingest_files(files);
        let bundle = crate::bundle::Bundle::new(report.corpus, Vec::new()).with_outlets(report.outlets);
        let bundle = crate::bundle::Bundle::from_bytes(&bundle.to_bytes()).unwrap();
        let mut library = crate::library::Library::new(bundle, Vec::new());
        let added = vec![
            ("b.md".to_string(), article("rfi.fr", CORPS).into_bytes()),
            (
                "c.md".to_string(),
                article(
                    "El Moudjahid",
                    "Le ministre a reçu son homologue russe à Alger pour parler du gaz.",
                )
                .into_bytes(),
            ),
        ];
        library.add(added, &mut |_, _, _| {});
        let got: Vec<Option<&str>> = library.added().iter().map(|a| a.source.as_deref()).collect();
        assert_eq!(got, [Some("RFI"), Some("El Moudjahid")]);
        let merged = library.bundle().unwrap();
        assert_eq!(
            merged.outlets.as_deref(),
            Some(FILE),
            "the next drop merges the same way"
        );
    }

    #[test]
    fn bad_files_name_the_line() {
        let syntax = "[[source]]\nname = \"RFI\"\naliases = [\"rfi.fr\"\n";
        let e = parse_outlets(syntax.as_bytes()).unwrap_err();
        assert!(e.reason.starts_with("sources.toml is not valid"), "{}", e.reason);
        assert!(e.line.is_some());

        let unknown = "[[source]]\nname = \"RFI\"\nalias = [\"rfi.fr\"]\n";
        let e = parse_outlets(unknown.as_bytes()).unwrap_err();
        assert_eq!(e.line, Some(3), "{}", e.reason);

        let empty = "[[source]]\nname = \"RFI\"\n\n[[source]]\nname = \"  \"\n";
        let e = parse_outlets(empty.as_bytes()).unwrap_err();
        assert_eq!(e.line, Some(4));
        assert!(e.reason.contains("empty name"), "{}", e.reason);

        let twice =
            "[[source]]\nname = \"RFI\"\naliases = [\"France 24\"]\n\n[[source]]\nname = \"France 24\"\n";
        let e = parse_outlets(twice.as_bytes()).unwrap_err();
        assert_eq!(e.line, Some(5));
        assert!(e.reason.contains("already a name of \"RFI\""), "{}", e.reason);

        assert!(parse_outlets(b"\xff\xfe bad").is_err());
        assert!(parse_outlets(b"").unwrap_err().reason.contains("empty"));
        assert_eq!(parse_outlets(b"# no outlets yet\n").unwrap(), Outlets::default());
    }
}
