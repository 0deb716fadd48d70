//! Cleaning an article's text: captions out, each line classed as text or page
//! furniture ([`paragraph_class`]), the headline found past the furniture above
//! it ([`headline`]), the byline block, then paragraphs without a body pasted
//! twice. Every pass is linear in the lines (counted in [`Work`]).

use super::boilerplate::{self, LineStats};
use super::byline::{self, BylineLine};
use super::headline::{self, HeadLine};
use super::lines::{collapse_repeats, continues, lines_of, paragraphs, Line};
use super::paragraph_class::{self, ends_sentence, Class, Judged, Work};
use super::{date, furniture, lang};
use crate::text::StemCache;

/// The cleaned text of an article and the metadata found in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The front matter's title when given, else the title line or the opening words.
    pub title: String,
    /// Paragraphs separated by a blank line.
    pub body: String,
    pub author: Option<String>,
    pub place: Option<String>,
    pub source: Option<String>,
    pub captions: Vec<String>,
    pub warnings: Vec<String>,
}

/// What cleaning knows of the file besides its text: the front matter's title and
/// the source its lines are counted under in [`LineStats`] ([`boilerplate::source_key`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanInput<'a> {
    pub front_title: Option<&'a str>,
    pub source: &'a str,
    /// The text is an extractor's pick of a saved page ([`super::frontmatter::ArticleFile::extracted`]):
    /// short lines are judged by their own shape only, never by their position.
    pub extracted: bool,
}

/// Cleans `text` (front matter already removed), using corpus-wide `stats` for repeated lines.
///
/// `front_title` is the title the front matter gives, if any. Without one, the
/// headline is found past the page's furniture ([`headline::choose`]) and taken
/// out of the body with the furniture above it (else the title is the opening
/// words and nothing is taken out). With one, a line repeating that title
/// ([`headline::repeats_title`]) near the top is taken out with what stands
/// above it; a short first paragraph that says something else stays.
pub fn clean(text: &str, front_title: Option<&str>, stats: &LineStats) -> Cleaned {
    let input = CleanInput {
        front_title,
        source: "",
        extracted: false,
    };
    clean_with(text, input, stats, &mut StemCache::new(), &mut Work::default())
}

/// [`clean`] for a file of a known source, stemming through `stems` (see
/// [`StemCache`]) and counting its steps in `work`.
pub fn clean_with(
    text: &str,
    input: CleanInput,
    stats: &LineStats,
    stems: &mut StemCache,
    work: &mut Work,
) -> Cleaned {
    let mut out = Cleaned::default();
    let mut lines = super::lines::join_wrapped(lines_of(text));
    work.add(lines.len());
    if let Some(first) = lines.first_mut() {
        if let Some((_, rest)) = date::strip_leading_marker(&first.text) {
            first.text = rest.to_string();
        }
        if first.text.is_empty() {
            lines.remove(0);
        }
    }
    let lang = lang::detect(text).map_or(lang::UNDETERMINED, |d| d.lang);
    take_captions(&mut lines, &mut out, work);
    classify_all(&mut lines, lang, input.source, stats, work);
    let front_title = input.front_title.map(str::trim).filter(|t| !t.is_empty());
    take_title(&mut lines, front_title, lang, stems, &mut out);
    // The byline block: right under the title, or under a standfirst or kept headline.
    let _ = (0..=2).any(|at| take_byline_block(&mut lines, at, &mut out));
    take_correspondent(&mut lines, &mut out);
    let judged: Vec<Judged> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| Judged {
            class: l.class,
            words: l.text.split_whitespace().count(),
            sentence: ends_sentence(&l.text),
            question: l.text.ends_with(['?', '؟']),
            related_heading: boilerplate::is_related_heading(&l.text),
            continues: i > 0 && continues(&lines[i - 1], l),
        })
        .collect();
    let keep = paragraph_class::keep_mask(&judged, !input.extracted, work);
    let before = lines.len();
    let lines: Vec<Line> = lines
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(l, _)| l)
        .collect();
    if lines.len() < before {
        out.warnings
            .push(format!("removed {} boilerplate line(s)", before - lines.len()));
    }
    let paragraphs = collapse_repeats(paragraphs(lines, work), &mut out.warnings, work);
    out.body = paragraphs.join("\n\n");
    out
}

/// Each line's class on its own: furniture by list, shape, date or repetition in
/// the corpus, else by length and stop words. Lines repeated within the source
/// count only while most of the file's paragraphs are its own: a file whose
/// paragraphs mostly recur elsewhere is a copied story, left to dedup.
fn classify_all(lines: &mut [Line], lang: &str, source: &str, stats: &LineStats, work: &mut Work) {
    work.add(lines.len());
    let repeated: Vec<bool> = lines
        .iter()
        .map(|l| stats.is_repeated_in(source, &l.text))
        .collect();
    let long = |l: &Line| l.text.chars().count() > boilerplate::MAX_REPEATED_LEN;
    let long_lines = lines.iter().filter(|l| long(l)).count();
    let long_repeated = lines.iter().zip(&repeated).filter(|(l, &r)| r && long(l)).count();
    let copied = long_repeated * 2 > long_lines;
    for (l, rep) in lines.iter_mut().zip(repeated) {
        let rep = rep && !(copied && long(l));
        let furniture = rep
            || boilerplate::is_listed(&l.text)
            || furniture::is_furniture(&l.text)
            || date::date_line(&l.text).is_some();
        l.class = paragraph_class::classify(&l.text, lang, furniture);
    }
}

/// Whether `line` is a marked byline or a date ("By ...", "Автор: ..."), never a headline.
fn is_meta(line: &str) -> bool {
    byline::classify(line).is_some_and(|k| matches!(k, BylineLine::Date | BylineLine::MarkedAuthor(_)))
}

/// Takes the title line (and what stands above it) out of `lines` and sets `out.title`.
fn take_title(
    lines: &mut Vec<Line>,
    front_title: Option<&str>,
    lang: &str,
    stems: &mut StemCache,
    out: &mut Cleaned,
) {
    let heads: Vec<HeadLine> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| HeadLine {
            text: &l.text,
            class: l.class,
            meta: l.class != Class::Good && is_meta(&l.text),
            continued: lines.get(i + 1).is_some_and(|next| continues(l, next)),
        })
        .collect();
    let found = match front_title {
        Some(title) => {
            out.title = title.to_string();
            headline::find_repeat(&heads, title)
        }
        None => headline::choose(&heads, lang, stems),
    };
    let Some(at) = found else {
        if front_title.is_none() {
            let first = lines.iter().find(|l| l.class != Class::Bad).or(lines.first());
            let first = first.map(|l| headline::without_heading_marks(&l.text));
            out.title = first.map(headline::title_from).unwrap_or_default();
            out.warnings
                .push("no title line; title taken from the opening words".into());
        }
        return;
    };
    // "Headline - Site" or the headline twice: the printed one (the lower) is the title.
    let at = headline::find_copy_below(&heads, at).unwrap_or(at);
    let line = lines.drain(..=at).next_back().unwrap_or_default();
    if front_title.is_none() {
        out.title = headline::without_heading_marks(&line.text).to_string();
    }
    if lines
        .first()
        .is_some_and(|l| headline::is_truncated_copy(&out.title, &l.text))
    {
        lines.remove(0);
        out.warnings.push("dropped a truncated copy of the title".into());
    }
}

/// Consumes a block of short byline lines (author, place, date, outlet) starting
/// at line `at`; whether there was one.
fn take_byline_block(lines: &mut Vec<Line>, at: usize, out: &mut Cleaned) -> bool {
    let kinds: Vec<BylineLine> = lines
        .iter()
        .skip(at)
        .take(6)
        .map_while(|l| byline::classify(&l.text))
        .collect();
    let strong = kinds.iter().any(|k| {
        matches!(
            k,
            BylineLine::Date | BylineLine::MarkedAuthor(_) | BylineLine::Source(_)
        )
    });
    if kinds.is_empty() || !(strong && (kinds.len() >= 2 || matches!(kinds[0], BylineLine::MarkedAuthor(_))))
    {
        return false;
    }
    for kind in &kinds {
        match kind.clone() {
            BylineLine::Author(a) | BylineLine::MarkedAuthor(a) if out.author.is_none() => {
                out.author = Some(a)
            }
            BylineLine::Place(p) if out.place.is_none() => out.place = Some(p),
            BylineLine::Author(p) if out.place.is_none() && !p.contains(' ') => out.place = Some(p),
            BylineLine::Source(s) if out.source.is_none() => out.source = Some(s),
            _ => {}
        }
    }
    lines.drain(at..at + kinds.len());
    true
}

/// Consumes a "With our correspondent in PLACE, NAME" line near the top.
fn take_correspondent(lines: &mut Vec<Line>, out: &mut Cleaned) {
    if let Some(i) = lines
        .iter()
        .take(8)
        .position(|l| byline::correspondent(&l.text).is_some())
    {
        let (place, author) = byline::correspondent(&lines.remove(i).text).unwrap_or_default();
        out.place.get_or_insert(place);
        out.author.get_or_insert(author);
    }
}

/// Moves photo captions out of the text; a caption wrapped over two lines is
/// joined. One pass, building the kept lines anew (removing in place was quadratic).
fn take_captions(lines: &mut Vec<Line>, out: &mut Cleaned, work: &mut Work) {
    work.add(lines.len());
    let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines.drain(..) {
        if !byline::is_caption(&line.text) {
            kept.push(line);
            continue;
        }
        let wrapped = kept.last().is_some_and(|prev| {
            !line.gap
                && !ends_sentence(&prev.text)
                && line.text.chars().next().is_some_and(char::is_lowercase)
        });
        let caption = match kept.pop() {
            Some(prev) if wrapped => format!("{} {}", prev.text, line.text),
            Some(prev) => {
                kept.push(prev);
                line.text
            }
            None => line.text,
        };
        out.captions.push(caption);
    }
    *lines = kept;
}
