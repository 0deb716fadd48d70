//! The light Arabic stemmer on clitic and inflected forms, and on names and
//! short words it must leave whole.

use super::{light_stem, proclitic_stems};
use crate::text::fold;

/// Every stem a word is filed under: its own and those without a proclitic.
fn stems(w: &str) -> Vec<String> {
    let f = fold(w);
    let mut v = vec![light_stem(&f)];
    v.extend(proclitic_stems(&f));
    v
}

fn stem(w: &str) -> String {
    light_stem(&fold(w))
}

#[test]
fn every_proclitic_reaches_the_bare_word() {
    for (bare, forms) in [
        (
            "غاز",
            &[
                "الغاز",
                "والغاز",
                "بالغاز",
                "كالغاز",
                "فالغاز",
                "للغاز",
                "وغاز",
                "فغاز",
                "بغاز",
                "كغاز",
                "لغاز",
            ][..],
        ),
        (
            "روسيا",
            &["وروسيا", "بروسيا", "لروسيا", "فروسيا", "وبروسيا", "ولروسيا"],
        ),
        (
            "الجزائر",
            &["والجزائر", "بالجزائر", "للجزائر", "فالجزائر", "كالجزائر"],
        ),
        ("بوتين", &["وبوتين", "لبوتين", "فبوتين"]),
        ("لافروف", &["ولافروف", "للافروف"]),
        ("وزير", &["ووزير", "والوزير", "بالوزير", "للوزير"]),
    ] {
        for f in forms {
            assert!(
                stems(f).contains(&stem(bare)),
                "{f}: {:?} lacks {}",
                stems(f),
                stem(bare)
            );
        }
    }
}

#[test]
fn suffixes_are_removed_where_a_root_remains() {
    assert_eq!(stem("العقوبات"), stem("عقوبات"));
    assert_eq!(stem("عقوبات"), "عقوب");
    for w in ["العسكرية", "عسكرية", "العسكريين", "عسكري"] {
        assert_eq!(stem(w), "عسكر", "{w}");
    }
    assert_eq!(stem("المهندسون"), stem("مهندسين"));
    assert_eq!(stem("اتفاقيات"), stem("اتفاقية"));
    assert_eq!(stem("حدودها"), stem("حدود"));
    assert_eq!(stem("الليبية"), stem("ليبيا"));
    assert_eq!(stem("وزيرا"), "وزير");
}

#[test]
fn names_and_short_words_are_not_over_stripped() {
    // Three letters or fewer would remain: the word keeps its form.
    assert_eq!(stem("الله"), "الله");
    assert_eq!(stem("مالي"), "مالي");
    assert_ne!(stem("المال"), stem("مالي"));
    assert_eq!(stem("بوتين"), "بوتين");
    assert_eq!(stem("لافروف"), "لافروف");
    assert_eq!(stem("روسيا"), "روسي");
    assert_eq!(stem("الجزائر"), fold("جزائر"));
    assert_eq!(stem("وزير"), "وزير");
    assert_eq!(stem("ليبيا"), "ليبي");
    // A bare proclitic never changes a word's own stem, only adds one.
    // (`وروسيا` keeps its `و`, and is also filed under the stem of `روسيا`).
    let own = stem("وروسيا");
    assert!(own.starts_with('و'), "{own}");
    assert!(proclitic_stems(&fold("وروسيا")).contains(&stem("روسيا")));
    assert!(proclitic_stems(&fold("روسيا")).is_empty());
    // Nothing shorter than three letters is offered.
    assert!(proclitic_stems(&fold("وفد")).is_empty());
    assert!(stems("بنك").iter().all(|s| s.chars().count() >= 3));
}
