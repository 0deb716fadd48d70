//! Damerau–Levenshtein distance in its optimal-string-alignment form, bounded:
//! the edit distance typo tolerance measures spellings with.
//!
//! Optimal string alignment (OSA) counts insertions, deletions, substitutions
//! and transpositions of two adjacent letters, never editing a substring twice
//! (`ca`→`abc` is 3, not the unrestricted 2). Typing slips are single edits, so
//! the restriction never matters for them, and OSA needs three rows instead of
//! an alphabet-sized table. Letters are `char`s of folded words, so one Arabic,
//! Cyrillic or accented Latin letter (folded to its base) counts as one.

/// The OSA distance between `a` and `b` if it is at most `max`, else `None`.
///
/// Stops as soon as a whole row exceeds `max` (no later row can come back
/// below it), so checking a candidate costs about `max` diagonals, not the
/// full matrix: a lookup compares thousands of words per keystroke.
pub fn osa_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let n = b.len();
    // Rows i-2, i-1 and i of the (a.len()+1) x (n+1) matrix.
    let mut before: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[n]).filter(|&d| d <= max)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The textbook full-matrix OSA recurrence (Wikipedia, "Optimal string
    /// alignment distance"), unbounded: the reference for [`osa_within`].
    pub fn osa_reference(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        d[0] = (0..=b.len()).collect();
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    fn within(a: &str, b: &str, max: usize) -> Option<usize> {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        osa_within(&a, &b, max)
    }

    #[test]
    fn counts_letters_in_every_script() {
        assert_eq!(within("tebbune", "tebboune", 2), Some(1));
        assert_eq!(within("lavorv", "lavrov", 2), Some(1));
        assert_eq!(within("gazoduc", "gazodcu", 1), Some(1));
        assert_eq!(within("تبون", "تبوم", 1), Some(1));
        assert_eq!(within("газпром", "гапзром", 1), Some(1));
        assert_eq!(within("ca", "abc", 5), Some(3));
        assert_eq!(within("", "abc", 3), Some(3));
        assert_eq!(within("abcdef", "abcxyz", 2), None);
        assert_eq!(within("abc", "abcdef", 2), None);
    }

    #[test]
    fn agrees_with_the_full_matrix() {
        let alphabet: Vec<char> = "abеtب".chars().collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let a: String = (0..next(8)).map(|_| alphabet[next(alphabet.len())]).collect();
            let b: String = (0..next(8)).map(|_| alphabet[next(alphabet.len())]).collect();
            let full = osa_reference(&a, &b);
            for max in 0..4 {
                let want = Some(full).filter(|&d| d <= max);
                assert_eq!(within(&a, &b, max), want, "{a:?} {b:?} within {max}");
            }
        }
    }
}
