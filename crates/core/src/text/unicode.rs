//! The two pieces of Unicode data folding needs, in small tables instead of the
//! `unicode-normalization` crate (whose decomposition tables cost ~28 KB gzip in
//! the browser):
//!
//! - [`is_combining_mark`]: General_Category Mark (Mn, Mc, Me), every code point;
//! - [`lowercase`]: the standard library's `char::to_lowercase`, in runs
//!   (`std`'s own table is ~12 KB of wasm; folding is its only user);
//! - [`strip_marks`]: what a *lower-case* character's canonical decomposition is
//!   once its combining marks are dropped (`é`→`e`, `ῷ`→`ω`, `ї`→`і`, `が`→`か`,
//!   `각`→`ㄱㅏㄱ` jamo).
//!
//! Coverage: every code point whose lower-case mapping is itself (what
//! [`super::fold`] passes in), in every script, **except** the CJK compatibility
//! ideographs (U+F900–FAFF, U+2F800–2FA1F), which are left as they are: their
//! canonical decompositions are 1 000 arbitrary ideograph pairs a news corpus
//! does not need. Upper-case letters are not in the table because folding
//! lower-cases first.
//!
//! The tables in `unicode_tables.rs` are generated from `unicode-normalization`
//! (a dev-dependency) and `std` by the tests below, which also check every
//! function against them over every code point, so they cannot silently drift. To regenerate after a
//! `unicode-normalization` update:
//! `DOSSIER_REGEN_TABLES=1 cargo test -p dossier-core text::unicode`.

use super::unicode_tables::{BASES_ASTRAL, BASES_BMP, LOWER, MARKS, MULTI};

/// First Hangul syllable and the jamo counts of its algorithmic decomposition.
const HANGUL_S: u32 = 0xAC00;
const HANGUL_L: u32 = 0x1100;
const HANGUL_V: u32 = 0x1161;
const HANGUL_T: u32 = 0x11A7;
const HANGUL_V_COUNT: u32 = 21;
const HANGUL_T_COUNT: u32 = 28;
const HANGUL_COUNT: u32 = 19 * HANGUL_V_COUNT * HANGUL_T_COUNT;

/// Whether `c` is a combining mark (General_Category M).
pub fn is_combining_mark(c: char) -> bool {
    let cp = c as u32;
    // Below U+0300 nothing is a mark: skip the search for ASCII and Latin-1.
    cp >= 0x300
        && MARKS
            .binary_search_by(|&(lo, hi)| {
                if hi < cp {
                    core::cmp::Ordering::Less
                } else if lo > cp {
                    core::cmp::Ordering::Greater
                } else {
                    core::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// Calls `emit` with the lower-case mapping of `c`, exactly as
/// `c.to_lowercase()` would yield it.
pub fn lowercase(c: char, mut emit: impl FnMut(char)) {
    let cp = c as u32;
    if cp < 0x80 {
        return emit(c.to_ascii_lowercase());
    }
    if cp == 0x130 {
        // The one mapping to two characters: İ → i + combining dot above.
        emit('i');
        return emit('\u{307}');
    }
    // The run starting at or before `cp`: (first, count << 1 | stride is 2, delta).
    let i = LOWER.partition_point(|&(start, _, _)| start <= cp);
    if let Some(&(start, packed, delta)) = i.checked_sub(1).map(|i| &LOWER[i]) {
        let stride = 1 + (packed & 1);
        let offset = cp - start;
        if offset < (packed >> 1) * stride && offset & (stride - 1) == 0 {
            if let Some(l) = char::from_u32(cp.wrapping_add_signed(delta)) {
                return emit(l);
            }
        }
    }
    emit(c)
}

/// Calls `emit` with the canonical decomposition of the lower-case character `c`
/// without its combining marks: nothing for a mark, `c` itself when it has no
/// decomposition (see the module docs for what is covered).
pub fn strip_marks(c: char, mut emit: impl FnMut(char)) {
    let cp = c as u32;
    if cp < 0xC0 {
        return emit(c);
    }
    if is_combining_mark(c) {
        return;
    }
    let base = if cp <= 0xFFFF {
        BASES_BMP
            .binary_search_by_key(&(cp as u16), |&(k, _)| k)
            .ok()
            .map(|i| BASES_BMP[i].1 as u32)
    } else {
        BASES_ASTRAL
            .binary_search_by_key(&cp, |&(k, _)| k)
            .ok()
            .map(|i| BASES_ASTRAL[i].1)
    };
    if let Some(b) = base.and_then(char::from_u32) {
        return emit(b);
    }
    if (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&cp) {
        let s = cp - HANGUL_S;
        let t = s % HANGUL_T_COUNT;
        let jamo = [
            HANGUL_L + s / (HANGUL_V_COUNT * HANGUL_T_COUNT),
            HANGUL_V + (s % (HANGUL_V_COUNT * HANGUL_T_COUNT)) / HANGUL_T_COUNT,
            if t == 0 { 0 } else { HANGUL_T + t },
        ];
        jamo.iter()
            .filter(|&&j| j != 0)
            .filter_map(|&j| char::from_u32(j))
            .for_each(emit);
        return;
    }
    match MULTI.iter().find(|(k, _)| *k == cp) {
        Some((_, s)) => s.chars().for_each(emit),
        None => emit(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char as un;

    fn is_cjk_compatibility_ideograph(cp: u32) -> bool {
        (0xF900..=0xFAFF).contains(&cp) || (0x2F800..=0x2FA1F).contains(&cp)
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    /// Is its own lower-case mapping: the only characters folding passes in.
    fn is_lowercase_stable(c: char) -> bool {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    }

    /// The reference: canonical decomposition without combining marks.
    fn reference(c: char) -> String {
        let mut out = String::new();
        un::decompose_canonical(c, |d| {
            if !un::is_combining_mark(d) {
                out.push(d);
            }
        });
        out
    }

    fn ours(c: char) -> String {
        let mut out = String::new();
        strip_marks(c, |d| out.push(d));
        out
    }

    /// Runs of characters whose lower case is one other character at the same
    /// offset, every one or every other code point.
    fn lowercase_runs() -> Vec<(u32, u32, i32)> {
        let mut mapped: Vec<(u32, i32)> = Vec::new();
        for c in all_chars() {
            let lower: Vec<char> = c.to_lowercase().collect();
            match lower[..] {
                [l] if l != c => mapped.push((c as u32, l as i32 - c as i32)),
                [_] => {}
                _ => assert_eq!(c, '\u{130}', "a new multi-character lower case"),
            }
        }
        let mut runs = Vec::new();
        let mut i = 0;
        while i < mapped.len() {
            let (start, delta) = mapped[i];
            let run = |stride: u32| {
                (1..)
                    .take_while(|&n| mapped.get(i + n) == Some(&(start + stride * n as u32, delta)))
                    .count()
                    + 1
            };
            let (n1, n2) = (run(1), run(2));
            let (n, stride) = if n1 >= n2 { (n1, 1) } else { (n2, 2) };
            runs.push((start, (n as u32) << 1 | (stride - 1), delta));
            i += n;
        }
        runs
    }

    /// The source of `unicode_tables.rs`, computed from `unicode-normalization`.
    fn generate() -> String {
        let mut marks: Vec<(u32, u32)> = Vec::new();
        let (mut bmp, mut astral, mut multi) = (Vec::new(), Vec::new(), Vec::new());
        for c in all_chars() {
            let cp = c as u32;
            if un::is_combining_mark(c) {
                match marks.last_mut() {
                    Some(r) if r.1 + 1 == cp => r.1 = cp,
                    _ => marks.push((cp, cp)),
                }
                continue;
            }
            let hangul = (HANGUL_S..HANGUL_S + HANGUL_COUNT).contains(&cp);
            if hangul || is_cjk_compatibility_ideograph(cp) || !is_lowercase_stable(c) {
                continue;
            }
            let r = reference(c);
            if r == c.to_string() {
                continue;
            }
            let mut rc = r.chars();
            match (rc.next(), rc.next()) {
                (Some(b), None) if cp <= 0xFFFF && (b as u32) <= 0xFFFF => bmp.push((cp, b as u32)),
                (Some(b), None) => astral.push((cp, b as u32)),
                _ => multi.push((cp, r)),
            }
        }
        let mut s = String::from(
            "//! Generated by `text::unicode::tests` from `unicode-normalization`: do not edit.\n\
             //! See `unicode.rs` for what the tables cover and how to regenerate them.\n\n",
        );
        let mut table = |name: &str, doc: &str, ty: &str, rows: Vec<String>, per_line: usize| {
            s += &format!("/// {doc}\npub(super) const {name}: &[{ty}] = &[\n");
            for chunk in rows.chunks(per_line) {
                s += &format!("    {},\n", chunk.join(", "));
            }
            s += "];\n\n";
        };
        let hex = |(a, b): &(u32, u32)| format!("(0x{a:04X}, 0x{b:04X})");
        table(
            "MARKS",
            "Combining marks (General_Category M), as sorted inclusive ranges.",
            "(u32, u32)",
            marks.iter().map(hex).collect(),
            6,
        );
        table(
            "LOWER",
            "`char::to_lowercase` but for U+0130: runs of (first, count << 1 | stride is 2, delta).",
            "(u32, u32, i32)",
            lowercase_runs()
                .iter()
                .map(|(a, b, c)| format!("(0x{a:04X}, {b}, {c})"))
                .collect(),
            6,
        );
        table(
            "BASES_BMP",
            "Lower-case BMP characters whose decomposition without marks is one other character.",
            "(u16, u16)",
            bmp.iter().map(hex).collect(),
            6,
        );
        table(
            "BASES_ASTRAL",
            "The same for characters beyond the BMP.",
            "(u32, u32)",
            astral.iter().map(hex).collect(),
            6,
        );
        table(
            "MULTI",
            "Characters whose decomposition without marks is several characters (Hangul aside).",
            "(u32, &str)",
            multi
                .iter()
                .map(|(cp, r)| format!("(0x{cp:04X}, {:?})", r.escape_unicode().to_string()))
                .map(|row| row.replace("\\\\", "\\"))
                .collect(),
            2,
        );
        s.truncate(s.len() - 1);
        s
    }

    #[test]
    fn tables_are_generated_from_unicode_normalization() {
        let generated = generate();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/text/unicode_tables.rs");
        if std::env::var_os("DOSSIER_REGEN_TABLES").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        assert!(
            generated == include_str!("unicode_tables.rs"),
            "unicode_tables.rs is stale: run DOSSIER_REGEN_TABLES=1 cargo test -p dossier-core text::unicode"
        );
    }

    #[test]
    fn lowercase_matches_std_everywhere() {
        for c in all_chars() {
            let mut ours = Vec::new();
            lowercase(c, |l| ours.push(l));
            assert!(ours.iter().copied().eq(c.to_lowercase()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn combining_marks_match_unicode_normalization_everywhere() {
        for c in all_chars() {
            assert_eq!(
                is_combining_mark(c),
                un::is_combining_mark(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn strip_marks_matches_canonical_decomposition_everywhere_covered() {
        let mut checked = 0;
        for c in all_chars().filter(|&c| is_lowercase_stable(c)) {
            if is_cjk_compatibility_ideograph(c as u32) {
                assert_eq!(ours(c), c.to_string(), "U+{:04X} is left as is", c as u32);
                continue;
            }
            assert_eq!(ours(c), reference(c), "U+{:04X}", c as u32);
            checked += 1;
        }
        assert!(checked > 1_000_000);
    }

    #[test]
    fn lower_case_mappings_are_lowercase_stable() {
        // So the table, keyed on such characters, covers everything folding passes in.
        for c in all_chars() {
            for l in c.to_lowercase() {
                assert!(is_lowercase_stable(l), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn samples() {
        assert_eq!(ours('é'), "e");
        assert_eq!(ours('ǆ'), "ǆ");
        assert_eq!(ours('ї'), "і");
        assert_eq!(ours('ў'), "у");
        assert_eq!(ours('ῷ'), "ω");
        assert_eq!(ours('ΐ'), "ι");
        assert_eq!(ours('が'), "か");
        assert_eq!(ours('\u{0301}'), "");
        assert_eq!(ours('한'), "\u{1112}\u{1161}\u{11AB}");
        assert!(is_combining_mark('\u{064E}') && !is_combining_mark('ا'));
    }
}
