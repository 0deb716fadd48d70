//! One story, many tellings: articles that report the same event (near-
//! duplicates; and articles a few days apart that share most of their
//! entities, numbers and key terms, across languages through the entities'
//! canonical names) grouped into stories, at build time and when a reader adds
//! files.
//!
//! The steps, one file each: [`features`] (what each article says about its
//! event, weighted by rarity in the corpus) → [`candidates`] (pairs close in
//! time under shared entities, found through an entity index rather than all
//! pairs) → [`score`] (the pair's weighted overlap; linked at [`score::LINK`])
//! → [`cluster`] (groups merged only when half their pairs are linked, so
//! lookalikes do not chain in). Undated articles, and those dated only to the
//! year, join a story only as near-duplicates.

pub mod candidates;
pub mod cluster;
pub mod eval;
pub mod features;
pub mod score;

use crate::model::{Article, DatePrecision, Stories};
use std::collections::HashMap;

/// The stories of `articles` in the form the corpus keeps them.
pub fn stories(articles: &[Article]) -> Stories {
    Stories::from_roots(&story_roots(articles))
}

/// Each article's story: the index of its story's first member (its own
/// index when no other article tells its event).
pub fn story_roots(articles: &[Article]) -> Vec<u32> {
    let feats = features::features(articles);
    let links: Vec<(u32, u32, f32)> = candidates::candidate_pairs(&feats)
        .into_iter()
        .filter_map(|(i, j)| {
            let s = score::score(&feats[i as usize], &feats[j as usize])?;
            (s >= score::LINK).then_some((i, j, s))
        })
        .collect();
    let index: HashMap<&str, u32> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let forced: Vec<(u32, u32)> = articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((index.get(a.duplicate_of.as_deref()?).copied()?, i as u32)))
        .collect();
    let days: Vec<Option<i64>> = articles
        .iter()
        .map(|a| {
            a.date
                .filter(|d| d.precision() == DatePrecision::Day)
                .map(|d| d.first_day())
        })
        .collect();
    cluster::cluster(&days, &links, &forced)
}

#[cfg(test)]
mod candidates_tests;
#[cfg(test)]
mod tests;
