//! Adding a reader's own files to a corpus that is already built (in the
//! browser, from a Web Worker), with the build's pipeline and the corpus's
//! taxonomy and gazetteer, so added articles are classified exactly as bundled
//! ones would be.

use super::article::{build_article, id_of, mark_duplicate, read_file, words};
use super::boilerplate::LineStats;
use super::frontmatter::ArticleFile;
use super::{dedup, entities, is_article, is_skipped, topics, FileProblem, SourceFile, ARTICLE_KINDS};
use super::{ENTITIES_FILE, TOPICS_FILE};
use crate::model::{Article, Corpus, Origin};
use crate::text::StemCache;
use std::collections::{HashMap, HashSet};

/// What [`add_files`] made of a drop of files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddReport {
    /// The new articles, marked [`Origin::Added`], sorted by id. Their ids are
    /// unique among themselves and never those of bundled articles.
    pub added: Vec<Article>,
    /// Ids of articles added earlier that articles of `added` replace (a file
    /// dropped again, e.g. after an edit, under the same id), sorted: remove
    /// those, then append `added`.
    pub replaced: Vec<String>,
    /// The path of the file each article of `added` came from, by id (the
    /// library warns when a replacement comes from another file).
    pub sources: HashMap<String, String>,
    /// Files not added and why, sorted by path, as the build reports them.
    pub problems: Vec<FileProblem>,
}

/// Ingests `files` (zip archives already expanded, paths like
/// `dossier.zip/sub/a.md`) into articles to explore beside `existing` (the
/// bundled articles and those added before).
///
/// - Only `.md`, `.txt`, `.html` and `.htm` files are articles; README.md and hidden files are
///   skipped silently as in a corpus folder, any other file is a problem. Bad
///   encodings, empty or oversized files and bad front matter are problems too.
/// - Each article goes through the build's pipeline, with topics from
///   `taxonomy` and entities from `gazetteer` (the `topics.toml` and
///   `entities.toml` texts of the bundle); boilerplate lines are recognised
///   across the new files and the texts of `existing` together.
/// - Ids are file stems. One already used by a bundled article, or by an earlier
///   file of this drop (in path order), becomes `stem-2`, `stem-3`... with a
///   warning. One used by an earlier added article replaces it (see
///   [`AddReport::replaced`]).
/// - Near-duplicates are sought in the whole corpus: an article that repeats
///   one of `existing` points (like the build, with the same warning) to the
///   first article of that one's group; one that repeats only other new files
///   points to the first of them by id.
/// - `progress(done, total)` is called once per file of `files` (`total` is
///   `files.len()`); the near-duplicate pass, one read of the corpus's texts,
///   follows the last call.
pub fn add_files(
    existing: &Corpus,
    taxonomy: Option<&str>,
    gazetteer: Option<&str>,
    mut files: Vec<SourceFile>,
    progress: &mut dyn FnMut(usize, usize),
) -> AddReport {
    let mut problems = Vec::new();
    let mut problem = |path: &str, line: Option<usize>, reason: String| {
        problems.push(FileProblem {
            path: path.to_string(),
            line,
            reason,
        })
    };
    let taxonomy = taxonomy.and_then(|t| {
        topics::parse_taxonomy(t.as_bytes())
            .map_err(|e| problem(TOPICS_FILE, e.line, e.reason))
            .ok()
    });
    let gazetteer = gazetteer.and_then(|g| {
        entities::parse_gazetteer(g.as_bytes())
            .map_err(|e| problem(ENTITIES_FILE, e.line, e.reason))
            .ok()
    });

    let total = files.len();
    let mut done = 0;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut read: Vec<(String, ArticleFile)> = Vec::new();
    for file in files {
        if !is_skipped(&file.path) {
            if !is_article(&file.path) {
                problems.push(FileProblem {
                    path: file.path,
                    line: None,
                    reason: format!("not an article ({ARTICLE_KINDS}); skipped"),
                });
            } else {
                match read_file(file) {
                    // Counted once built.
                    Ok(entry) => {
                        read.push(entry);
                        continue;
                    }
                    Err(p) => problems.push(p),
                }
            }
        }
        done += 1;
        progress(done, total);
    }

    let ids = Ids::assign(existing, read.iter().map(|(path, _)| path.as_str()));
    let kept: Vec<&Article> = existing
        .articles
        .iter()
        .filter(|a| !ids.replaced.contains(&a.id))
        .collect();
    let stats = LineStats::from_texts(
        kept.iter()
            .map(|a| a.original.as_str())
            .chain(read.iter().map(|(_, f)| f.text.as_str())),
    );
    let mut added: Vec<Article> = Vec::with_capacity(read.len());
    let mut sources = HashMap::with_capacity(read.len());
    let mut stems = StemCache::new();
    for ((path, file), (id, warning)) in read.into_iter().zip(ids.assigned) {
        sources.insert(id.clone(), path);
        let mut article = build_article(
            id,
            file,
            &stats,
            &mut stems,
            taxonomy.as_ref(),
            gazetteer.as_ref(),
        );
        article.warnings.extend(warning);
        article.origin = Origin::Added;
        added.push(article);
        done += 1;
        progress(done, total);
    }
    added.sort_by(|a, b| a.id.cmp(&b.id));
    mark_duplicates(&kept, &mut added);

    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    let mut replaced: Vec<String> = ids.replaced.into_iter().collect();
    replaced.sort();
    AddReport {
        added,
        replaced,
        sources,
        problems,
    }
}

/// The ids given to the files of a drop.
struct Ids {
    /// Per file, in order: its id, and the warning when it is not the file stem.
    assigned: Vec<(String, Option<String>)>,
    /// Ids of earlier added articles that the drop reuses.
    replaced: HashSet<String>,
}

impl Ids {
    fn assign<'a>(existing: &Corpus, paths: impl Iterator<Item = &'a str>) -> Ids {
        let bundled: HashSet<&str> = existing
            .articles
            .iter()
            .filter(|a| a.origin == Origin::Bundled)
            .map(|a| a.id.as_str())
            .collect();
        let added_before: HashSet<&str> = existing
            .articles
            .iter()
            .filter(|a| a.origin == Origin::Added)
            .map(|a| a.id.as_str())
            .collect();
        let mut taken: HashMap<String, &str> = HashMap::new();
        // Per stem, the last suffix given: suffixes below it stay taken, so the
        // next file of that stem resumes there (8,000 files named `a.md` probed
        // `a-2`, `a-3`... from the start each: 32 million probes).
        let mut last: HashMap<String, usize> = HashMap::new();
        let mut out = Ids {
            assigned: Vec::new(),
            replaced: HashSet::new(),
        };
        for path in paths {
            let stem = id_of(path);
            let mut id = stem.clone();
            let mut k = 1;
            if bundled.contains(id.as_str()) || taken.contains_key(&id) {
                k = last.get(&stem).copied().unwrap_or(1);
                loop {
                    k += 1;
                    crate::steps::count(1);
                    id = format!("{stem}-{k}");
                    if !bundled.contains(id.as_str()) && !taken.contains_key(&id) {
                        break;
                    }
                }
                last.insert(stem.clone(), k);
            }
            let warning = (k > 1).then(|| match taken.get(&stem) {
                Some(other) => {
                    format!("id `{stem}` is already used by {other}, added with it; this one is `{id}`")
                }
                None => format!("id `{stem}` is already used by a bundled article; this one is `{id}`"),
            });
            if added_before.contains(id.as_str()) {
                out.replaced.insert(id.clone());
            }
            taken.insert(id.clone(), path);
            out.assigned.push((id, warning));
        }
        out
    }
}

/// Points each new article (sorted by id) that near-duplicates another article
/// at the first article of its group: an existing one (the group's first in
/// corpus order) if the group reaches one, else the new one with the lowest id.
fn mark_duplicates(existing: &[&Article], added: &mut [Article]) {
    let new_sets: Vec<_> = added.iter().map(|a| dedup::text_shingles(&a.body)).collect();
    // A text with Jaccard >= 1/2 to a set of n shingles has at least n/2 of them,
    // and a text has no more shingles than words: shorter ones need no reading.
    let shortest = new_sets.iter().map(|s| s.len()).filter(|&n| n > 0).min();
    let existing_sets = existing.iter().map(|a| match shortest {
        Some(n) if 2 * a.words as usize >= n => dedup::text_shingles(&a.body),
        _ => dedup::Shingles::default(),
    });
    let matches = dedup::matches_in(existing_sets, &new_sets);
    let position: HashMap<&str, usize> = existing
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    // For each new article, the earliest group root among the existing articles it repeats.
    let roots: Vec<Option<(usize, &str)>> = matches
        .iter()
        .map(|ms| {
            ms.iter()
                .map(|&e| {
                    let root = existing[e].duplicate_of.as_deref().unwrap_or(&existing[e].id);
                    (position.get(root).copied().unwrap_or(e), root)
                })
                .min()
        })
        .collect();
    let new_words: Vec<Vec<String>> = added.iter().map(|a| words(&a.body)).collect();
    let within = dedup::duplicates(&new_words);
    let mut group_root: HashMap<usize, Option<(usize, &str)>> = HashMap::new();
    for (i, root) in roots.iter().enumerate() {
        let slot = group_root.entry(within[i].unwrap_or(i)).or_insert(None);
        *slot = match (*slot, *root) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let firsts: Vec<Option<String>> = (0..added.len())
        .map(|i| {
            let g = within[i].unwrap_or(i);
            match group_root[&g] {
                Some((_, root)) => Some(root.to_string()),
                None => within[i].map(|j| added[j].id.clone()),
            }
        })
        .collect();
    for (article, first) in added.iter_mut().zip(firsts) {
        if let Some(first) = first {
            mark_duplicate(article, &first);
        }
    }
}
