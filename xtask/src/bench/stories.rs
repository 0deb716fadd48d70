//! The story grouping's figures for the report: pairwise precision and recall
//! on the core's test set (`crates/core/testdata/stories`: events retold across
//! outlets and languages beside lookalikes), and what the stories add to the
//! first-view file.

use crate::Result;
use dossier_core::ingest::load_corpus_dir;
use dossier_core::model::Stories;
use dossier_core::stories::{eval, stories};
use serde_json::{json, Value};
use std::path::Path;

/// The report section (and `report.json` entry) of these figures.
pub const SECTION: &str = "Story grouping";
const SET: &str = "crates/core/testdata/stories";

/// What the report shows.
pub struct StoryFigures {
    pub articles: usize,
    pub score: eval::PairScore,
    /// Bytes the stories add to the first view, per article, at 10,000
    /// articles with the test set's share of grouped articles and story sizes.
    pub bytes_per_article_10k: f64,
}

/// Groups the test set and scores it against its `expected.toml`.
pub fn measure(root: &Path) -> Result<StoryFigures> {
    let dir = root.join(SET);
    let report = load_corpus_dir(&dir).map_err(|e| format!("{SET}: {e}"))?;
    let articles = &report.corpus.articles;
    let text = std::fs::read_to_string(dir.join("expected.toml"))
        .map_err(|e| format!("{SET}/expected.toml: {e}"))?;
    let expected = eval::parse_expected(&text)?;
    let found = stories(articles);
    let groups: Vec<Vec<&str>> = found
        .groups
        .iter()
        .map(|g| g.iter().map(|&i| articles[i as usize].id.as_str()).collect())
        .collect();
    Ok(StoryFigures {
        articles: articles.len(),
        score: eval::pairwise(&groups, &expected),
        bytes_per_article_10k: bytes_at_10k(&found, articles.len()),
    })
}

/// The postcard size of the stories of 10,000 articles laid out as `found`
/// lays out `n` (the same share grouped, the same story sizes, positions
/// spread over the corpus), per article.
fn bytes_at_10k(found: &Stories, n: usize) -> f64 {
    const N: usize = 10_000;
    let scale = N / n.max(1);
    let mut groups = Vec::new();
    for copy in 0..scale {
        for g in &found.groups {
            groups.push(g.iter().map(|&i| (copy * n) as u32 + i).collect::<Vec<u32>>());
        }
    }
    let bytes = postcard::to_allocvec(&Stories { groups }).map_or(0, |b| b.len());
    bytes as f64 / (scale * n) as f64
}

/// The report's section.
pub fn write(md: &mut String, s: &StoryFigures) {
    use std::fmt::Write;
    let _ = write!(
        md,
        "\n## {SECTION} ({} articles)\n\nThe core's story test set (`{SET}`: events retold by several outlets \
         in English, French, Arabic and Russian, beside lookalikes that are not the same event), grouped as the \
         build groups a corpus and compared pair by pair with the editor's stories in its `expected.toml`.\n\n\
         | pairwise precision | pairwise recall | pairs expected | pairs found | right |\n|---|---|---|---|---|\n\
         | {:.3} | {:.3} | {} | {} | {} |\n\nFirst-view cost: {:.2} bytes per article at 10,000 articles \
         (the set's share of grouped articles and story sizes; articles that stand alone cost nothing).\n",
        s.articles, s.score.precision, s.score.recall, s.score.expected, s.score.found, s.score.right,
        s.bytes_per_article_10k
    );
}

/// The `report.json` entry.
pub fn to_json(s: &StoryFigures) -> Value {
    json!({
        "articles": s.articles, "precision": s.score.precision, "recall": s.score.recall,
        "pairs_expected": s.score.expected, "pairs_found": s.score.found, "pairs_right": s.score.right,
        "first_view_bytes_per_article_10k": s.bytes_per_article_10k,
    })
}
