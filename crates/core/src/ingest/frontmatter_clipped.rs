//! What web clippers and site generators write in front matter, read as Dossier's fields.
//!
//! A journalist's folder of `.md` articles rarely comes from Dossier's own
//! export: the Obsidian Web Clipper writes `author:` as a list of `"[[Name]]"`
//! links, `source:` as the page's URL and `published:` for the date;
//! MarkDownload writes `source:` as the URL too; Hugo and Jekyll write `date:`
//! with a time and a zone. Each of these refused the whole file ("expected
//! text, found a list") or made a URL the outlet. Here they become what they
//! mean; anything else keeps the strict checks of `frontmatter_fields.rs`.

/// `[[Name]]` or `[[Page|Name]]` (an Obsidian wiki link) as the name it shows;
/// other text as it is.
pub(super) fn unlinked(s: &str) -> &str {
    let t = s.trim();
    match t.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
        Some(inner) if !inner.contains(['[', ']']) => inner.rsplit('|').next().unwrap_or(inner).trim(),
        _ => t,
    }
}

/// Several names given as a list, as one line: `Jane Doe, John Roe`.
pub(super) fn joined_names(names: &[String]) -> Option<String> {
    let names: Vec<&str> = names
        .iter()
        .map(|n| unlinked(n))
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// The host of an `http(s)` URL without `www.`, when `s` is one such URL and
/// nothing else (a source written as the page's address).
pub(super) fn url_host(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    if t.contains(char::is_whitespace) {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    (host.contains('.') && !host.starts_with('.') && !host.ends_with('.')).then(|| host.to_string())
}

/// The day of an ISO 8601 date with a time (`2024-03-12T08:30:00+01:00`,
/// `2024-03-12 08:30`): the date part as written, which is the day in the
/// writer's own zone, the day their readers saw. `None` when `s` has no time.
pub(super) fn day_of_datetime(s: &str) -> Option<&str> {
    let t = s.trim();
    let (day, time) = t.split_once(['T', 't', ' '])?;
    let clock = time.trim_start();
    let timelike = clock.len() >= 4
        && clock.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && clock.as_bytes()[2] == b':';
    (day.len() == 10 && timelike).then_some(day)
}

/// The ISO 639-1 code of a language tag: `fr`, `FR`, `en-US`, `pt_BR`,
/// `zh-Hant-TW` (the primary subtag, when it has two letters and the rest are
/// subtags of 1 to 8 letters or digits).
pub(super) fn primary_language(tag: &str) -> Option<String> {
    let mut subtags = tag.trim().split(['-', '_']);
    let primary = subtags.next()?;
    let well_formed = primary.len() == 2
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags.all(|t| (1..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric()));
    well_formed.then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wiki_links_show_their_names_in_every_script() {
        assert_eq!(unlinked("[[Jane Doe]]"), "Jane Doe");
        assert_eq!(unlinked(" [[People/Amel Benali|Amel Benali]] "), "Amel Benali");
        assert_eq!(unlinked("[[Сергей Лавров]]"), "Сергей Лавров");
        assert_eq!(unlinked("[[عبد المجيد تبون]]"), "عبد المجيد تبون");
        assert_eq!(unlinked("Jean Dupont"), "Jean Dupont");
        // Not one link: left as written.
        assert_eq!(unlinked("[[a]] and [[b]]"), "[[a]] and [[b]]");
        assert_eq!(unlinked("[[unclosed"), "[[unclosed");
        let names = ["[[Jane Doe]]".to_string(), " ".into(), "Élise Martin".into()];
        assert_eq!(joined_names(&names).as_deref(), Some("Jane Doe, Élise Martin"));
        assert_eq!(joined_names(&[]), None);
    }

    #[test]
    fn a_language_tag_gives_its_language() {
        for (tag, code) in [
            ("fr", "fr"),
            (" AR ", "ar"),
            ("en-US", "en"),
            ("pt_BR", "pt"),
            ("zh-Hant-TW", "zh"),
            ("ru-RU", "ru"),
        ] {
            assert_eq!(primary_language(tag).as_deref(), Some(code), "{tag}");
        }
        for tag in [
            "",
            "eng",
            "english",
            "e",
            "en-",
            "en--US",
            "en-US!",
            "fr-français",
            "12",
        ] {
            assert_eq!(primary_language(tag), None, "{tag}");
        }
    }

    #[test]
    fn a_source_that_is_a_url_gives_its_host() {
        let cases = [
            (
                "https://www.lemonde.fr/afrique/article/2024/03/12/x.html",
                Some("lemonde.fr"),
            ),
            ("http://aps.dz/en/economy?x=1#top", Some("aps.dz")),
            ("HTTPS://WWW.RT.COM/news/1", Some("rt.com")),
            ("https://user@news.example.org:8443/a", Some("news.example.org")),
            ("https://التلفزيون.dz/خبر", Some("التلفزيون.dz")),
            ("Le Monde", None),
            ("https://", None),
            ("https://localhost/a", None),
            ("see https://rt.com", None),
            ("https://rt.com and more", None),
        ];
        for (source, host) in cases {
            assert_eq!(url_host(source).as_deref(), host, "{source}");
        }
    }

    #[test]
    fn a_date_with_a_time_keeps_the_day_it_was_written_on() {
        assert_eq!(day_of_datetime("2024-03-12T08:30:00+01:00"), Some("2024-03-12"));
        assert_eq!(day_of_datetime("2024-03-12T23:59:59Z"), Some("2024-03-12"));
        assert_eq!(day_of_datetime("2024-03-12 08:30"), Some("2024-03-12"));
        assert_eq!(day_of_datetime("2024-03-12t0830"), None);
        assert_eq!(day_of_datetime("2024-03-12"), None);
        assert_eq!(day_of_datetime("March 12 2024"), None);
        assert_eq!(day_of_datetime("2024-03 08:30"), None);
    }
}
