//! Linked pairs to stories, without chaining: two groups merge only when at
//! least half of the pairs between them are linked and their dates stay within
//! [`MAX_SPAN_DAYS`], so one lookalike linked to one report does not pull its
//! own story in (single-link union-find would).

/// Days from a story's first to its last day-dated report, at most.
pub const MAX_SPAN_DAYS: i64 = 7;
/// Reports in one story, at most: bounds the work of a merge (and a story of
/// more tellings than this is a running topic, not one event).
pub const MAX_STORY: usize = 64;

/// Groups being merged: each article's group, each group's members and the
/// span of its day-dated members.
struct Groups {
    of: Vec<u32>,
    members: Vec<Vec<u32>>,
    span: Vec<Option<(i64, i64)>>,
}

impl Groups {
    fn merged_span(&self, a: usize, b: usize) -> Option<(i64, i64)> {
        match (self.span[a], self.span[b]) {
            (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
            (x, y) => x.or(y),
        }
    }

    /// Moves group `b` into group `a`.
    fn merge(&mut self, a: usize, b: usize) {
        self.span[a] = self.merged_span(a, b);
        let moved = std::mem::take(&mut self.members[b]);
        for &m in &moved {
            self.of[m as usize] = a as u32;
        }
        self.members[a].extend(moved);
    }
}

/// Each article's story: the lowest index among its members (its own index
/// when it stands alone).
///
/// `days` are the articles' day-precise dates (`None` for a month, unknown or
/// vaguer date: they do not stretch a story's span); `links` the linked pairs
/// with their scores; `forced` pairs that are one story whatever their scores
/// and dates (near-duplicates), merged first.
pub fn cluster(days: &[Option<i64>], links: &[(u32, u32, f32)], forced: &[(u32, u32)]) -> Vec<u32> {
    let n = days.len();
    let mut groups = Groups {
        of: (0..n as u32).collect(),
        members: (0..n as u32).map(|i| vec![i]).collect(),
        span: days.iter().map(|d| d.map(|d| (d, d))).collect(),
    };
    for &(i, j) in forced {
        let (a, b) = (groups.of[i as usize] as usize, groups.of[j as usize] as usize);
        if a != b {
            let (big, small) = if groups.members[a].len() >= groups.members[b].len() {
                (a, b)
            } else {
                (b, a)
            };
            groups.merge(big, small);
        }
    }
    let mut neighbours: Vec<Vec<u32>> = vec![Vec::new(); n];
    for &(i, j, _) in links {
        neighbours[i as usize].push(j);
        neighbours[j as usize].push(i);
    }
    let mut order: Vec<usize> = (0..links.len()).collect();
    // strongest links first; ties in link order, so the result is stable
    order.sort_by(|&x, &y| links[y].2.total_cmp(&links[x].2).then(x.cmp(&y)));
    for k in order {
        let (i, j, _) = links[k];
        let (a, b) = (groups.of[i as usize] as usize, groups.of[j as usize] as usize);
        let (size_a, size_b) = (groups.members[a].len(), groups.members[b].len());
        if a == b || size_a + size_b > MAX_STORY {
            continue;
        }
        if groups
            .merged_span(a, b)
            .is_some_and(|(s, e)| e - s > MAX_SPAN_DAYS)
        {
            continue;
        }
        let (big, small) = if size_a >= size_b { (a, b) } else { (b, a) };
        let mut linked = 0;
        for &m in &groups.members[small] {
            for &o in &neighbours[m as usize] {
                crate::steps::count(1);
                linked += usize::from(groups.of[o as usize] as usize == big);
            }
        }
        if 2 * linked >= size_a * size_b {
            groups.merge(big, small);
        }
    }
    let mut story: Vec<u32> = (0..n as u32).collect();
    for members in &groups.members {
        if let Some(&first) = members.iter().min() {
            for &m in members {
                story[m as usize] = first;
            }
        }
    }
    story
}
