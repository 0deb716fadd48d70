//! Cleaning scraped pages written for these tests (see [`super::scraped_pages`]):
//! the exact headline, no furniture line left, every paragraph kept, bylines
//! and captions moved to metadata; and the figures over the whole set.

use super::boilerplate::LineStats;
use super::clean::{clean, Cleaned};
use super::scraped_pages::{Page, EN_FR};
use super::scraped_pages_ar_ru::AR_RU;

/// A page's text and its lines by role.
struct Parsed {
    text: String,
    title: String,
    furniture: Vec<String>,
    metadata: Vec<String>,
    content: Vec<String>,
}

fn parse(page: &Page) -> Parsed {
    let mut p = Parsed {
        text: String::new(),
        title: String::new(),
        furniture: Vec::new(),
        metadata: Vec::new(),
        content: Vec::new(),
    };
    let sep = if page.blank_separated { "\n\n" } else { "\n" };
    let mut lines = Vec::new();
    for tagged in page.tagged.lines() {
        let (tag, line) = tagged.split_at(2);
        lines.push(line);
        let line = line.to_string();
        match tag {
            "F " => p.furniture.push(line),
            "T " => p.title = line,
            "M " => p.metadata.push(line),
            "P " | "H " => p.content.push(line),
            _ => panic!("{}: bad tag in {tagged:?}", page.name),
        }
    }
    p.text = lines.join(sep) + "\n";
    p
}

fn pages() -> impl Iterator<Item = &'static Page> {
    EN_FR.iter().chain(AR_RU.iter())
}

/// Whether a removed line survives in `body`: as a whole paragraph, or inside one when it is long.
fn survives(line: &str, body: &str) -> bool {
    body.split("\n\n")
        .any(|para| para == line || (line.chars().count() > 15 && para.contains(line)))
}

/// (furniture and metadata lines gone, their total, paragraphs kept, their total).
fn figures(p: &Parsed, c: &Cleaned) -> (usize, usize, usize, usize) {
    let removable: Vec<&String> = p.furniture.iter().chain(&p.metadata).collect();
    let gone = removable.iter().filter(|l| !survives(l, &c.body)).count();
    let paragraphs: Vec<&str> = c.body.split("\n\n").collect();
    let kept = p
        .content
        .iter()
        .filter(|l| paragraphs.contains(&l.as_str()))
        .count();
    (gone, removable.len(), kept, p.content.len())
}

#[test]
fn scraped_pages_lose_their_furniture_and_keep_their_paragraphs() {
    let mut total = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for page in pages() {
        let p = parse(page);
        let c = clean(&p.text, None, &LineStats::default());
        let f = figures(&p, &c);
        eprintln!(
            "{}: furniture removed {}/{}, paragraphs kept {}/{}",
            page.name, f.0, f.1, f.2, f.3
        );
        total = (total.0 + f.0, total.1 + f.1, total.2 + f.2, total.3 + f.3);
        if c.title != p.title {
            failures.push(format!("{}: title {:?}", page.name, c.title));
        }
        for line in p.furniture.iter().chain(&p.metadata) {
            if survives(line, &c.body) {
                failures.push(format!("{}: {line:?} survives", page.name));
            }
        }
        for line in &p.content {
            if !c.body.split("\n\n").any(|para| para == line) {
                failures.push(format!("{}: {line:?} lost", page.name));
            }
        }
        if c.body.split("\n\n").collect::<Vec<_>>() != p.content {
            failures.push(format!("{}: body differs:\n{}", page.name, c.body));
        }
    }
    eprintln!(
        "all pages: furniture removed {}/{}, paragraphs kept {}/{}",
        total.0, total.1, total.2, total.3
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn scraped_bylines_and_captions_become_metadata() {
    let authors = [
        "Sarah Whitfield, Energy Correspondent",
        "Karim Haddad",
        "Nadia Benali",
        "Karim Ould Ahmed",
        "Daniel Mekonnen, Africa Editor",
        "Aïssatou Diallo",
        "سامي بن علي",
        "محمد الأمين",
        "Ирина Соколова",
        "Иван Петров",
        "يوسف الطرابلسي",
        "Редакция",
    ];
    for (page, author) in pages().zip(authors) {
        let p = parse(page);
        let c = clean(&p.text, None, &LineStats::default());
        assert_eq!(c.author.as_deref(), Some(author), "{}", page.name);
        let captions: Vec<&String> = p
            .metadata
            .iter()
            .filter(|m| m.ends_with(']') || m.ends_with(')') || m.starts_with('['))
            .collect();
        assert_eq!(c.captions.iter().collect::<Vec<_>>(), captions, "{}", page.name);
    }
}

#[test]
fn a_front_matter_title_keeps_the_scraped_headline_out_of_the_body_only_when_it_repeats() {
    for page in pages() {
        let p = parse(page);
        let c = clean(&p.text, Some(&p.title), &LineStats::default());
        assert_eq!(c.title, p.title);
        assert_eq!(
            c.body.split("\n\n").collect::<Vec<_>>(),
            p.content,
            "{}",
            page.name
        );
    }
}
