//! Dates as precisely as they are known, and where they came from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

impl DatePrecision {
    /// The name used in JSON output and the UI: `day`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Year => "year",
            DatePrecision::Month => "month",
            DatePrecision::Day => "day",
        }
    }
}

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateBasis {
    /// Given by the file's front matter (or a curated manifest).
    Metadata,
    /// Printed in the article text itself.
    Stated,
}

impl DateBasis {
    /// The name used in JSON output and the UI: `metadata` or `stated`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Metadata => "metadata",
            DateBasis::Stated => "stated",
        }
    }
}

/// A calendar date known to a year, a month or a day (`2023`, `2023-02`, `2023-02-14`).
///
/// Ordering is by (year, month, day) with unknown parts first, so a month sorts
/// before the days inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

/// Days in `month` of `year` in the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The earliest year a publication date may have: older "dates" are read errors
/// or historical events, not publication dates.
pub const FIRST_PLAUSIBLE_YEAR: i32 = 1800;

/// The latest year a publication date may have: the year after the build's
/// (the core has no clock, so `build.rs` records the year it was compiled in).
pub const LATEST_PLAUSIBLE_YEAR: i32 = parse_year(env!("DOSSIER_BUILD_YEAR")) + 1;

/// The decimal digits of `s` as a number, at compile time.
const fn parse_year(s: &str) -> i32 {
    let (bytes, mut i, mut year) = (s.as_bytes(), 0, 0);
    while i < bytes.len() {
        year = year * 10 + (bytes[i] - b'0') as i32;
        i += 1;
    }
    year
}

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; `None` if the month does not exist.
    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the day; `None` if that day does not exist (e.g. 2023-02-30).
    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let s = s.trim();
        let bad = || {
            DateError(format!(
                "`{s}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        };
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [y] => Ok(Self::year(num(y, 4)? as i32)),
            [y, m] => Self::month(num(y, 4)? as i32, num(m, 2)? as u8)
                .ok_or_else(|| DateError(format!("`{s}`: there is no month {m}"))),
            [y, m, d] => Self::day(num(y, 4)? as i32, num(m, 2)? as u8, num(d, 2)? as u8)
                .ok_or_else(|| DateError(format!("`{s}`: that day does not exist"))),
            _ => Err(bad()),
        }
    }

    /// This date if its year is plausible for a publication
    /// ([`FIRST_PLAUSIBLE_YEAR`] to [`LATEST_PLAUSIBLE_YEAR`]), else an error naming it.
    pub fn plausible(self) -> Result<Self, DateError> {
        if (FIRST_PLAUSIBLE_YEAR..=LATEST_PLAUSIBLE_YEAR).contains(&self.year) {
            Ok(self)
        } else {
            Err(DateError(format!(
                "year {} is outside {FIRST_PLAUSIBLE_YEAR}–{LATEST_PLAUSIBLE_YEAR}",
                self.year
            )))
        }
    }

    /// How precisely this date is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The first day this date could be, as a day ordinal comparable with [`PartialDate::last_day`].
    pub fn first_day(&self) -> i64 {
        day_ordinal(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date could be.
    pub fn last_day(&self) -> i64 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        day_ordinal(self.year, month, day)
    }
}

/// Days since 0000-03-01 (a monotonic day number; only differences and order matter).
pub fn day_ordinal(year: i32, month: u8, day: u8) -> i64 {
    let (y, m) = if month <= 2 {
        (year as i64 - 1, month as i64 + 9)
    } else {
        (year as i64, month as i64 - 3)
    };
    365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + day as i64 - 1
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_rejects_impossible_dates() {
        assert_eq!(
            PartialDate::parse("2023").unwrap().precision(),
            DatePrecision::Year
        );
        assert_eq!(
            PartialDate::parse("2023-02").unwrap().precision(),
            DatePrecision::Month
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").unwrap().precision(),
            DatePrecision::Day
        );
        assert!(PartialDate::parse("2023-02-29").is_err());
        assert!(PartialDate::parse("2023-13").is_err());
        assert!(PartialDate::parse("23-01-01").is_err());
        assert!(PartialDate::parse("2023-1-01").is_err());
        assert!(PartialDate::parse("").is_err());
    }

    #[test]
    fn implausible_years_are_refused_naming_the_value() {
        for s in ["1800", "1999-12-31", "2025-04-09"] {
            assert!(PartialDate::parse(s).unwrap().plausible().is_ok(), "{s}");
        }
        let latest = PartialDate::year(LATEST_PLAUSIBLE_YEAR);
        assert!(latest.plausible().is_ok());
        for s in ["1799-12-31", "1066", "2999-01"] {
            let err = PartialDate::parse(s).unwrap().plausible().unwrap_err();
            assert!(err.0.contains(&s[..4]), "{err}");
        }
        assert!(PartialDate::year(LATEST_PLAUSIBLE_YEAR + 1).plausible().is_err());
    }

    #[test]
    fn latest_plausible_year_is_not_behind_the_clock() {
        // Tests may read the clock; the core may not. Articles dated this year must pass.
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let this_year = 1970 + (secs / 86_400 * 400 / 146_097) as i32;
        assert!(
            LATEST_PLAUSIBLE_YEAR >= this_year,
            "LATEST_PLAUSIBLE_YEAR {LATEST_PLAUSIBLE_YEAR} is behind the clock's year {this_year}: \
             crates/core/build.rs did not record the build's year"
        );
    }

    #[test]
    fn display_round_trips() {
        for s in ["1999", "2023-02", "2025-01-03"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn ranges_cover_the_whole_period() {
        let feb = PartialDate::parse("2024-02").unwrap();
        assert_eq!(feb.last_day() - feb.first_day(), 28);
        let year = PartialDate::parse("2023").unwrap();
        assert_eq!(year.last_day() - year.first_day(), 364);
        let d = PartialDate::parse("2023-03-01").unwrap();
        assert_eq!(
            d.first_day() - PartialDate::parse("2023-02-28").unwrap().first_day(),
            1
        );
    }
}
