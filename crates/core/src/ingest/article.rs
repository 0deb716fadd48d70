//! Assembling articles: one file's front matter, cleaned text, language and
//! date into an [`Article`], and the whole corpus from its files.

use super::boilerplate::{source_key, LineStats};
use super::entities::Gazetteer;
use super::frontmatter::{self, ArticleFile};
use super::topics::Taxonomy;
use super::{clean, date, dedup, html, lang, markdown, FileProblem, SourceFile};
use crate::model::{Article, Corpus, Origin, TopicScore};
use crate::par::{self, Threads};
use crate::text::StemCache;
use std::collections::BTreeMap;

/// Below this detector confidence the language is flagged as uncertain.
pub const LOW_CONFIDENCE: f32 = 0.3;

/// The article id of a path: its file stem, with control characters and
/// bidirectional overrides (which a file name may hold, and which would break
/// or disguise a `doc=` link and the reader's title) made `_`.
pub fn id_of(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.chars()
        .map(|c| match c {
            c if c.is_control() => '_',
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '_',
            c => c,
        })
        .collect()
}

/// Folded words of a text, for counting and shingling.
pub fn words(text: &str) -> Vec<String> {
    crate::text::tokenize(text).into_iter().map(|t| t.term).collect()
}

/// The article's topics: its front matter's if given, else the taxonomy's scoring.
fn topics_of(
    article: &mut Article,
    front: Option<Vec<String>>,
    taxonomy: Option<&Taxonomy>,
    stems: &mut StemCache,
) {
    match (front, taxonomy) {
        (Some(slugs), tax) => {
            for slug in &slugs {
                if tax.is_some_and(|t| !t.topics.iter().any(|x| &x.info.slug == slug)) {
                    article
                        .warnings
                        .push(format!("front matter topic `{slug}` is not in topics.toml"));
                }
            }
            article.topics = slugs
                .into_iter()
                .map(|slug| TopicScore { slug, score: 1.0 })
                .collect();
        }
        (None, Some(tax)) => {
            article.topics = tax.assign_with(stems, &article.title, &article.body, &article.lang)
        }
        (None, None) => {}
    }
}

/// The source a file's lines are counted under (see [`source_key`]).
fn source_of(file: &ArticleFile) -> String {
    let front = file.front.as_ref();
    source_key(
        front.and_then(|f| f.source.as_deref()),
        front.and_then(|f| f.url.as_deref()),
    )
}

/// Builds one article from its decoded file; `stats` are the corpus's
/// short-line counts, `stems` the memo of stems kept across its articles.
pub fn build_article(
    id: String,
    file: ArticleFile,
    stats: &LineStats,
    stems: &mut StemCache,
    taxonomy: Option<&Taxonomy>,
    gazetteer: Option<&Gazetteer>,
) -> Article {
    let front = file.front.unwrap_or_default();
    let input = clean::CleanInput {
        front_title: front.title.as_deref(),
        source: &source_key(front.source.as_deref(), front.url.as_deref()),
        extracted: file.extracted,
    };
    let cleaned = clean::clean_with(&file.text, input, stats, stems, &mut Default::default());
    let mut warnings = cleaned.warnings;
    warnings.extend(
        front
            .unknown_keys
            .iter()
            .map(|k| format!("unknown front matter key `{k}` ignored")),
    );
    warnings.extend(front.warnings.iter().cloned());
    warnings.extend(file.warnings);
    let title = front.title.unwrap_or(cleaned.title);
    let title = if title.is_empty() { id.clone() } else { title };
    let (lang, lang_confidence) = match front.lang {
        Some(l) => (l, 1.0),
        None => match lang::detect(&format!("{title}\n{}", cleaned.body)) {
            Some(d) => {
                if d.confidence < LOW_CONFIDENCE {
                    warnings.push(format!(
                        "language uncertain: {} with confidence {:.2}",
                        d.lang, d.confidence
                    ));
                }
                (d.lang.to_string(), d.confidence)
            }
            None => {
                warnings.push("language could not be detected".into());
                (lang::UNDETERMINED.to_string(), 0.0)
            }
        },
    };
    // after the language: numeric dates are read in the page's order
    let (date, date_basis) = date::article_date(front.date, &file.text, &lang, &mut warnings);
    let words = words(&cleaned.body).len() as u32;
    if words == 0 {
        warnings.push("no body text left after cleaning".into());
    }
    let mut article = Article {
        id,
        title,
        lang,
        lang_confidence,
        date,
        date_basis,
        source: front.source.or(cleaned.source),
        author: front.author.or(cleaned.author),
        place: front.place.or(cleaned.place),
        url: front.url,
        captions: cleaned.captions,
        topics: Vec::new(),
        entities: Vec::new(),
        duplicate_of: None,
        body: cleaned.body,
        original: file.text,
        words,
        warnings,
        origin: Origin::Bundled,
    };
    topics_of(&mut article, front.topics, taxonomy, stems);
    if let Some(g) = gazetteer {
        let text = format!(
            "{}\n{}\n{}",
            article.title,
            article.captions.join("\n"),
            article.body
        );
        article.entities = g.count(&text);
    }
    article
}

/// Reads one article file: decoded text and front matter (a saved page's
/// metadata, for `.html`), or the problem naming it. A `.md` file's text is
/// what a reader of the rendered page sees ([`markdown::to_plain`]): cleaning,
/// dates, line counts and the original text shown all start from it, as from
/// the text extracted from a saved page.
pub fn read_file(file: SourceFile) -> Result<(String, ArticleFile), FileProblem> {
    let read = if html::is_html(&file.path) {
        html::read_saved_page(&file.path, &file.bytes)
    } else if markdown::is_markdown(&file.path) {
        frontmatter::read_article(&file.bytes).map(|a| ArticleFile {
            text: markdown::to_plain(&a.text),
            ..a
        })
    } else {
        frontmatter::read_article(&file.bytes)
    };
    match read {
        Ok(a) => Ok((file.path, a)),
        Err(e) => Err(FileProblem {
            path: file.path,
            line: e.line,
            reason: e.reason,
        }),
    }
}

/// Marks `article` as a near-duplicate of the article `first`, with the warning ingest gives.
pub fn mark_duplicate(article: &mut Article, first: &str) {
    article.warnings.push(format!("near-duplicate of {first}"));
    article.duplicate_of = Some(first.to_string());
}

/// Reads, cleans and assembles every article file; unreadable ones go to `problems`.
pub fn build_corpus(
    files: Vec<SourceFile>,
    taxonomy: Option<&Taxonomy>,
    gazetteer: Option<&Gazetteer>,
    problems: &mut Vec<FileProblem>,
) -> Corpus {
    build_corpus_on(files, taxonomy, gazetteer, problems, Threads::available())
}

/// [`build_corpus`] with the per-file work (decoding, cleaning, language,
/// date, topics, entities, shingles) on `threads`: the same corpus, and the
/// same problems in the same order, for any number of threads.
pub fn build_corpus_on(
    files: Vec<SourceFile>,
    taxonomy: Option<&Taxonomy>,
    gazetteer: Option<&Gazetteer>,
    problems: &mut Vec<FileProblem>,
    threads: Threads,
) -> Corpus {
    // Every file is decoded first, one whose id is taken too (decoding it is
    // wasted, which only a corpus with clashing ids pays); then the files are
    // kept or refused in path order, as one by one.
    let decoded = par::map_owned(threads, files, |file| (id_of(&file.path), read_file(file)));
    let mut read: BTreeMap<String, (String, ArticleFile)> = BTreeMap::new();
    for (id, result) in decoded {
        if let Some((other, _)) = read.get(&id) {
            let path = match result {
                Ok((path, _)) => path,
                Err(p) => p.path,
            };
            problems.push(FileProblem {
                path,
                line: None,
                reason: format!("article id `{id}` is already used by {other}; skipped"),
            });
            continue;
        }
        match result {
            Ok(entry) => {
                read.insert(id, entry);
            }
            Err(p) => problems.push(p),
        }
    }
    let sources: Vec<String> = read.values().map(|(_, a)| source_of(a)).collect();
    let stats = LineStats::from_sourced_on(
        threads,
        &sources
            .iter()
            .map(String::as_str)
            .zip(read.values().map(|(_, a)| a.text.as_str()))
            .collect::<Vec<_>>(),
    );
    let files: Vec<(String, ArticleFile)> = read.into_iter().map(|(id, (_, file))| (id, file)).collect();
    let mut articles = par::map_owned_with(threads, files, StemCache::new, |stems, (id, file)| {
        build_article(id, file, &stats, stems, taxonomy, gazetteer)
    });
    let sets = par::map(threads, &articles, |a| dedup::shingles(&words(&a.body)));
    let dups = dedup::duplicates_of_sets(&sets, threads);
    for (i, dup) in dups.into_iter().enumerate() {
        if let Some(j) = dup {
            let first = articles[j].id.clone();
            mark_duplicate(&mut articles[i], &first);
        }
    }
    // after near-duplicates: they are always one story
    let stories = crate::stories::stories(&articles);
    Corpus {
        articles,
        topics: taxonomy.map(Taxonomy::infos).unwrap_or_default(),
        entities: gazetteer.map(|g| g.entities.clone()).unwrap_or_default(),
        stories,
    }
}
