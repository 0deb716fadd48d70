//! How the report writes a figure: its digits, a missing one, and a
//! target's verdict (shared by every table of `bench/report.md`).

use super::measure::Measured;

/// A figure with one decimal under 100, none from 100 up.
pub fn fmt(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// A figure, or `n/a` when it was not measured.
pub fn cell(v: Option<f64>) -> String {
    v.map_or("n/a".into(), fmt)
}

/// A target's verdict: met, or missed by how much (lower is better, always
/// here); `not measured` when a target has no figure.
pub fn verdict(value: Option<f64>, limit: Option<f64>, unit: &str) -> String {
    match (value, limit) {
        (Some(v), Some(l)) if v <= l => "met".into(),
        (Some(v), Some(l)) => format!("missed by {} {unit} ({:.1}×)", fmt(v - l), v / l),
        (None, Some(_)) => "not measured".into(),
        _ => String::new(),
    }
}

/// The page's memory, MB: JS heap and wasm linear memory.
pub fn memory_mb(m: &Measured) -> Option<f64> {
    m.heap.map(|h| (h + m.wasm.unwrap_or(0.0)) / 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_and_verdicts_read_as_the_report_writes_them() {
        assert_eq!(
            (fmt(9.96), fmt(99.94), fmt(100.4)),
            ("10.0".into(), "99.9".into(), "100".into())
        );
        assert_eq!(cell(None), "n/a");
        assert_eq!(verdict(Some(12.0), Some(16.7), "ms"), "met");
        assert_eq!(verdict(Some(33.4), Some(16.7), "ms"), "missed by 16.7 ms (2.0×)");
        assert_eq!(verdict(None, Some(16.7), "ms"), "not measured");
        assert_eq!(verdict(Some(3.0), None, "ms"), "");
    }
}
