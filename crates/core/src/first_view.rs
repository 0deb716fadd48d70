//! What a site's first-view file leaves out because the rest of it implies
//! it, and how loading puts it back. A leaf: `split` strips, `bundle` restores.
//!
//! At 10,000 articles this saves about 8.4 bytes per article gzipped (the
//! first view then holds about 11.4 per article):
//! - each article's entities (2.4 B): the entity postings list the same
//!   pairs, by entity, with the counts scoring needs;
//! - each article's TF-IDF norm (3.4 B): only "more like this" reads it, and
//!   a site's related articles are computed at build time;
//! - each article stub's language (0.4 B): the article's metadata has it as
//!   an index into the index's languages;
//! - which body and card chunk holds each article (1.5 B each): chunks are
//!   cut along [`chunk_order`], which the dates imply, so their sizes suffice.

use crate::model::Article;
use crate::search::{DocMeta, Index};

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
/// maps set, related articles already computed) and `stubs` its articles.
pub(crate) fn strip(index: &mut Index, stubs: &mut [Article]) {
    for doc in &mut index.docs {
        doc.entities = Vec::new();
        doc.norm = 0.0;
    }
    for a in stubs {
        a.lang = String::new();
    }
}

/// Puts back what [`strip`] left out, in a first-view file just read; an
/// error names what does not add up (a damaged file).
pub(crate) fn restore(index: &mut Index, stubs: &mut [Article]) -> Result<(), String> {
    let n = index.docs.len();
    if stubs.len() != n {
        return Err(format!("{} articles but metadata for {n}", stubs.len()));
    }
    for (d, (a, doc)) in stubs.iter_mut().zip(&index.docs).enumerate() {
        let lang = index.langs.get(doc.lang as usize);
        a.lang = lang
            .ok_or_else(|| format!("article {d} has language {} of {}", doc.lang, index.langs.len()))?
            .clone();
    }
    for (e, postings) in index.entity_postings.iter().enumerate() {
        if !postings.columns_agree() {
            return Err(format!("entity {e}'s postings do not add up"));
        }
        for (d, _, _) in postings.iter() {
            let doc = index
                .docs
                .get_mut(d as usize)
                .ok_or_else(|| format!("entity {e} names article {d} of {n}"))?;
            doc.entities.push(e as u32);
        }
    }
    let order = chunk_order(&index.docs);
    if let Some(bodies) = &mut index.bodies {
        bodies.chunk_of = chunk_of(&order, &bodies.sizes).ok_or("body chunk sizes do not add up")?;
    }
    if let Some(cards) = &mut index.cards {
        cards.chunk_of = chunk_of(&order, &cards.sizes).ok_or("card chunk sizes do not add up")?;
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
