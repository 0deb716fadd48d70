//! Zip archives in pure Rust, for importing a corpus a user drops on the page
//! and exporting one as a download.
//!
//! Only what corpora need: entries stored (method 0) or deflated (method 8),
//! no encryption, no zip64, no multi-volume archives. Reading goes through the
//! central directory, so a bad entry is reported on its own while the others
//! are still read; writing is deterministic (fixed timestamps, fixed order).

mod names;
mod read;
mod write;

pub use read::{read_zip, read_zip_with};
pub use write::write_zip;

/// One file of an archive: its path and either its bytes or why they could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZipEntry {
    /// The path inside the archive, `/`-separated (a `\` written by some Windows tools becomes `/`).
    pub path: String,
    /// The file's bytes, or a reason such as "CRC-32 mismatch" or "encrypted; not supported".
    pub bytes: Result<Vec<u8>, String>,
}

/// Largest size one entry may inflate to: the largest article file ingest accepts.
pub const MAX_ENTRY_BYTES: usize = crate::ingest::frontmatter::MAX_FILE_BYTES;

/// Largest total the entries of one archive may inflate to; entries beyond it
/// are refused. Tens of MB: in a browser tab the inflated texts are then
/// cleaned, indexed and stored, several times their size (512 MB crashed the
/// worker's wasm).
pub const MAX_TOTAL_BYTES: u64 = 48 * 1024 * 1024;

const LOCAL_SIG: u32 = 0x0403_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const END_SIG: u32 = 0x0605_4b50;
const ZIP64_LOCATOR_SIG: u32 = 0x0706_4b50;

/// Sizes of the fixed parts of the three records.
const LOCAL_LEN: usize = 30;
const CENTRAL_LEN: usize = 46;
const END_LEN: usize = 22;

/// General-purpose flag bits.
const FLAG_ENCRYPTED: u16 = 1;
const FLAG_UTF8: u16 = 1 << 11;

const METHOD_STORED: u16 = 0;
const METHOD_DEFLATE: u16 = 8;

#[cfg(test)]
mod tests;
