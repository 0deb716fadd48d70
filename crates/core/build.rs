//! Records the build's year for the core, which has no clock: a publication date
//! later than next year is a read error (see `model::date::LATEST_PLAUSIBLE_YEAR`).
//!
//! `SOURCE_DATE_EPOCH` (reproducible builds) wins over the system clock.

use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    // Days to a year by the mean Gregorian year (146,097 days per 400 years):
    // off by at most a day around New Year, which a bound of "next year" absorbs.
    let year = 1970 + secs / 86_400 * 400 / 146_097;
    println!("cargo:rustc-env=DOSSIER_BUILD_YEAR={year}");
}
