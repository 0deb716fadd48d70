//! Tests of [`super`]: files skipped by name and size before any byte is read,
//! and archives that share one drop's allowance.

use super::*;

fn reason(r: Result<(), Option<FileProblem>>) -> String {
    r.unwrap_err().expect("a problem, not a silent skip").reason
}

#[test]
fn files_are_skipped_by_name_and_size_before_reading() {
    let mut budget = Budget::default();
    let gb = 1_200_000_000;
    assert!(reason(screen("vacances/vidéo.mp4", gb, &mut budget)).contains("not an article file"));
    assert!(reason(screen("новости/большой.txt", gb, &mut budget)).contains("over the 5 MB limit"));
    assert!(reason(screen("أرشيف.zip", 40 << 20, &mut budget)).contains("over the 32 MB an archive may be"));
    assert_eq!(screen("dossier/README.md", gb, &mut budget), Err(None));
    assert_eq!(screen("dossier/.DS_Store", 10, &mut budget), Err(None));
    assert_eq!(
        budget,
        Budget::default(),
        "nothing skipped takes from the drop's allowance"
    );
    assert_eq!(screen("dossier/Alger.MD", 4000, &mut budget), Ok(()));
    assert_eq!(budget.left(), MAX_DROP_BYTES - 4000);
}

#[test]
fn a_drop_stops_taking_files_once_its_allowance_is_spent() {
    let mut budget = Budget::default();
    let four_mb = 4_000_000;
    let taken = (0..40)
        .filter(|i| screen(&format!("rapports/rapport-{i:02}.txt"), four_mb, &mut budget).is_ok())
        .count();
    assert_eq!(taken as u64, MAX_DROP_BYTES / four_mb);
    let full = reason(screen("rapports/dernier.md", four_mb, &mut budget));
    assert!(full.contains("add it in another"), "{full}");
    assert_eq!(
        screen("rapports/court.md", 100, &mut budget),
        Ok(()),
        "a small one still fits"
    );
}

#[test]
fn archive_entries_get_what_the_drop_leaves() {
    let text = "Министр иностранных дел России провёл переговоры в Алжире. ".repeat(30);
    let entries: Vec<(String, Vec<u8>)> = (0..3)
        .map(|i| (format!("новости/{i}.md"), text.clone().into_bytes()))
        .collect();
    let archive = zip::write_zip(&entries);
    let room = text.len() as u64 + 10;
    let filler = vec![b'a'; (MAX_DROP_BYTES - room) as usize - archive.len()];
    let mut told = Vec::new();
    let (files, problems) = expand(
        vec![("big.txt".into(), filler), ("архив.zip".into(), archive)],
        &mut |done, total, path| told.push((done, total, path.to_string())),
    );
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["big.txt", "архив.zip/новости/0.md"]);
    assert_eq!(problems.len(), 2);
    assert!(problems[0].path == "архив.zip/новости/1.md" && problems[0].reason.contains("more than"));
    assert_eq!(told.last(), Some(&(3, 3, "архив.zip".to_string())));
}
