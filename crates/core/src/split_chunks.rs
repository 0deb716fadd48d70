//! How a split cuts a corpus's articles into chunks: runs of about a byte
//! budget along the chunk order, each article's chunk and what a card weighs.

use crate::model::Article;

/// `order` cut into runs of about `budget` bytes by `size`, each run's
/// positions sorted (a chunk finds an article by binary search).
pub(crate) fn cut(order: &[usize], size: impl Fn(usize) -> usize, budget: usize) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut bytes = budget;
    for &d in order {
        if bytes >= budget {
            groups.push(Vec::new());
            bytes = 0;
        }
        bytes += size(d);
        groups.last_mut().expect("pushed above").push(d);
    }
    for g in &mut groups {
        g.sort_unstable();
    }
    groups
}

/// Each of `n` articles' group in `groups`.
pub(crate) fn chunk_of(groups: &[Vec<usize>], n: usize) -> Vec<u32> {
    let mut of = vec![0u32; n];
    for (c, docs) in groups.iter().enumerate() {
        for &d in docs {
            of[d] = c as u32;
        }
    }
    of
}

/// About what an article's card weighs in its chunk (its strings; the numbers
/// and lengths around them are a few bytes more).
pub(crate) fn card_bytes(a: &Article) -> usize {
    let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
    a.id.len()
        + a.title.len()
        + opt(&a.source)
        + opt(&a.author)
        + opt(&a.place)
        + opt(&a.url)
        + opt(&a.duplicate_of)
        + a.captions
            .iter()
            .chain(&a.warnings)
            .map(String::len)
            .sum::<usize>()
        + a.topics.iter().map(|t| t.slug.len() + 5).sum::<usize>()
        + a.entities.iter().map(|e| e.name.len() + 2).sum::<usize>()
        + 16
}
