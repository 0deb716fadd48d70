//! A split site's article ids, out of the first view: sorted and cut into
//! blocks fetched to resolve `doc=ID`, plus each article's rank in id order
//! (the engine's tie-break) when positions are not in id order already.
//! Ids are about 13 of the 30 bytes per article a first view would otherwise
//! hold (10,000 articles, deflated), and only a shared link to one article
//! looks one up.

use crate::bundle_format::part_bytes;
use crate::model::Corpus;
use crate::search::parts::{IdBlock, IdBlocks, Lazy};

/// Ids per block: about 25 KB of ids, some 8 KB over the wire.
pub const ID_BLOCK_IDS: usize = 1024;

/// The id blocks of `corpus` (whose articles still carry their ids) and
/// their files' bytes.
pub(crate) fn id_blocks(corpus: &Corpus) -> (IdBlocks, Vec<Vec<u8>>) {
    let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
    order.sort_by(|&a, &b| corpus.articles[a].id.cmp(&corpus.articles[b].id));
    let in_order = order.iter().enumerate().all(|(r, &d)| r == d);
    let rank = (!in_order).then(|| {
        let mut rank = vec![0u32; order.len()];
        for (r, &d) in order.iter().enumerate() {
            rank[d] = r as u32;
        }
        rank
    });
    let blocks: Vec<IdBlock> = order
        .chunks(ID_BLOCK_IDS)
        .map(|run| IdBlock {
            ids: run
                .iter()
                .map(|&d| (corpus.articles[d].id.clone(), d as u32))
                .collect(),
        })
        .collect();
    let files = blocks.iter().map(part_bytes).collect();
    let ids = IdBlocks {
        starts: blocks.iter().map(|b| b.ids[0].0.clone()).collect(),
        blocks: blocks.iter().map(|_| Lazy::empty()).collect(),
        rank,
    };
    (ids, files)
}
