use super::read::{read_with_limits, Limits};
use super::*;

fn entry(path: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    (path.to_string(), bytes.to_vec())
}

/// Bytes deflate cannot shrink, from a fixed xorshift sequence.
fn noise(n: usize) -> Vec<u8> {
    let mut x = 0x2545_f491_4f6c_dd1du64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn ok(entries: &[ZipEntry]) -> Vec<(String, Vec<u8>)> {
    entries
        .iter()
        .map(|e| (e.path.clone(), e.bytes.clone().expect(&e.path)))
        .collect()
}

/// Walks the local headers of an archive `write_zip` made: (method, offset of the header).
fn locals(zip: &[u8]) -> Vec<(u16, usize)> {
    let (mut out, mut p) = (Vec::new(), 0);
    while zip[p..].starts_with(&LOCAL_SIG.to_le_bytes()) {
        let u16_at = |o: usize| u16::from_le_bytes([zip[p + o], zip[p + o + 1]]) as usize;
        let packed = u32::from_le_bytes(zip[p + 18..p + 22].try_into().unwrap()) as usize;
        out.push((u16_at(8) as u16, p));
        p += LOCAL_LEN + u16_at(26) + u16_at(28) + packed;
    }
    out
}

/// Where the central directory record of entry `i` starts.
fn central(zip: &[u8], i: usize) -> usize {
    let sig = CENTRAL_SIG.to_le_bytes();
    (0..zip.len())
        .filter(|&p| zip[p..].starts_with(&sig))
        .nth(i)
        .unwrap()
}

#[test]
fn round_trip_with_names_in_several_scripts() {
    let text = "Les deux pays ont signé un accord de coopération. ".repeat(50);
    let entries = vec![
        entry("fr/coopération-été.md", text.as_bytes()),
        entry(
            "ar/تعاون_عسكري.md",
            "تعاون عسكري بين الجزائر وروسيا. ".repeat(30).as_bytes(),
        ),
        entry("ru/Лавров в Алжире.txt", &noise(2000)),
        entry("empty.txt", b""),
    ];
    let zip = write_zip(&entries);
    let methods: Vec<u16> = locals(&zip).into_iter().map(|(m, _)| m).collect();
    assert_eq!(
        methods,
        [METHOD_DEFLATE, METHOD_DEFLATE, METHOD_STORED, METHOD_STORED]
    );
    let raw: usize = entries.iter().map(|(_, b)| b.len()).sum();
    assert!(zip.len() < raw / 2, "deflate shrank the repeated text");
    assert_eq!(ok(&read_zip(&zip).unwrap()), entries);
    assert_eq!(write_zip(&entries), zip, "same entries, same bytes");
}

#[test]
fn empty_archive() {
    let zip = write_zip(&[]);
    assert_eq!(zip.len(), END_LEN);
    assert_eq!(read_zip(&zip).unwrap(), []);
}

#[test]
fn reads_a_zip_written_by_python() {
    // python3 zipfile, fixed date_time: stored.txt (ZIP_STORED), deflated.md and
    // empty.txt (ZIP_DEFLATED), the folder dossier/ and dossier/تعاون.md (ZIP_DEFLATED).
    let entries = read_zip(include_bytes!("fixtures/python.zip")).unwrap();
    let deflated = format!(
        "---\ntitle: \"Deflated\"\n---\n\n{}\n",
        "Algeria and Russia held talks. ".repeat(40)
    );
    assert_eq!(
        ok(&entries),
        vec![
            entry("stored.txt", b"Stored as is.\n"),
            entry("deflated.md", deflated.as_bytes()),
            entry("empty.txt", b""),
            entry("dossier/تعاون.md", "تعاون عسكري بين الجزائر وروسيا.\n".as_bytes()),
        ]
    );
}

#[test]
fn a_corrupt_entry_is_reported_and_the_others_read() {
    let entries = vec![
        entry("a.txt", b"first file"),
        entry("b.txt", &noise(300)),
        entry("c.md", "Repeated words, repeated words. ".repeat(20).as_bytes()),
    ];
    let mut zip = write_zip(&entries);
    let (method, b_at) = locals(&zip)[1];
    assert_eq!(method, METHOD_STORED);
    zip[b_at + LOCAL_LEN + 5 + 100] ^= 0xff; // a byte of b.txt's data
    let c_crc = central(&zip, 2) + 16;
    zip[c_crc] ^= 1; // c.md's checksum in the central directory
    let read = read_zip(&zip).unwrap();
    assert_eq!(read[0].bytes.as_deref(), Ok(&b"first file"[..]));
    for e in &read[1..] {
        assert!(e.bytes.as_ref().unwrap_err().contains("CRC-32 mismatch"), "{e:?}");
    }
}

#[test]
fn truncated_or_foreign_bytes_are_an_error() {
    let zip = write_zip(&[entry("a.txt", b"some text"), entry("b.txt", b"more text")]);
    for cut in [0, 4, 30, zip.len() / 2, zip.len() - END_LEN, zip.len() - 1] {
        let err = read_zip(&zip[..cut]).unwrap_err();
        assert!(err.contains("zip archive"), "{cut}: {err}");
    }
    assert!(read_zip(&zip[..zip.len() - 1])
        .unwrap_err()
        .starts_with("truncated"));
    let err = read_zip(b"Title\n\nJust an article, not an archive.").unwrap_err();
    assert!(err.starts_with("not a zip archive"), "{err}");
    // The central directory cut short, with the end record intact.
    let dir = central(&zip, 0);
    let mut short = zip[..dir + 10].to_vec();
    short.extend_from_slice(&zip[zip.len() - END_LEN..]);
    let err = read_zip(&short).unwrap_err();
    assert!(err.contains("central directory"), "{err}");
}

#[test]
fn zip64_is_refused() {
    let mut zip = ZIP64_LOCATOR_SIG.to_le_bytes().to_vec();
    zip.extend_from_slice(&[0; 16]);
    zip.extend_from_slice(&write_zip(&[]));
    assert!(read_zip(&zip).unwrap_err().contains("zip64"));
}

#[test]
fn unsupported_entries_say_why() {
    let entries = vec![
        entry("bz.txt", b"abc"),
        entry("locked.txt", b"def"),
        entry("ok.txt", b"ghi"),
    ];
    let mut zip = write_zip(&entries);
    let (first, second) = (central(&zip, 0), central(&zip, 1));
    zip[first + 10] = 12; // bzip2
    zip[second + 8] |= FLAG_ENCRYPTED as u8;
    let read = read_zip(&zip).unwrap();
    assert!(read[0].bytes.as_ref().unwrap_err().contains("method 12 (bzip2)"));
    assert_eq!(read[1].bytes, Err("encrypted; not supported".into()));
    assert_eq!(read[2].bytes.as_deref(), Ok(&b"ghi"[..]));
}

#[test]
fn size_limits_hold_before_and_during_inflating() {
    let zeros = vec![0u8; 1000];
    let entries = vec![
        entry("a", &zeros),
        entry("b", &zeros),
        entry("c", &zeros),
        entry("d", b"x"),
    ];
    let zip = write_zip(&entries);
    let read = read_with_limits(
        &zip,
        Limits {
            entry: 999,
            total: 10_000,
        },
        &mut |_, _| {},
    )
    .unwrap()
    .0;
    assert!(read[0]
        .bytes
        .as_ref()
        .unwrap_err()
        .contains("over the 999 bytes limit"));
    let read = read_with_limits(
        &zip,
        Limits {
            entry: 1000,
            total: 2500,
        },
        &mut |_, _| {},
    )
    .unwrap()
    .0;
    let refused: Vec<bool> = read.iter().map(|e| e.bytes.is_err()).collect();
    assert_eq!(
        refused,
        [false, false, true, false],
        "the third would pass 2500 bytes in all"
    );
    assert!(read[2]
        .bytes
        .as_ref()
        .unwrap_err()
        .contains("more than 2500 bytes"));
    // A header that understates the size: inflating stops at the declared size.
    let mut lying = zip.clone();
    let size_field = central(&lying, 0) + 24;
    lying[size_field..size_field + 4].copy_from_slice(&10u32.to_le_bytes());
    let err = read_zip(&lying).unwrap()[0].bytes.clone().unwrap_err();
    assert!(err.contains("more than the 10 bytes declared"), "{err}");
    let big = write_zip(&[entry("big", &vec![b' '; MAX_ENTRY_BYTES + 1])]);
    assert!(big.len() < 100_000, "deflated to little");
    assert!(read_zip(&big).unwrap()[0]
        .bytes
        .as_ref()
        .unwrap_err()
        .contains("5 MB"));
}

/// `n` copies of one French article, as `article-0001.md`... (names of one length).
fn copies(n: usize) -> Vec<u8> {
    let text = "Alger et Moscou ont signé mardi un accord de coopération énergétique. ".repeat(40);
    let entries: Vec<_> = (0..n)
        .map(|i| entry(&format!("article-{i:04}.md"), text.as_bytes()))
        .collect();
    write_zip(&entries)
}

#[test]
fn entries_pointing_at_one_stream_are_refused_and_inflate_once() {
    let inflated = |n: usize| {
        let mut zip = copies(n);
        // Every central record points at the first entry's local header, as a
        // zip bomb does to inflate one small stream many times.
        for i in 0..n {
            let at = central(&zip, i) + 42;
            zip[at..at + 4].copy_from_slice(&0u32.to_le_bytes());
        }
        let (read, steps) = crate::steps::counted(|| read_zip(&zip).unwrap());
        assert!(read[0].bytes.is_ok());
        for e in &read[1..] {
            assert!(e.bytes.as_ref().unwrap_err().contains("overlaps"), "{}", e.path);
        }
        steps
    };
    assert_eq!(inflated(50), inflated(400), "one stream, inflated once");
    crate::steps::assert_linear("overlapping entries", 100, inflated);
}

#[test]
fn entries_that_fail_their_crc_still_count_toward_the_cap() {
    let inflated = |n: usize| {
        let mut zip = copies(n);
        for i in 0..n {
            let at = central(&zip, i) + 16;
            zip[at] ^= 0xff;
        }
        let limits = Limits {
            entry: 1 << 20,
            total: 20_000,
        };
        let (read, steps) =
            crate::steps::counted(|| read_with_limits(&zip, limits, &mut |_, _| {}).unwrap().0);
        assert!(read[0].bytes.as_ref().unwrap_err().contains("CRC-32"));
        assert!(read[n - 1]
            .bytes
            .as_ref()
            .unwrap_err()
            .contains("more than 20000 bytes"));
        steps
    };
    let (few, many) = (inflated(20), inflated(500));
    assert!(few <= 20_000 && many == few, "{few} then {many} bytes inflated");
}

#[test]
fn progress_is_told_after_each_entry() {
    let zip = copies(5);
    let mut seen = Vec::new();
    read_zip_with(&zip, &mut { MAX_TOTAL_BYTES }, &mut |done, total| {
        seen.push((done, total))
    })
    .unwrap();
    assert_eq!(seen, [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]);
}

#[test]
fn names_cp437_backslashes_and_folders() {
    let mut zip = write_zip(&[
        entry("cafX.txt", b"menu"),
        entry("dir\\sub\\file.txt", b"x"),
        entry("folder/", b""),
    ]);
    let name = zip.windows(4).position(|w| w == b"cafX").unwrap();
    zip[name + 3] = 0x82; // é in code page 437
    let dir = central(&zip, 0);
    let at = zip[dir..].windows(4).position(|w| w == b"cafX").unwrap() + dir;
    zip[at + 3] = 0x82;
    zip[7] &= !((FLAG_UTF8 >> 8) as u8); // the flag, in local and central headers
    zip[dir + 9] &= !((FLAG_UTF8 >> 8) as u8);
    let paths: Vec<String> = read_zip(&zip).unwrap().into_iter().map(|e| e.path).collect();
    assert_eq!(paths, ["café.txt", "dir/sub/file.txt"]);
}

/// Writes an archive for checking with other tools:
/// `cargo test -p dossier-core zip::tests::dump -- --ignored`, then
/// `python3 -m zipfile -t /tmp/dossier-write-zip.zip` and `-l`.
#[test]
#[ignore]
fn dump_for_other_tools() {
    let zip = write_zip(&[
        entry("README.txt", b"Written by dossier-core write_zip.\n"),
        entry(
            "article-été.md",
            "Un accord de coopération. ".repeat(40).as_bytes(),
        ),
        entry("ar/تعاون.md", "تعاون عسكري.\n".as_bytes()),
        entry("ru/Лавров.md", &noise(500)),
        entry("empty.txt", b""),
    ]);
    std::fs::write(std::env::temp_dir().join("dossier-write-zip.zip"), zip).unwrap();
}
