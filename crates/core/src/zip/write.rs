//! Writing an archive: local headers and data, then the central directory and
//! its end record. The output depends only on the entries, never on the clock.

use super::*;

/// MS-DOS date of 1980-01-01, the earliest a zip can hold; the time is 00:00.
const DOS_DATE: u16 = (1 << 5) | 1;
/// "Made by" Unix, spec version 2.0, so that unzip applies the permissions below.
const MADE_BY: u16 = (3 << 8) | 20;
/// Spec version 2.0: deflate.
const NEEDED: u16 = 20;
/// A regular file, `rw-r--r--`.
const FILE_MODE: u32 = 0o100_644 << 16;

/// Writes a zip archive of `entries` (path, bytes) in the order given.
///
/// Each file is deflated at level 6, or stored when deflate would not make it
/// smaller (an empty file, already compressed data). Names are written as UTF-8
/// with the UTF-8 flag set; every timestamp is 1980-01-01 00:00, so the same
/// entries always give the same bytes.
///
/// # Panics
///
/// With more than 65 535 entries or an archive over 4 GB: those need zip64,
/// which this writer does not produce.
pub fn write_zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let count = u16::try_from(entries.len()).expect("write_zip: over 65 535 entries needs zip64");
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (path, data) in entries {
        let deflated = miniz_oxide::deflate::compress_to_vec(data, 6);
        let (method, packed) = if deflated.len() < data.len() {
            (METHOD_DEFLATE, deflated.as_slice())
        } else {
            (METHOD_STORED, data.as_slice())
        };
        let header = Header {
            name: path.as_bytes(),
            method,
            crc: crc32fast::hash(data),
            packed: u32_len(packed.len()),
            size: u32_len(data.len()),
        };
        let offset = u32_len(out.len());
        header.write_local(&mut out);
        out.extend_from_slice(packed);
        header.write_central(&mut central, offset);
    }
    let dir_offset = u32_len(out.len());
    let dir_size = u32_len(central.len());
    out.extend_from_slice(&central);
    put32(&mut out, END_SIG);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // disk where the central directory starts
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, dir_size);
    put32(&mut out, dir_offset);
    put16(&mut out, 0); // comment length
    out
}

fn u32_len(n: usize) -> u32 {
    u32::try_from(n).expect("write_zip: an archive over 4 GB needs zip64")
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The fields local and central headers share.
struct Header<'a> {
    name: &'a [u8],
    method: u16,
    crc: u32,
    packed: u32,
    size: u32,
}

impl Header<'_> {
    /// Version needed through file name length: the same in both headers.
    fn write_common(&self, out: &mut Vec<u8>) {
        put16(out, NEEDED);
        put16(out, FLAG_UTF8);
        put16(out, self.method);
        put16(out, 0); // time 00:00:00
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.packed);
        put32(out, self.size);
        let name_len = u16::try_from(self.name.len()).expect("write_zip: a name over 65 535 bytes");
        put16(out, name_len);
    }

    fn write_local(&self, out: &mut Vec<u8>) {
        put32(out, LOCAL_SIG);
        self.write_common(out);
        put16(out, 0); // extra field length
        out.extend_from_slice(self.name);
    }

    fn write_central(&self, out: &mut Vec<u8>, offset: u32) {
        put32(out, CENTRAL_SIG);
        put16(out, MADE_BY);
        self.write_common(out);
        put16(out, 0); // extra field length
        put16(out, 0); // comment length
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, FILE_MODE);
        put32(out, offset);
        out.extend_from_slice(self.name);
    }
}
