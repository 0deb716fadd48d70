//! Reading an archive through its end-of-central-directory record and central
//! directory, which hold the authoritative names, sizes and checksums (local
//! headers may defer them to a data descriptor).

use super::names::decode_name;
use super::*;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// Reads every file of a zip archive, in central-directory order; folders are skipped.
///
/// An archive that cannot be walked (not a zip, truncated or damaged central
/// directory, zip64, split over several volumes) is an `Err`. A file that cannot
/// be read (encrypted, an unsupported compression method, a CRC-32 mismatch,
/// data overlapping another file's, larger than [`MAX_ENTRY_BYTES`], or past
/// [`MAX_TOTAL_BYTES`] in all) gets the reason in its [`ZipEntry::bytes`] and
/// the other files are still read.
pub fn read_zip(bytes: &[u8]) -> Result<Vec<ZipEntry>, String> {
    read_zip_with(bytes, &mut { MAX_TOTAL_BYTES }, &mut |_, _| {})
}

/// [`read_zip`] with the entries together capped at `*left` bytes (and at
/// [`MAX_TOTAL_BYTES`]), which they then take from it (a drop's archives
/// share one allowance), calling `progress(done, entries)` after each file.
pub fn read_zip_with(
    bytes: &[u8],
    left: &mut u64,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<ZipEntry>, String> {
    let limits = Limits {
        entry: MAX_ENTRY_BYTES as u64,
        total: (*left).min(MAX_TOTAL_BYTES),
    };
    let (entries, taken) = read_with_limits(bytes, limits, progress)?;
    *left -= taken;
    Ok(entries)
}

/// How many bytes one entry, and all of them together, may inflate to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub entry: u64,
    pub total: u64,
}

/// [`read_zip`] with limits of the caller's choosing (tests use small ones),
/// and the bytes its entries took from `limits.total`.
pub(super) fn read_with_limits(
    bytes: &[u8],
    limits: Limits,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Vec<ZipEntry>, u64), String> {
    let end = find_end(bytes)?;
    let dir: Vec<Central> = central_directory(bytes, &end)?
        .into_iter()
        .filter(|e| !e.path.ends_with('/'))
        .collect();
    let overlapping = overlaps(bytes, &dir);
    let mut total = 0u64;
    let count = dir.len();
    let entries = dir
        .into_iter()
        .zip(overlapping)
        .enumerate()
        .map(|(i, (e, overlaps))| {
            let data = if overlaps {
                Err("its data overlaps another file's in the archive (a zip bomb's trick); refused".into())
            } else {
                read_entry(bytes, &e, limits, &mut total)
            };
            progress(i + 1, count);
            ZipEntry {
                path: e.path,
                bytes: data,
            }
        })
        .collect();
    Ok((entries, total))
}

/// Per entry, whether its local header and data overlap an earlier one's (by
/// offset; ties go to the earlier in the directory). Archives that point many
/// entries at one deflate stream inflate it once per entry: 500 entries in
/// 45 KB took 9 s. Sorting the spans makes this O(n log n).
fn overlaps(b: &[u8], dir: &[Central]) -> Vec<bool> {
    let mut spans: Vec<(usize, usize, usize)> = dir
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let (start, data) = local_span(b, e).ok()?;
            Some((start, data.saturating_add(e.packed as usize), i))
        })
        .collect();
    spans.sort_unstable();
    let mut out = vec![false; dir.len()];
    let mut reached = 0;
    for (start, stop, i) in spans {
        if start < reached {
            out[i] = true;
        }
        reached = reached.max(stop);
    }
    out
}

/// `n` bytes in words: whole megabytes as "N MB", anything else in bytes.
fn amount(n: u64) -> String {
    if n >= 1 << 20 && n.trailing_zeros() >= 20 {
        format!("{} MB", n >> 20)
    } else {
        format!("{n} bytes")
    }
}

/// What the end-of-central-directory record says.
struct End {
    /// Where the record starts; the central directory must end before it.
    at: usize,
    entries: usize,
    dir_offset: usize,
    dir_size: usize,
}

fn find_end(b: &[u8]) -> Result<End, String> {
    let last = b.len().checked_sub(END_LEN);
    let lowest = b.len().saturating_sub(END_LEN + usize::from(u16::MAX));
    // The record ends the file, after a comment of up to 64 KB; requiring the
    // comment length to reach exactly the end rejects look-alikes inside file data.
    let at = last.and_then(|last| {
        (lowest..=last).rev().find(|&i| {
            u32_at(b, i) == Some(END_SIG)
                && u16_at(b, i + 20).map(|c| i + END_LEN + usize::from(c)) == Some(b.len())
        })
    });
    let Some(at) = at else {
        return Err(if b.starts_with(b"PK\x03\x04") {
            "truncated zip archive: its end-of-central-directory record is missing".into()
        } else {
            "not a zip archive (no end-of-central-directory record found)".into()
        });
    };
    let field16 = |off| u16_at(b, at + off).unwrap_or(0);
    let field32 = |off| u32_at(b, at + off).unwrap_or(0);
    let (disk, dir_disk, here, entries) = (field16(4), field16(6), field16(8), field16(10));
    let (dir_size, dir_offset) = (field32(12), field32(16));
    let locator = at >= 20 && u32_at(b, at - 20) == Some(ZIP64_LOCATOR_SIG);
    if locator || entries == u16::MAX || dir_size == u32::MAX || dir_offset == u32::MAX {
        return Err("zip64 archives (over 65 535 files or 4 GB) are not supported".into());
    }
    if disk != 0 || dir_disk != 0 || here != entries {
        return Err("zip archives split over several volumes are not supported".into());
    }
    Ok(End {
        at,
        entries: usize::from(entries),
        dir_offset: dir_offset as usize,
        dir_size: dir_size as usize,
    })
}

/// One central-directory record.
struct Central {
    path: String,
    flags: u16,
    method: u16,
    crc: u32,
    packed: u32,
    size: u32,
    local_offset: u32,
}

fn central_directory(b: &[u8], end: &End) -> Result<Vec<Central>, String> {
    let stop = end.dir_offset.saturating_add(end.dir_size);
    if stop > end.at {
        return Err("truncated or damaged zip archive: its central directory runs past the end".into());
    }
    let mut out = Vec::with_capacity(end.entries);
    let mut p = end.dir_offset;
    for i in 0..end.entries {
        let damaged = || {
            format!(
                "damaged zip archive: central directory record {} of {} is unreadable",
                i + 1,
                end.entries
            )
        };
        if p + CENTRAL_LEN > stop || u32_at(b, p) != Some(CENTRAL_SIG) {
            return Err(damaged());
        }
        let field16 = |off| u16_at(b, p + off).unwrap_or(0);
        let field32 = |off| u32_at(b, p + off).unwrap_or(0);
        let name_end = p + CENTRAL_LEN + usize::from(field16(28));
        let next = name_end + usize::from(field16(30)) + usize::from(field16(32));
        if next > stop {
            return Err(damaged());
        }
        let flags = field16(8);
        out.push(Central {
            path: decode_name(&b[p + CENTRAL_LEN..name_end], flags).replace('\\', "/"),
            flags,
            method: field16(10),
            crc: field32(16),
            packed: field32(20),
            size: field32(24),
            local_offset: field32(42),
        });
        p = next;
    }
    Ok(out)
}

fn method_name(method: u16) -> &'static str {
    match method {
        1..=6 => "an obsolete method",
        9 => "deflate64",
        12 => "bzip2",
        14 => "LZMA",
        93 => "Zstandard",
        95 => "xz",
        98 => "PPMd",
        99 => "AES encryption",
        _ => "unknown",
    }
}

/// The bytes of one file; `total` is what earlier files inflated to.
fn read_entry(b: &[u8], e: &Central, limits: Limits, total: &mut u64) -> Result<Vec<u8>, String> {
    if e.flags & FLAG_ENCRYPTED != 0 || e.method == 99 {
        return Err("encrypted; not supported".into());
    }
    if [e.packed, e.size, e.local_offset].contains(&u32::MAX) {
        return Err("a zip64 entry (over 4 GB); not supported".into());
    }
    if e.method != METHOD_STORED && e.method != METHOD_DEFLATE {
        return Err(format!(
            "compression method {} ({}) is not supported, only stored and deflate",
            e.method,
            method_name(e.method)
        ));
    }
    // Sizes are checked as declared, before anything is inflated; inflating is
    // then capped at the declared size, so a lying header cannot blow up memory.
    let size = e.size as usize;
    if u64::from(e.size) > limits.entry {
        return Err(format!(
            "{} bytes once inflated, over the {} limit for one file; refused",
            e.size,
            amount(limits.entry)
        ));
    }
    if *total + u64::from(e.size) > limits.total {
        return Err(format!(
            "refused: the archive's files would add up to more than {}",
            amount(limits.total)
        ));
    }
    // Reserved before inflating: an entry that then fails (CRC, bad deflate)
    // still counts, or a thousand corrupt entries would each inflate in full.
    *total += u64::from(e.size);
    let packed = local_data(b, e)?;
    crate::steps::count(u64::from(e.size));
    let data = if e.method == METHOD_STORED {
        if packed.len() != size {
            return Err(format!("stored as {} bytes but declared as {size}", packed.len()));
        }
        packed.to_vec()
    } else {
        inflate(packed, size)?
    };
    if crc32fast::hash(&data) != e.crc {
        return Err("CRC-32 mismatch: the file's data is corrupt".into());
    }
    Ok(data)
}

/// Where the entry's local header starts and where its packed data starts.
fn local_span(b: &[u8], e: &Central) -> Result<(usize, usize), String> {
    let at = e.local_offset as usize;
    if u32_at(b, at) != Some(LOCAL_SIG) {
        return Err("its local header is missing or damaged".into());
    }
    let name_len = usize::from(u16_at(b, at + 26).unwrap_or(0));
    let extra_len = usize::from(u16_at(b, at + 28).unwrap_or(0));
    Ok((at, at + LOCAL_LEN + name_len + extra_len))
}

/// The packed bytes after the entry's local header.
fn local_data<'a>(b: &'a [u8], e: &Central) -> Result<&'a [u8], String> {
    let (_, start) = local_span(b, e)?;
    start
        .checked_add(e.packed as usize)
        .and_then(|stop| b.get(start..stop))
        .ok_or_else(|| "its data runs past the end of the archive".into())
}

fn inflate(packed: &[u8], size: usize) -> Result<Vec<u8>, String> {
    match decompress_to_vec_with_limit(packed, size) {
        Ok(data) if data.len() == size => Ok(data),
        Ok(data) => Err(format!(
            "inflates to {} bytes, not the {size} declared",
            data.len()
        )),
        Err(e) if e.status == TINFLStatus::HasMoreOutput => Err(format!(
            "inflates to more than the {size} bytes declared; refused"
        )),
        Err(e) => Err(format!("damaged deflate data ({e})")),
    }
}
