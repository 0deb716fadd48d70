//! How a split cuts a corpus's articles into chunks: runs of about a byte
//! budget along the chunk order, each article's chunk and what a card weighs.

use crate::model::Article;

/// `order` cut into runs of about `budget` bytes by `size`, each run's
/// positions sorted (a chunk finds an article by binary search).
pub(crate) fn cut(order: &[usize], size: impl Fn(usize) -> usize, budget: usize) -> Vec<Vec<usize>> {
    cut_first_at_most(order, size, budget, usize::MAX)
}

/// [`cut`], the first run holding at most `first` articles: the chunk that
/// ships in the first view carries the opening list's page, no more.
pub(crate) fn cut_first_at_most(
    order: &[usize],
    size: impl Fn(usize) -> usize,
    budget: usize,
    first: usize,
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut bytes = budget;
    for &d in order {
        if bytes >= budget || (groups.len() == 1 && groups[0].len() >= first) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_close_at_the_budget_and_the_first_at_its_count() {
        // Articles of 1 to 7 bytes, in a shuffled order.
        let order: Vec<usize> = (0..200).map(|i| (i * 37) % 200).collect();
        let size = |d: usize| d % 7 + 1;
        for first in [1, 5, 20, usize::MAX] {
            let groups = cut_first_at_most(&order, size, 40, first);
            // Brute force: each run is the longest prefix of what is left
            // that stays under the budget before its last article (and, for
            // the first, within its count).
            let mut rest = &order[..];
            for (i, g) in groups.iter().enumerate() {
                let cap = if i == 0 { first } else { usize::MAX };
                let (mut bytes, mut n) = (0, 0);
                while n < rest.len() && bytes < 40 && n < cap {
                    bytes += size(rest[n]);
                    n += 1;
                }
                let mut expected = rest[..n].to_vec();
                expected.sort_unstable();
                assert_eq!(g, &expected, "run {i}, first {first}");
                rest = &rest[n..];
            }
            assert!(rest.is_empty());
        }
        assert_eq!(
            cut(&order, size, 40),
            cut_first_at_most(&order, size, 40, usize::MAX)
        );
    }
}
