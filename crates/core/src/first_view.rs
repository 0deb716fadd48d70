//! What a site's first-view file leaves out because the rest of it implies
//! it, and how loading puts it back. A leaf: `split` strips, `bundle` restores.
//!
//! At 10,000 articles this saves about 8.4 bytes per article gzipped (the
//! first view then holds about 11.4 per article):
//! - each article's entities (2.4 B): the entity postings list the same
//!   pairs, by entity, with the counts scoring needs;
//! - each article's TF-IDF norm (3.4 B): only "more like this" reads it, and
//!   a site's related articles are computed at build time;
//! - the articles themselves: their cards (card chunks) and the index (each
//!   article's language, outlet, origin, dates, topics) say all the engine
//!   reads; a site's corpus holds no articles, only its taxonomy, gazetteer
//!   and stories (format 12: at 100,000 articles, 100,000 stubs of 360 bytes
//!   inline and two strings each no longer decoded);
//! - which body and card chunk holds each article (1.5 B each): chunks are
//!   cut along [`chunk_order`], which the dates imply, so their sizes suffice.

use crate::search::{DocMeta, Flat, Index};

/// The order chunks are cut in: newest first (the default view's, so its
/// first page needs one or two chunks), undated last, ties by position.
pub fn chunk_order(docs: &[DocMeta]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| match (docs[a].date, docs[b].date) {
        (Some(p), Some(q)) => q.cmp(&p).then(a.cmp(&b)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.cmp(&b),
    });
    order
}

/// Empties what [`restore`] recomputes; `index` is a split site's (its chunk
/// maps set, related articles already computed). The articles are in their
/// cards by now (`split.rs`).
pub(crate) fn strip(index: &mut Index) {
    index.doc_entities = Flat::default();
    for doc in &mut index.docs {
        doc.norm = 0.0;
    }
}

/// Puts back what [`strip`] left out, in a first-view file just read (whose
/// corpus holds `articles` of them); an error names what does not add up (a
/// damaged file).
pub(crate) fn restore(index: &mut Index, articles: usize) -> Result<(), String> {
    let n = index.docs.len();
    if articles != 0 {
        return Err(format!(
            "a first view with {articles} articles (its cards hold them)"
        ));
    }
    if let Some(d) = index
        .docs
        .iter()
        .position(|doc| doc.lang as usize >= index.langs.len())
    {
        return Err(format!(
            "article {d} has language {} of {}",
            index.docs[d].lang,
            index.langs.len()
        ));
    }
    if index.source_of.len() != n
        || index
            .source_of
            .iter()
            .any(|&s| s != u32::MAX && s as usize >= index.sources.len())
    {
        return Err(format!(
            "the outlet column does not fit {n} articles and {} outlets",
            index.sources.len()
        ));
    }
    if index.doc_topics.len() != n {
        return Err(format!(
            "topic lists for {} of {n} articles",
            index.doc_topics.len()
        ));
    }
    let mut mentions: Vec<(u32, u32)> = Vec::new();
    for (e, postings) in index.entity_postings.iter().enumerate() {
        if !postings.columns_agree() {
            return Err(format!("entity {e}'s postings do not add up"));
        }
        mentions.extend(postings.iter().map(|(d, _, _)| (d, e as u32)));
    }
    index.doc_entities = Flat::from_pairs(n, &mentions).map_err(|i| {
        let (d, e) = mentions[i];
        format!("entity {e} names article {d} of {n}")
    })?;
    let order = chunk_order(&index.docs);
    if let Some(bodies) = &mut index.bodies {
        bodies.chunk_of = chunk_of(&order, &bodies.sizes).ok_or("body chunk sizes do not add up")?;
    }
    if let Some(cards) = &mut index.cards {
        cards.chunk_of = chunk_of(&order, &cards.sizes).ok_or("card chunk sizes do not add up")?;
    }
    if let Some(leads) = &mut index.leads {
        leads.chunk_of = chunk_of(&order, &leads.sizes).ok_or("lead chunk sizes do not add up")?;
    }
    Ok(())
}

/// Each article's chunk, for chunks of `sizes` articles cut along `order`;
/// `None` unless the sizes cover every article.
fn chunk_of(order: &[usize], sizes: &[u32]) -> Option<Vec<u32>> {
    if sizes.iter().map(|&s| s as usize).sum::<usize>() != order.len() {
        return None;
    }
    let mut of = vec![0u32; order.len()];
    let mut rest = order.iter();
    for (c, &size) in sizes.iter().enumerate() {
        for &d in rest.by_ref().take(size as usize) {
            of[d] = c as u32;
        }
    }
    Some(of)
}
