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
/// Openings of a credit to the newsroom instead of a person ("Rédaction X", "Редакция").
const STAFF: &[&str] = &[
    "staff reporter",
    "staff writer",
    "editorial staff",
    "la rédaction",
    "rédaction",
    "redaction",
    "редакция",
    "التحرير",
    "هيئة التحرير",
    "فريق التحرير",
];

/// A short line that credits the newsroom: a staff word, then at most three words.
fn is_staff_credit(lower: &str) -> bool {
    let words = lower.split_whitespace().count();
    words <= 4
        && STAFF.iter().any(|s| {
            lower
                .strip_prefix(s)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
}

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
        // "Par Nadia Ferhat, le 9 avril 2025 à 10h": the name, then a date or a role.
        if let Some((name, _)) = name.split_once(',').filter(|(n, _)| is_name(n)) {
            return Some(BylineLine::MarkedAuthor(name.trim().to_string()));
        }
    }
    if is_staff_credit(&lower) {
        return Some(BylineLine::MarkedAuthor(line.to_string()));
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

/// Words that mark a picture when bracketed at the start of a line ("[Photo] ...").
const PICTURE_MARKS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "picture",
    "video",
    "vidéo",
    "illustration",
    "infographic",
    "infographie",
    "фото",
    "фотография",
    "видео",
    "иллюстрация",
    "صورة",
    "الصورة",
    "صور",
    "فيديو",
    "foto",
    "bild",
];

/// Whether `line` opens with a bracketed picture marker ("[Photo]", "(Фото)",
/// "[صورة]") followed by at least three words of description.
fn has_picture_mark(line: &str) -> bool {
    let Some((open, close)) = [('[', ']'), ('(', ')')]
        .into_iter()
        .find(|(o, _)| line.starts_with(*o))
    else {
        return false;
    };
    line[1..].split_once(close).is_some_and(|(mark, rest)| {
        PICTURE_MARKS.contains(&mark.trim().to_lowercase().as_str())
            && !mark.contains(open)
            && rest.split_whitespace().count() >= 3
    })
}

/// Whether `line` is a photo caption: it ends with a bracketed credit such as
/// "[Getty]" or "(Reuters)", or opens with "Photo:" or a bracketed "[Photo]".
pub fn is_caption(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > 400 {
        return false;
    }
    if has_copyright_credit(line) || has_picture_mark(line) {
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
#[path = "byline_tests.rs"]
mod tests;
