//! How the index writes its per-article metadata ([`DocMeta`]): column by
//! column, not article by article. Deflate finds the repetition in a column
//! of languages or of dates that records interleaving them hide: at 100,000
//! articles the first view's metadata took 9.96 bytes per article gzipped as
//! records, where its fields alone add up to about 5.4 (`first_view_sizes`).
//! In memory the index keeps one `DocMeta` per article; only the file changes.
//!
//! A date is one number ([`date_code`]) rather than a year and two optional
//! fields: 2.0 bytes per article gzipped at 10,000 articles instead of 2.4.

use super::DocMeta;
use crate::model::{Origin, PartialDate};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The columns: one entry per article. (Each article's topics and entities
/// are lists, held and written apart: [`super::Flat`].)
#[derive(Serialize, Deserialize)]
struct DocColumns {
    lang: Vec<u16>,
    /// The earliest year, which [`date_code`] counts from.
    first_year: i32,
    date: Vec<u64>,
    title_len: Vec<u32>,
    body_len: Vec<u32>,
    norm: Vec<f32>,
    origin: Vec<Origin>,
}

/// Writes `docs` as columns (`#[serde(with = "doc_columns")]`).
pub fn serialize<S: Serializer>(docs: &[DocMeta], s: S) -> Result<S::Ok, S::Error> {
    let column = |f: &dyn Fn(&DocMeta) -> u32| docs.iter().map(f).collect::<Vec<u32>>();
    let first_year = docs
        .iter()
        .filter_map(|d| d.date)
        .map(|d| d.year)
        .min()
        .unwrap_or(0);
    DocColumns {
        lang: docs.iter().map(|d| d.lang).collect(),
        first_year,
        date: docs.iter().map(|d| date_code(d.date, first_year)).collect(),
        title_len: column(&|d| d.title_len),
        body_len: column(&|d| d.body_len),
        norm: docs.iter().map(|d| d.norm).collect(),
        origin: docs.iter().map(|d| d.origin).collect(),
    }
    .serialize(s)
}

/// Reads columns written by [`serialize`] back into one [`DocMeta`] per
/// article; columns that do not add up are a damaged file, named as such.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<DocMeta>, D::Error> {
    let c = DocColumns::deserialize(d)?;
    let n = c.lang.len();
    let lengths = [
        c.date.len(),
        c.title_len.len(),
        c.body_len.len(),
        c.norm.len(),
        c.origin.len(),
    ];
    if lengths.iter().any(|&l| l != n) {
        return Err(D::Error::custom(format!(
            "article columns of unequal lengths ({n} languages, {lengths:?})"
        )));
    }
    let dates = c
        .date
        .iter()
        .map(|&code| date_of(code, c.first_year))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| D::Error::custom("an article's date is out of range"))?;
    Ok((0..n)
        .map(|i| DocMeta {
            lang: c.lang[i],
            date: dates[i],
            title_len: c.title_len[i],
            body_len: c.body_len[i],
            norm: c.norm[i],
            origin: c.origin[i],
        })
        .collect())
}

/// The outlet column ([`super::Index::source_of`]) as written: one more than
/// the outlet, 0 for none, so that a dossier without outlets writes a byte per
/// article rather than the five of `u32::MAX`.
pub mod outlets {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes `u32::MAX` (no outlet) as 0, outlet `i` as `i + 1`.
    pub fn serialize<S: Serializer>(column: &[u32], s: S) -> Result<S::Ok, S::Error> {
        let written: Vec<u32> = column.iter().map(|&o| o.wrapping_add(1)).collect();
        written.serialize(s)
    }

    /// Reads what [`serialize`] wrote.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
        let written = Vec::<u32>::deserialize(d)?;
        Ok(written.into_iter().map(|o| o.wrapping_sub(1)).collect())
    }
}

/// `date` as one number: 0 for none, else one more than the years since
/// `first_year`, then the month (4 bits) and day (5 bits), 0 where unknown.
fn date_code(date: Option<PartialDate>, first_year: i32) -> u64 {
    date.map_or(0, |d| {
        let years = (i64::from(d.year) - i64::from(first_year)) as u64;
        1 + (years << 9 | u64::from(d.month.unwrap_or(0)) << 5 | u64::from(d.day.unwrap_or(0)))
    })
}

/// The date [`date_code`] wrote; `None` inside when it wrote none, `None`
/// outside for a number it cannot have written.
fn date_of(code: u64, first_year: i32) -> Option<Option<PartialDate>> {
    let Some(v) = code.checked_sub(1) else {
        return Some(None);
    };
    let (month, day) = ((v >> 5 & 15) as u8, (v & 31) as u8);
    let year = i32::try_from(i64::from(first_year) + i64::try_from(v >> 9).ok()?).ok()?;
    if month > 12 || (month == 0 && day != 0) {
        return None;
    }
    Some(Some(PartialDate {
        year,
        month: (month > 0).then_some(month),
        day: (day > 0).then_some(day),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Index;
    use crate::synth::bench_corpus;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Docs(#[serde(with = "super")] Vec<DocMeta>);

    #[test]
    fn columns_read_back_as_the_records_they_came_from() {
        let mut corpus = bench_corpus(200, 9);
        corpus.articles[3].origin = Origin::Added;
        let names: Vec<String> = corpus.entities.iter().map(|e| e.name.clone()).collect();
        for (i, a) in corpus.articles.iter_mut().enumerate().step_by(3) {
            a.entities = vec![crate::model::EntityMention {
                name: names[i % names.len()].clone(),
                count: 2,
            }];
        }
        let docs = Index::build(&corpus).docs;
        assert!(docs.iter().any(|d| d.origin == Origin::Added) && docs.iter().any(|d| d.date.is_some()));
        let bytes = postcard::to_allocvec(&Docs(docs.clone())).unwrap();
        assert_eq!(postcard::from_bytes::<Docs>(&bytes).unwrap(), Docs(docs));
        assert_eq!(
            postcard::from_bytes::<Docs>(&postcard::to_allocvec(&Docs(Vec::new())).unwrap())
                .unwrap()
                .0,
            []
        );
    }

    #[test]
    fn dates_survive_their_code_at_the_edges() {
        let dates = [
            None,
            Some(PartialDate {
                year: 2023,
                month: None,
                day: None,
            }),
            Some(PartialDate {
                year: 2023,
                month: Some(12),
                day: None,
            }),
            Some(PartialDate {
                year: 1,
                month: Some(1),
                day: Some(31),
            }),
            Some(PartialDate {
                year: -44,
                month: Some(3),
                day: Some(15),
            }),
            Some(PartialDate {
                year: i32::MAX,
                month: Some(2),
                day: Some(29),
            }),
        ];
        // `first_year` is the earliest year written.
        for first_year in [i32::MIN, -44] {
            for date in dates {
                assert_eq!(
                    date_of(date_code(date, first_year), first_year),
                    Some(date),
                    "{date:?}"
                );
            }
        }
        // A day without a month, or a 13th month, was never written.
        assert_eq!(date_of(1 + 7, 2000), None);
        assert_eq!(date_of(1 + (13 << 5), 2000), None);
        assert_eq!(date_of(u64::MAX, 2000), None);
    }

    #[test]
    fn columns_that_do_not_add_up_are_refused() {
        let docs = Index::build(&bench_corpus(20, 2)).docs;
        let mut c: DocColumns =
            postcard::from_bytes(&postcard::to_allocvec(&Docs(docs.clone())).unwrap()).unwrap();
        c.date.pop();
        assert!(postcard::from_bytes::<Docs>(&postcard::to_allocvec(&c).unwrap()).is_err());
        let mut c: DocColumns = postcard::from_bytes(&postcard::to_allocvec(&Docs(docs)).unwrap()).unwrap();
        c.origin.pop();
        assert!(postcard::from_bytes::<Docs>(&postcard::to_allocvec(&c).unwrap()).is_err());
    }
}
