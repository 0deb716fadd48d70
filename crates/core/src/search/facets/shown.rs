//! Which options of a long facet (outlets, people, places, organisations) the
//! page lists: the top few, every selected one, or those a filter box names.

use super::FacetCount;
use crate::text::fold;

/// Options a long facet lists before the reader types in its filter box.
pub const TOP_OPTIONS: usize = 8;

/// Most options listed for a filter text, so a one-letter filter over a
/// gazetteer of thousands stays a short list.
pub const MAX_FILTERED: usize = 30;

/// The options to list, in the facet's order, and how many others there are.
///
/// With an empty `filter` (after trimming): the first `top` options and any
/// selected one after them. Otherwise: every option one of whose `names`
/// (its label and, for an entity, its aliases in any script) contains the
/// folded filter (case, accents and script variants ignored), up to
/// [`MAX_FILTERED`], selected ones always kept.
pub fn shown_options<'a>(
    options: &'a [FacetCount],
    top: usize,
    filter: &str,
    names: impl Fn(&'a str) -> Vec<&'a str>,
) -> (Vec<FacetCount>, usize) {
    let needle = fold(filter.trim());
    let mut shown = Vec::new();
    let mut listed = 0;
    for o in options {
        let keep = if needle.is_empty() {
            shown.len() < top
        } else {
            listed < MAX_FILTERED && names(&o.value).iter().any(|n| fold(n).contains(&needle))
        };
        if keep {
            listed += 1;
        }
        if keep || o.active {
            shown.push(o.clone());
        }
    }
    let hidden = options.len() - shown.len();
    (shown, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(values: &[(&str, bool)]) -> Vec<FacetCount> {
        values
            .iter()
            .enumerate()
            .map(|(i, &(v, active))| FacetCount {
                value: v.into(),
                count: 10 - i,
                total: 10 - i,
                active,
            })
            .collect()
    }

    fn values(v: &[FacetCount]) -> Vec<&str> {
        v.iter().map(|o| o.value.as_str()).collect()
    }

    const PEOPLE: [(&str, &[&str]); 5] = [
        ("Abdelmadjid Tebboune", &["Tebboune", "Теббун", "تبون"]),
        ("Sergey Lavrov", &["Lavrov", "Sergueï Lavrov", "Лавров", "لافروف"]),
        ("Vladimir Putin", &["Poutine", "Путин", "بوتين"]),
        ("Saïd Chanegriha", &["Chengriha", "Шенгриха", "شنقريحة"]),
        ("Ahmed Attaf", &["Attaf", "Аттаф", "أحمد عطاف"]),
    ];

    fn names(value: &str) -> Vec<&str> {
        let (name, aliases) = PEOPLE
            .iter()
            .find(|(n, _)| *n == value)
            .copied()
            .unwrap_or(("", &[]));
        std::iter::once(name).chain(aliases.iter().copied()).collect()
    }

    #[test]
    fn top_few_then_selected_ones_beyond() {
        let o = opts(&[
            ("a", false),
            ("b", false),
            ("c", false),
            ("d", true),
            ("e", false),
        ]);
        let (shown, hidden) = shown_options(&o, 2, "  ", names);
        assert_eq!(values(&shown), ["a", "b", "d"]);
        assert_eq!(hidden, 2);
        let (shown, hidden) = shown_options(&o, 8, "", names);
        assert_eq!((shown.len(), hidden), (5, 0));
    }

    #[test]
    fn filter_matches_names_and_aliases_in_any_script_ignoring_case_and_accents() {
        let o = opts(&PEOPLE.map(|(n, _)| (n, n == "Ahmed Attaf")));
        let find = |f: &str| values(&shown_options(&o, 2, f, names).0).join("|");
        assert_eq!(find("lavrov"), "Sergey Lavrov|Ahmed Attaf");
        assert_eq!(find("SERGUEI"), "Sergey Lavrov|Ahmed Attaf");
        assert_eq!(find("путин"), "Vladimir Putin|Ahmed Attaf");
        assert_eq!(find("شنقريحة"), "Saïd Chanegriha|Ahmed Attaf");
        assert_eq!(find("said"), "Saïd Chanegriha|Ahmed Attaf");
        assert_eq!(find("zzz"), "Ahmed Attaf");
    }

    #[test]
    fn a_short_filter_over_many_options_lists_a_bounded_few() {
        let many: Vec<(String, bool)> = (0..500).map(|i| (format!("Outlet {i}"), false)).collect();
        let o: Vec<FacetCount> = many
            .iter()
            .map(|(v, a)| FacetCount {
                value: v.clone(),
                count: 1,
                total: 1,
                active: *a,
            })
            .collect();
        let (shown, hidden) = shown_options(&o, TOP_OPTIONS, "o", |v| vec![v]);
        assert_eq!(shown.len(), MAX_FILTERED);
        assert_eq!(hidden, 500 - MAX_FILTERED);
    }
}
