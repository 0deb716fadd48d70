//! Tests of how a front matter `title` and the text's own first line interact,
//! on text written for them in English, French, Arabic and Russian: with a
//! front matter title, the first line leaves the body only when it repeats that
//! title; without one, a short first line is the title as it always was.

use super::{ingest_files, SourceFile};
use crate::model::Article;

/// One article of each language: a title, a short one-sentence first
/// paragraph, the rest of the body, and a line repeating the title with other
/// case, accents, marks, punctuation or spacing.
struct Sample {
    title: &'static str,
    short: &'static str,
    rest: &'static str,
    repeat: &'static str,
}

const SAMPLES: [Sample; 4] = [
    Sample {
        title: "Sonatrach opens a new gas field in the south",
        short: "The ministers flew to Hassi R'Mel for the ceremony.",
        rest: "The field will produce ten million cubic metres of gas a day from next spring, the energy ministry said, and most of it will go to Italy through the existing pipeline.",
        repeat: "SONATRACH OPENS A NEW GAS-FIELD IN THE SOUTH!",
    },
    Sample {
        title: "Le gazoduc transsaharien relancé",
        short: "Alger a accueilli mardi une réunion des ministres.",
        rest: "Le projet de gazoduc transsaharien, qui doit relier le Nigeria à l'Algérie en passant par le Niger, a été relancé lors de cette rencontre, selon le ministère de l'énergie.",
        repeat: "# LE GAZODUC TRANSSAHARIEN RELANCE",
    },
    Sample {
        title: "الجزائر وروسيا توقعان اتفاقا للطاقة",
        short: "اجتمع الوزيران في موسكو لمناقشة التعاون.",
        rest: "وقال وزير الطاقة إن الاتفاق يشمل التعاون في مجال الغاز والنفط والطاقة النووية المدنية، وإن البلدين سيعقدان اجتماعا جديدا في الجزائر العاصمة خلال الخريف المقبل.",
        repeat: "الجزائرُ وروسيا تُوقّعان إتفاقاً للطاقة.",
    },
    Sample {
        title: "Алжир и Россия подписали соглашение о газе",
        short: "Министры встретились в Москве накануне саммита.",
        rest: "Соглашение предусматривает совместную разведку новых месторождений газа на юге Алжира и поставки оборудования из России в течение пяти лет, сообщило министерство энергетики.",
        repeat: "АЛЖИР И РОССИЯ — ПОДПИСАЛИ СОГЛАШЕНИЕ О ГАЗЕ",
    },
];

fn ingest_one(path: &str, text: &str) -> Article {
    let mut report = ingest_files(vec![SourceFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report.corpus.articles.remove(0)
}

#[test]
fn a_short_first_paragraph_stays_when_the_front_matter_gives_the_title() {
    for s in &SAMPLES {
        let md = format!("---\ntitle: {}\n---\n{}\n\n{}\n", s.title, s.short, s.rest);
        let a = ingest_one("a.md", &md);
        assert_eq!(a.title, s.title);
        assert_eq!(a.body, format!("{}\n\n{}", s.short, s.rest), "{md}");
        assert!(
            !a.warnings.iter().any(|w| w.contains("title")),
            "{:?}",
            a.warnings
        );
    }
}

#[test]
fn a_first_line_repeating_the_front_matter_title_is_dropped_once() {
    for s in &SAMPLES {
        for gap in ["\n\n", "\n"] {
            let md = format!(
                "---\ntitle: {}\n---\n{}{gap}{}\n\n{}\n",
                s.title, s.repeat, s.short, s.rest
            );
            let a = ingest_one("a.md", &md);
            assert_eq!(a.title, s.title, "the front matter's spelling is kept");
            assert_eq!(a.body, format!("{}\n\n{}", s.short, s.rest), "{md}");
        }
    }
}

#[test]
fn a_repeated_title_too_long_for_a_title_line_is_dropped_too() {
    // Over 30 words: without front matter this line would not be taken as a title.
    let title = "Algeria and Russia agree to expand cooperation on gas, oil, nuclear energy, \
                 wheat, arms, space, education, health, tourism and culture over the next ten \
                 years, the two presidents said after their talks in Moscow";
    assert!(title.split_whitespace().count() > 30);
    let rest = SAMPLES[0].rest;
    let md = format!("---\ntitle: {title}\n---\n{}\n\n{rest}\n", title.to_uppercase());
    let a = ingest_one("a.md", &md);
    assert_eq!((a.title.as_str(), a.body.as_str()), (title, rest));
}

#[test]
fn a_line_that_only_resembles_the_title_stays() {
    // One word more or less is not a repeat, however close.
    let cases = [
        (
            "Le gazoduc transsaharien relancé",
            "Le gazoduc transsaharien relancé hier",
        ),
        ("Алжир и Россия подписали соглашение", "Алжир и Россия подписали"),
    ];
    for (title, first) in cases {
        let rest = &SAMPLES[1].rest;
        let a = ingest_one("a.md", &format!("---\ntitle: {title}\n---\n{first}\n\n{rest}\n"));
        assert_eq!(a.title, title);
        assert_eq!(a.body, format!("{first}\n\n{rest}"));
    }
}

#[test]
fn without_a_front_matter_title_a_short_first_line_is_the_title() {
    for s in &SAMPLES {
        let text = format!("{}\n\n{}\n", s.short, s.rest);
        let front_without_title = format!("---\ndate: 2024-02\n---\n{text}");
        for (path, file) in [
            ("a.txt", text.clone()),
            ("a.md", text.clone()),
            ("a.md", front_without_title),
        ] {
            let a = ingest_one(path, &file);
            assert_eq!(a.title, s.short, "{path}: {file}");
            assert_eq!(a.body, s.rest, "{path}: {file}");
        }
    }
}

#[test]
fn a_byline_block_after_a_kept_first_line_is_still_taken_out() {
    let md = "---\ntitle: Gas deal signed in Algiers\n---\n\
              Algeria and Italy agree on more gas\n\
              By Karim Benali\n\
              12 March, 2024\n\
              The two countries signed an agreement on Tuesday to raise gas deliveries through the Transmed pipeline by a fifth before winter.\n";
    let a = ingest_one("a.md", md);
    assert_eq!(a.title, "Gas deal signed in Algiers");
    assert_eq!(a.author.as_deref(), Some("Karim Benali"));
    assert_eq!(
        a.body,
        "Algeria and Italy agree on more gas\n\nThe two countries signed an agreement on Tuesday to raise gas deliveries through the Transmed pipeline by a fifth before winter."
    );
}

#[test]
fn a_markdown_heading_as_the_title_loses_its_marks() {
    for s in &SAMPLES {
        for (heading, path) in [
            (format!("# {}", s.title), "a.md"),
            (format!("## {} ##", s.title), "a.md"),
            (format!("#\t{}", s.title), "a.txt"),
        ] {
            let a = ingest_one(path, &format!("{heading}\n\n{}\n\n{}\n", s.short, s.rest));
            assert_eq!(a.title, s.title, "{heading}");
            assert!(!a.body.contains('#'), "{heading}: {}", a.body);
        }
        // Without a blank line after the heading either.
        let a = ingest_one("a.md", &format!("# {}\n{}\n\n{}\n", s.title, s.short, s.rest));
        assert_eq!(a.title, s.title);
    }
    // A `#` that is part of a word is kept: a hashtag, a closing `#` in a name.
    for title in [
        "#MeToo reaches Algiers newsrooms",
        "Programmers in Oran learn C#",
        "####### Seven marks are not a heading",
    ] {
        let a = ingest_one("a.md", &format!("{title}\n\n{}\n", SAMPLES[0].rest));
        assert_eq!(a.title, title);
    }
}

#[test]
fn a_setext_heading_and_rule_lines_leave_no_marks_in_the_body() {
    for s in &SAMPLES {
        for underline in ["=====", "-------", "=="] {
            // The heading's text is the title; its underline neither starts the
            // body nor joins the next line, with or without a blank line after it.
            for gap in ["\n", "\n\n"] {
                let md = format!("{}\n{underline}{gap}{}\n\n{}\n", s.title, s.short, s.rest);
                let a = ingest_one("a.md", &md);
                assert_eq!(a.title, s.title, "{md}");
                assert_eq!(a.body, format!("{}\n\n{}", s.short, s.rest), "{md}");
            }
        }
        // A thematic break between paragraphs (`***`, `* * *`, `___`) parts them
        // and shows nowhere, even in a text whose lines are not blank-separated.
        for rule in ["***", "* * *", "___", "- - -"] {
            let txt = format!("{}\n{}\n{rule}\n{}\n", s.title, s.short, s.rest);
            let a = ingest_one("a.txt", &txt);
            assert_eq!(a.title, s.title, "{txt}");
            assert_eq!(a.body, format!("{}\n\n{}", s.short, s.rest), "{txt}");
        }
    }
    // A line with words and marks is text, not a rule: a dash list item stays
    // whole in a `.txt`; in a `.md` its bullet is Markdown and goes, its words stay.
    let text = format!(
        "Gas exports rise\n\n- Algeria ships more gas to Italy this year.\n\n{}\n",
        SAMPLES[0].rest
    );
    let a = ingest_one("a.txt", &text);
    assert!(a.body.starts_with("- Algeria ships more gas"), "{}", a.body);
    let a = ingest_one("a.md", &text);
    assert!(a.body.starts_with("Algeria ships more gas"), "{}", a.body);
}
