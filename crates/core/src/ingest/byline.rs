//! Recognising byline lines (author, place, outlet, date), correspondent
//! credits and photo captions, so they become metadata instead of body text.

use super::date;

/// What a short header line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BylineLine {
    /// An author, from "By X" or a line that is just a person's name.
    Author(String),
    /// "By X" and the like: an author with an explicit marker.
    MarkedAuthor(String),
    /// A single place name ("Rabat").
    Place(String),
    /// An outlet written in capitals ("THE NEW ARAB").
    Source(String),
    /// A line that is only a date.
    Date,
}

const BY: &[&str] = &[
    "by ",
    "par ",
    "por ",
    "von ",
    "di ",
    "author:",
    "auteur :",
    "auteur:",
    "автор:",
    "بقلم ",
    "بقلم:",
    "كتب:",
    "كتبت:",
    "текст:",
];
const NAME_PARTICLES: &[&str] = &[
    "el", "al", "de", "du", "la", "le", "ben", "bin", "ibn", "ould", "von", "van", "da", "di",
];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Two to five capitalised words (name particles allowed), no digits or sentence punctuation.
pub fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                && (is_capitalised(w) || NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
        })
        && words.first().is_some_and(|w| is_capitalised(w))
        && !s.chars().all(|c| !c.is_lowercase())
}

/// "THE NEW ARAB" → "The New Arab".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Classifies a short header line; `None` when it reads like text.
pub fn classify(line: &str) -> Option<BylineLine> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 60 {
        return None;
    }
    if date::date_line(line).is_some() {
        return Some(BylineLine::Date);
    }
    let lower = line.to_lowercase();
    // A correspondent credit ("Par notre correspondant à Alger, X") is read by [`correspondent`].
    if let Some(by) = BY
        .iter()
        .find(|b| lower.starts_with(*b) && correspondent(line).is_none())
    {
        let name = line[by.len()..].trim().trim_start_matches(':').trim();
        if !name.is_empty() && name.split_whitespace().count() <= 6 {
            return Some(BylineLine::MarkedAuthor(name.to_string()));
        }
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let words = line.split_whitespace().count();
    if letters >= 2 && words <= 5 && !line.chars().any(|c| c.is_lowercase()) && !line.ends_with('.') {
        return Some(BylineLine::Source(title_case(line)));
    }
    if is_name(line) {
        return Some(BylineLine::Author(line.to_string()));
    }
    if words == 1 && is_capitalised(line) && line.chars().all(|c| c.is_alphabetic() || c == '-') {
        return Some(BylineLine::Place(line.to_string()));
    }
    None
}

const CORRESPONDENT: &[&str] = &[
    "with our correspondent in ",
    "from our correspondent in ",
    "our correspondent in ",
    "with our special correspondent in ",
    "de notre correspondant à ",
    "de notre correspondante à ",
    "avec notre correspondant à ",
    "avec notre correspondante à ",
    "de notre envoyé spécial à ",
    "de notre envoyée spéciale à ",
    "par notre correspondant à ",
    "par notre correspondante à ",
    "par notre envoyé spécial à ",
    "par notre envoyée spéciale à ",
];

/// "With our correspondent in Moscow, Anissa El Jabri" → (place, author).
pub fn correspondent(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    let lower = line.to_lowercase();
    let p = CORRESPONDENT.iter().find(|p| lower.starts_with(*p))?;
    let rest = line.get(p.len()..)?.trim_end_matches('.');
    let (place, author) = rest.split_once(',')?;
    let author = author.trim();
    (is_name(author) && place.split_whitespace().count() <= 4)
        .then(|| (place.trim().to_string(), author.to_string()))
}

const CREDITS: &[&str] = &[
    "getty",
    "reuters",
    "afp",
    "ap",
    "ap photo",
    "epa",
    "anadolu",
    "aps",
    "tass",
    "sputnik",
    "ria novosti",
    "xinhua",
    "shutterstock",
    "archives",
    "archive",
    "file photo",
    "file",
    "photo",
    "фото",
    "صورة",
    "ria",
    "ansa",
    "dpa",
    "efe",
    "aa",
];

/// Whether `line` is a photo caption: it ends with a bracketed credit such as
/// "[Getty]" or "(Reuters)", or opens with "Photo:".
pub fn is_caption(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > 400 {
        return false;
    }
    if has_copyright_credit(line) {
        return true;
    }
    let lower = line.to_lowercase();
    if ["photo:", "photo :", "crédit photo", "фото:", "صورة:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    let credit = if let Some(inner) = line.strip_suffix(']') {
        inner.rsplit_once('[').map(|(_, c)| c)
    } else if let Some(inner) = line.strip_suffix(')') {
        inner.rsplit_once('(').map(|(_, c)| c)
    } else {
        None
    };
    let Some(credit) = credit.map(|c| c.trim().to_lowercase()) else {
        return false;
    };
    let text_before = line.len() - credit.len() > 20;
    let words = credit.split_whitespace().count();
    // "(Photo by Name/Agency via Getty Images)" runs longer than an agency name.
    let photo = ["photo", "images", "фото", "صورة"]
        .iter()
        .any(|p| credit.contains(p));
    text_before
        && ((words <= 5
            && CREDITS.iter().any(|c| {
                credit
                    .strip_prefix(c)
                    .is_some_and(|rest| rest.chars().next().is_none_or(|ch| !ch.is_alphanumeric()))
            }))
            || (words <= 10 && photo))
}

/// Whether `line` is a caption ending in a "© Agency" credit ("Tebboune au Kremlin. © Sputnik/AFP").
fn has_copyright_credit(line: &str) -> bool {
    line.rsplit_once('©').is_some_and(|(before, credit)| {
        before.trim().chars().count() > 20 && (1..=4).contains(&credit.split_whitespace().count())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_byline_lines() {
        assert_eq!(
            classify("Basma El Atti"),
            Some(BylineLine::Author("Basma El Atti".into()))
        );
        assert_eq!(classify("Rabat"), Some(BylineLine::Place("Rabat".into())));
        assert_eq!(classify("03 January, 2025"), Some(BylineLine::Date));
        assert_eq!(
            classify("THE NEW ARAB"),
            Some(BylineLine::Source("The New Arab".into()))
        );
        assert_eq!(
            classify("By John Smith"),
            Some(BylineLine::MarkedAuthor("John Smith".into()))
        );
        assert_eq!(
            classify("Par Amel Boubekeur"),
            Some(BylineLine::MarkedAuthor("Amel Boubekeur".into()))
        );
        assert_eq!(
            classify("بقلم محمد علي"),
            Some(BylineLine::MarkedAuthor("محمد علي".into()))
        );
        assert_eq!(
            classify("Автор: Иван Петров"),
            Some(BylineLine::MarkedAuthor("Иван Петров".into()))
        );
        assert_eq!(classify("Un dialogue politique renforcé"), None);
        assert_eq!(classify("The talks went well."), None);
    }

    #[test]
    fn correspondent_credit() {
        assert_eq!(
            correspondent("With our correspondent in Moscow, Anissa El Jabri"),
            Some(("Moscow".into(), "Anissa El Jabri".into()))
        );
        assert_eq!(
            correspondent("De notre correspondant à Alger, Karim Amrouche"),
            Some(("Alger".into(), "Karim Amrouche".into()))
        );
        assert_eq!(
            correspondent("With our correspondent in Moscow, things changed a lot."),
            None
        );
    }

    #[test]
    fn captions_by_credit() {
        assert!(is_caption(
            "Lavrov and Lamamra walk during their meeting in Algeria on Tuesday. (Reuters)"
        ));
        assert!(is_caption(
            "On the Ukraine front, Algiers voted at the UN to condemn Russia's invasion. [Getty]"
        ));
        assert!(is_caption("Le président Tebboune à Moscou. (Photo AFP)"));
        assert!(is_caption("Photo: Sergueï Lavrov à Alger"));
        assert!(is_caption("Путин и Теббун в Кремле. (Фото: ТАСС)"));
        assert!(is_caption(
            "President Tebboune at the Kremlin in June 2023. (Photo by Sergei Ilyin/Sputnik/AFP via Getty Images)"
        ));
        assert!(is_caption(
            "Le président Tebboune reçu au Kremlin en juin 2023. © Sputnik/AFP"
        ));
        assert!(!is_caption("© 2024 Al-Monitor, LLC. All rights reserved."));
        assert!(!is_caption("The agreement was signed by both sides (see below)"));
        assert!(!is_caption("Bilateral trade reached $3 billion (2021)"));
        assert!(!is_caption("(Reuters)"));
    }
}
