//! How the trends view names a series, a period and a value.

use crate::components::chips::topic_label;
use crate::components::timeline::span::date_text;
use crate::i18n::UiLang;
use dossier_core::search::{Period, SeriesCounts};
use dossier_core::view::Series;

/// The series as the legend names it: the search text in quotes, a topic's
/// label, or the outlet's or entity's name.
pub fn series_label(series: &Series) -> String {
    match series {
        Series::Query(q) => format!("“{q}”"),
        Series::Topic(slug) => topic_label(slug),
        Series::Entity(name) | Series::Source(name) => name.clone(),
    }
}

/// The series' kind as the legend names it (interface string key).
pub fn kind_label(series: &Series) -> &'static str {
    match series {
        Series::Query(_) => "Search words",
        Series::Topic(_) => "Topic",
        Series::Entity(_) => "Person, place or organisation",
        Series::Source(_) => "Outlet",
    }
}

/// The period written out: `March 2023`, `2023`.
pub fn period_label(period: &Period, ui: UiLang) -> String {
    date_text(period.from, ui)
}

/// What the chart plots for period `i`: the count, or the share in tenths of a percent.
pub fn plotted(s: &SeriesCounts, i: usize, share: bool) -> usize {
    if share {
        s.permille(i) as usize
    } else {
        s.counts.get(i).copied().unwrap_or(0)
    }
}

/// A share in tenths of a percent as text (`12.5%`, `12,5 %` in French):
/// integer arithmetic, so no float formatting code in the wasm.
pub fn share_text(permille: u32, ui: UiLang) -> String {
    let (whole, tenth) = (permille / 10, permille % 10);
    match ui {
        UiLang::Fr => format!("{whole},{tenth} %"),
        UiLang::En => format!("{whole}.{tenth}%"),
    }
}

/// A point's value as text: `12 articles`, or `12.5% (3 of 24)` as a share.
pub fn value_text(s: &SeriesCounts, i: usize, share: bool, ui: UiLang) -> String {
    let count = s.counts.get(i).copied().unwrap_or(0);
    if share {
        let all = s.all.get(i).copied().unwrap_or(0);
        format!("{} ({count} {} {all})", share_text(s.permille(i), ui), ui.t("of"))
    } else {
        format!(
            "{count} {}",
            ui.t(if count == 1 { "article" } else { "articles" })
        )
    }
}

/// The period where the series peaks (the first of equal peaks), if it has any article.
pub fn peak(s: &SeriesCounts, share: bool) -> Option<usize> {
    let n = s.counts.len();
    let best = (0..n).map(|i| plotted(s, i, share)).max().filter(|&m| m > 0)?;
    (0..n).find(|&i| plotted(s, i, share) == best)
}
