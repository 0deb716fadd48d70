//! Many short lists in one buffer: each article's topics and entities. A
//! `Vec` per article cost a 12-byte header and a heap block each in wasm
//! (200,000 of them at 100k articles), and a facet click that followed them
//! for every matching article spent most of its time in cache misses.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Lists in order: list `d` is `values[starts[d]..starts[d + 1]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flat<T> {
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Default for Flat<T> {
    fn default() -> Self {
        Flat {
            starts: vec![0],
            values: Vec::new(),
        }
    }
}

impl<T: Copy> Flat<T> {
    /// One list per item of `lists`, in order.
    pub fn new<L: AsRef<[T]>>(lists: impl IntoIterator<Item = L>) -> Flat<T> {
        let mut flat = Flat::default();
        for list in lists {
            flat.push(list.as_ref());
        }
        flat
    }

    /// Adds a list at the end.
    pub fn push(&mut self, list: &[T]) {
        self.values.extend_from_slice(list);
        self.starts.push(self.values.len() as u32);
    }

    /// List `d` (empty past the last).
    pub fn of(&self, d: usize) -> &[T] {
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => &self.values[a as usize..b as usize],
            _ => &[],
        }
    }

    /// How many lists.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Whether it holds no list.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `(list, value)` pairs, list by list, into lists numbered `0..n`: the
    /// pairs of a list keep their order. A pair naming a list past `n` is
    /// refused (`Err` with that pair's position).
    pub fn from_pairs(n: usize, pairs: &[(u32, T)]) -> Result<Flat<T>, usize> {
        let mut counts = vec![0u32; n];
        for (i, &(d, _)) in pairs.iter().enumerate() {
            *counts.get_mut(d as usize).ok_or(i)? += 1;
        }
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        for c in &counts {
            starts.push(starts.last().copied().unwrap_or(0) + c);
        }
        let mut next: Vec<u32> = starts[..n].to_vec();
        let mut values: Vec<Option<T>> = vec![None; pairs.len()];
        for &(d, v) in pairs {
            let slot = &mut next[d as usize];
            values[*slot as usize] = Some(v);
            *slot += 1;
        }
        Ok(Flat {
            starts,
            values: values.into_iter().flatten().collect(),
        })
    }
}

/// As written: each list's length, then every value (small varints that
/// deflate compresses well, where growing offsets would not).
#[derive(Serialize, Deserialize)]
struct Written<T> {
    counts: Vec<u32>,
    values: Vec<T>,
}

impl<T: Copy + Serialize> Serialize for Flat<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Written {
            counts: self.starts.windows(2).map(|w| w[1] - w[0]).collect(),
            values: self.values.clone(),
        }
        .serialize(s)
    }
}

impl<'de, T: Copy + Deserialize<'de>> Deserialize<'de> for Flat<T> {
    /// Refuses counts that do not add up to the values (a damaged file).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Flat<T>, D::Error> {
        let w = Written::<T>::deserialize(d)?;
        let mut starts = Vec::with_capacity(w.counts.len() + 1);
        let mut at = 0u64;
        starts.push(0);
        for c in w.counts {
            at += u64::from(c);
            starts
                .push(u32::try_from(at).map_err(|_| D::Error::custom("lists longer than 4 billion values"))?);
        }
        if at != w.values.len() as u64 {
            return Err(D::Error::custom(format!(
                "list lengths add up to {at}, not the {} values",
                w.values.len()
            )));
        }
        Ok(Flat {
            starts,
            values: w.values,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_round_trip_and_damage_is_refused() {
        let lists: Vec<Vec<u16>> = vec![vec![3, 1], vec![], vec![7], vec![], vec![2, 2, 9]];
        let flat = Flat::new(&lists);
        assert_eq!(flat.len(), 5);
        for (d, l) in lists.iter().enumerate() {
            assert_eq!(flat.of(d), &l[..]);
        }
        assert_eq!(flat.of(5), &[] as &[u16]);
        let bytes = postcard::to_allocvec(&flat).unwrap();
        assert_eq!(postcard::from_bytes::<Flat<u16>>(&bytes).unwrap(), flat);
        // Counts that claim one value more than there are.
        let bad = Written::<u16> {
            counts: vec![2, 0, 2],
            values: vec![1, 2, 3],
        };
        let err = postcard::from_bytes::<Flat<u16>>(&postcard::to_allocvec(&bad).unwrap()).unwrap_err();
        assert!(matches!(err, postcard::Error::SerdeDeCustom), "{err:?}");
    }

    #[test]
    fn pairs_go_to_their_lists_in_order() {
        // Brute force: each list is the pairs naming it, in the order given.
        let pairs: Vec<(u32, u32)> = (0..200u32).map(|i| ((i * 37) % 11, i)).collect();
        let flat = Flat::from_pairs(13, &pairs).unwrap();
        assert_eq!(flat.len(), 13);
        for d in 0..13u32 {
            let want: Vec<u32> = pairs.iter().filter(|p| p.0 == d).map(|p| p.1).collect();
            assert_eq!(flat.of(d as usize), &want[..], "list {d}");
        }
        assert_eq!(Flat::from_pairs(3, &[(0, 1u32), (3, 2)]), Err(1));
    }
}
