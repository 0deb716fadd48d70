//! What the outlet, entity and story data (issue #17) add to a built site:
//! its first-view file and its card parts re-encoded without each of them,
//! gzipped, against the files as built. Everything else stays byte for byte,
//! so the difference is what that data costs a reader.

use crate::{dist, Result};
use dossier_core::bundle::Bundle;
use dossier_core::bundle_format::{part_bytes, read_part};
use dossier_core::search::parts::CardChunk;
use dossier_core::search::Need;
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::Path;

/// The data one row of the table takes out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Data {
    Outlets,
    Entities,
    Stories,
}

/// The rows: each kind of data alone, then all of it.
const ROWS: [(&str, &[Data]); 4] = [
    ("outlets (each article's, `sources.toml`)", &[Data::Outlets]),
    (
        "people, places, organisations (names, postings, `entities.toml`)",
        &[Data::Entities],
    ),
    ("stories", &[Data::Stories]),
    ("all three", &[Data::Outlets, Data::Entities, Data::Stories]),
];

/// Gzip bytes of the site as built and what each row's data adds to them.
pub struct AddedSizes {
    pub articles: usize,
    /// The first-view file and every card part, gzipped, as built.
    pub first_view: u64,
    pub cards: u64,
    /// (row, gzip bytes it adds to the first view, to the card parts).
    pub rows: Vec<(&'static str, u64, u64)>,
}

impl AddedSizes {
    /// Gzip bytes all three kinds of data add to the first view (the last row).
    pub fn all_in_first_view(&self) -> u64 {
        self.rows.last().map_or(0, |r| r.1)
    }
}

/// Weighs the data of the site in `dist` (a split site: `data/corpus-*.bin`
/// and the card parts it names).
pub fn measure(dist: &Path) -> Result<AddedSizes> {
    let (file, bytes) = super::built_site::first_view_file(dist)?;
    let name = file.display();
    let bundle = Bundle::from_bytes(&bytes).map_err(|e| format!("{name}: {e}"))?;
    if bundle.to_first_view_bytes() != bytes {
        return Err(format!(
            "{name}: does not re-encode to itself; cannot weigh its parts"
        ));
    }
    let mut cards = Vec::new();
    let parts = bundle.parts.clone().unwrap_or_default();
    for href in (0..parts.cards.count as usize).filter_map(|i| parts.href(Need::Cards(i))) {
        let path = dist.join(href);
        let raw = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let chunk: CardChunk = read_part(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        cards.push((raw, chunk));
    }
    let first_view = dist::gzip_len(&bytes) as u64;
    let cards_gzip: u64 = cards.iter().map(|(raw, _)| dist::gzip_len(raw) as u64).sum();
    let rows = ROWS
        .iter()
        .map(|&(row, data)| {
            let mut without = bundle.clone();
            for &d in data {
                strip_first_view(&mut without, d);
            }
            let first = dist::gzip_len(&without.to_first_view_bytes()) as u64;
            let parts: u64 = cards
                .iter()
                .map(|(_, chunk)| {
                    let mut chunk = chunk.clone();
                    for &d in data {
                        strip_card(&mut chunk, d);
                    }
                    dist::gzip_len(&part_bytes(&chunk)) as u64
                })
                .sum();
            (
                row,
                first_view.saturating_sub(first),
                cards_gzip.saturating_sub(parts),
            )
        })
        .collect();
    Ok(AddedSizes {
        articles: bundle.index.docs.len(),
        first_view,
        cards: cards_gzip,
        rows,
    })
}

/// Takes `data` out of a first-view bundle, the inline card chunk included.
fn strip_first_view(bundle: &mut Bundle, data: Data) {
    if let Some(cards) = &mut bundle.index.cards {
        for lazy in &mut cards.chunks {
            if let Some(mut chunk) = lazy.take() {
                strip_card(&mut chunk, data);
                lazy.fill(chunk);
            }
        }
    }
    match data {
        Data::Outlets => {
            bundle.outlets = None;
            bundle.index.sources.clear();
            bundle.index.source_of.iter_mut().for_each(|s| *s = u32::MAX);
        }
        Data::Entities => {
            bundle.corpus.entities.clear();
            bundle.index.entities.clear();
            bundle.index.entity_postings.clear();
            bundle.gazetteer = None;
        }
        Data::Stories => bundle.corpus.stories = Default::default(),
    }
}

/// Takes `data` out of a card chunk's articles.
fn strip_card(chunk: &mut CardChunk, data: Data) {
    for a in &mut chunk.articles {
        match data {
            Data::Outlets => a.source = None,
            Data::Entities => a.entities.clear(),
            Data::Stories => {}
        }
    }
}

/// The report's table: KB gzip and bytes per article, for the first view and the parts.
pub fn write(md: &mut String, added: &AddedSizes) {
    let n = added.articles.max(1) as f64;
    let _ = write!(
        md,
        "\nWhat the outlet, entity and story data add (the site's files re-encoded without it, gzip; \
         first view {} KB, card parts {} KB as built):\n\n\
         | data | first view, KB | B per article | card parts, KB | B per article |\n|---|---:|---:|---:|---:|\n",
        kb(added.first_view),
        kb(added.cards)
    );
    for (row, first, cards) in &added.rows {
        let _ = writeln!(
            md,
            "| {row} | {} | {:.2} | {} | {:.2} |",
            kb(*first),
            *first as f64 / n,
            kb(*cards),
            *cards as f64 / n
        );
    }
}

fn kb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e3)
}

pub fn to_json(added: &AddedSizes) -> Value {
    json!({
        "first_view_gzip": added.first_view, "cards_gzip": added.cards,
        "rows": added.rows.iter().map(|(row, first, cards)| json!({"data": row, "first_view_gzip": first, "cards_gzip": cards})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::model::{EntityMention, Stories};
    use dossier_core::par::Threads;
    use dossier_core::split::ChunkSizes;

    /// A split site of `corpus` written to a fresh folder, small chunks so
    /// that cards come in several parts.
    fn site(corpus: dossier_core::model::Corpus, name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dossier-added-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let bundle = Bundle::new(corpus, Vec::new());
        let sizes = ChunkSizes {
            bodies: 4_000,
            cards: 2_000,
            leads: 2_000,
        };
        for (href, bytes) in dossier_core::site_files::data_files(bundle, Threads::new(1), sizes) {
            let path = dir.join(href);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        dir
    }

    fn row<'a>(added: &'a AddedSizes, prefix: &str) -> &'a (&'static str, u64, u64) {
        added.rows.iter().find(|r| r.0.starts_with(prefix)).unwrap()
    }

    #[test]
    fn each_kind_of_data_is_weighed_where_it_travels() {
        let mut corpus = dossier_core::synth::bench_corpus(300, 3);
        let outlets = ["El Watan", "TASS", "Le Monde", "Al Jazeera", "RIA Novosti"];
        let names: Vec<String> = corpus.entities.iter().map(|e| e.name.clone()).collect();
        for (i, a) in corpus.articles.iter_mut().enumerate() {
            a.source = Some(outlets[i % outlets.len()].to_string());
            a.entities = vec![EntityMention {
                name: names[i % names.len()].clone(),
                count: 1 + i as u32 % 3,
            }];
        }
        let roots: Vec<u32> = (0..300u32).map(|i| i - i % 3).collect();
        corpus.stories = Stories::from_roots(&roots);
        let without = {
            let mut c = corpus.clone();
            c.stories = Default::default();
            c.articles.iter_mut().for_each(|a| a.source = None);
            c
        };
        let dir = site(corpus, "full");
        let added = measure(&dir).unwrap();
        assert_eq!(added.articles, 300);
        let (outlets, entities, stories, all) = (
            row(&added, "outlets"),
            row(&added, "people"),
            row(&added, "stories"),
            row(&added, "all"),
        );
        // Outlets and entities travel in the first view and on every card; stories only in the first view.
        assert!(outlets.1 > 0 && outlets.2 > 0, "{:?}", outlets);
        assert!(entities.1 > 0 && entities.2 > 0, "{:?}", entities);
        assert!(stories.1 > 0 && stories.2 == 0, "{:?}", stories);
        assert!(all.1 >= outlets.1.max(entities.1).max(stories.1) && all.1 < added.first_view);
        assert!(all.2 >= outlets.2.max(entities.2) && all.2 < added.cards);

        // A site without outlets or stories: nothing to weigh there.
        let dir2 = site(without, "bare");
        let bare = measure(&dir2).unwrap();
        assert_eq!((row(&bare, "outlets").1, row(&bare, "outlets").2), (0, 0));
        assert_eq!(row(&bare, "stories").1, 0);
        let _ = (std::fs::remove_dir_all(dir), std::fs::remove_dir_all(dir2));
    }
}
