//! Tests of [`super::add::add_files`]: ids, replacement and near-duplicates.

use super::add_tests::{add, bundled, file, get, ARABIC, ENGLISH, FRENCH, GAS, RUSSIAN};
use crate::model::PartialDate;

#[test]
fn a_copy_of_a_bundled_article_points_to_the_first_of_its_group() {
    let corpus = bundled().corpus;
    // The build saw the reprint as a copy of gas.
    assert_eq!(
        corpus.article("gas-reprint").unwrap().duplicate_of.as_deref(),
        Some("gas")
    );
    let copy = GAS.replacen(
        "Algeria and Italy sign a gas deal",
        "Italy and Algeria agree on gas",
        1,
    );
    let r = add(
        &corpus,
        vec![
            file("b-copy.txt", &copy),
            file("a-copy.txt", &copy),
            file("fr.txt", FRENCH),
            file("fr-again.txt", &FRENCH.replace("en automne", "au printemps")),
        ],
    );
    for id in ["a-copy", "b-copy"] {
        let a = get(&r, id);
        assert_eq!(a.duplicate_of.as_deref(), Some("gas"), "{id}");
        assert!(
            a.warnings.contains(&"near-duplicate of gas".to_string()),
            "{:?}",
            a.warnings
        );
    }
    // Among new files only: the later id points to the earlier, as in the build.
    assert_eq!(get(&r, "fr").duplicate_of, None);
    assert_eq!(get(&r, "fr-again").duplicate_of.as_deref(), Some("fr"));
}

#[test]
fn ids_taken_by_bundled_articles_or_the_same_drop_get_a_suffix() {
    let corpus = bundled().corpus;
    let r = add(
        &corpus,
        vec![
            file("a/gas.txt", FRENCH),
            file("b/gas.txt", RUSSIAN),
            file("a/note.md", ARABIC),
            file("b/note.md", ENGLISH),
        ],
    );
    let ids: Vec<&str> = r.added.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["gas-2", "gas-3", "note", "note-2"]);
    assert_eq!(get(&r, "gas-2").lang, "fr");
    assert_eq!(get(&r, "gas-3").lang, "ru");
    let warned = |id: &str, part: &str| get(&r, id).warnings.iter().any(|w| w.contains(part));
    assert!(warned("gas-2", "bundled article; this one is `gas-2`"));
    assert!(warned("note-2", "already used by a/note.md"));
    assert!(!warned("note", "already used"));
    assert!(r.replaced.is_empty());
    // The app's corpus keeps every id unique.
    let all = corpus.with_added(&r.added);
    assert_eq!(all.articles.len(), corpus.articles.len() + 4);
}

#[test]
fn dropping_a_file_again_replaces_the_earlier_added_article() {
    let corpus = bundled().corpus;
    let first = add(
        &corpus,
        vec![file("mine.txt", RUSSIAN), file("x/gas.txt", FRENCH)],
    );
    let with_first = corpus.with_added(&first.added);
    let edited = RUSSIAN.replace("5 марта 2024", "6 марта 2024");
    let second = add(
        &with_first,
        vec![file("mine.txt", &edited), file("x/gas.txt", FRENCH)],
    );
    assert_eq!(second.replaced, ["gas-2", "mine"]);
    let mine = get(&second, "mine");
    assert_eq!(mine.date, PartialDate::day(2024, 3, 6));
    // Not a near-duplicate of the version it replaces.
    assert_eq!(mine.duplicate_of, None);
    assert!(get(&second, "gas-2").duplicate_of.is_none());
    assert!(mine.warnings.iter().all(|w| !w.contains("already used")));
}

#[test]
fn ids_with_control_characters_are_made_link_safe() {
    use super::article::id_of;
    assert_eq!(id_of("dossier/خبر\u{7}عاجل.md"), "خبر_عاجل");
    assert_eq!(id_of("новости\\\u{1b}[31mкрасный.txt"), "_[31mкрасный");
    assert_eq!(id_of("exe\u{202e}txt.md"), "exe_txt", "no right-to-left override");
    assert_eq!(id_of("l'Algérie.md"), "l'Algérie", "ordinary names are kept");
    let r = add(&bundled().corpus, vec![file("tab\there.txt", RUSSIAN)]);
    assert_eq!(r.added[0].id, "tab_here");
}

#[test]
fn many_files_of_one_name_get_suffixes_in_linear_time() {
    let corpus = bundled().corpus;
    let steps = |n: usize| {
        let files = (0..n)
            .map(|i| file(&format!("d{i:04}/gas.txt"), &format!("{FRENCH}\n{i}")))
            .collect();
        let (r, steps) = crate::steps::counted(|| add(&corpus, files));
        let mut ids: Vec<&str> = r.added.iter().map(|a| a.id.as_str()).collect();
        ids.sort_by_key(|id| id[4..].parse::<usize>().unwrap());
        let want: Vec<String> = (2..n + 2).map(|k| format!("gas-{k}")).collect();
        assert_eq!(ids, want, "`gas` is bundled: the first new one is gas-2");
        steps
    };
    crate::steps::assert_linear("ids of one name", 40, steps);
}
