//! Tests of [`super::classify`] and [`super::keep_mask`]: each line's class on
//! its own in several languages, then the context rules on sequences of lines.

use super::*;

#[test]
fn classes_on_their_own() {
    let cases = [
        (
            "Negotiators from Sonatrach and Eni met in Rome last week to discuss the volumes for winter.",
            "en",
            Class::Good,
        ),
        (
            "وقال الوزير إن الجزائر تريد بناء أول محطة نووية لإنتاج الكهرباء قبل نهاية العقد الحالي",
            "ar",
            Class::Good,
        ),
        ("Moscou n'a pas répondu.", "fr", Class::Near),
        ("\"نحن شركاء موثوقون\" قال لافروف للصحفيين", "ar", Class::Near),
        ("Конкуренция с Францией", "ru", Class::Short),
        ("Algeria, Italy sign gas deal", "en", Class::Short),
    ];
    for (line, lang, want) in cases {
        assert_eq!(classify(line, lang, false), want, "{line}");
        assert_eq!(classify(line, lang, true), Class::Bad, "{line}");
    }
    // Without a known language, every list's stop words count.
    assert_eq!(stop_density("le président et la ministre", "und"), (5, 0.6));
}

fn line(class: Class) -> Judged {
    Judged {
        class,
        words: if class == Class::Good { 20 } else { 3 },
        sentence: class >= Class::Near,
        question: false,
        related_heading: false,
        continues: false,
    }
}

fn keep(classes: &[Class]) -> Vec<bool> {
    keep_mask(
        &classes.iter().map(|&c| line(c)).collect::<Vec<_>>(),
        true,
        &mut Work::default(),
    )
}

use Class::{Bad as B, Good as G, Near as N, Short as S};

#[test]
fn short_lines_between_paragraphs_stay_and_among_furniture_go() {
    // A subheading between paragraphs; a short item between two furniture lines.
    assert_eq!(
        keep(&[G, S, G, B, S, B, G]),
        [true, true, true, false, false, false, true]
    );
    // A heading right before a paragraph stays even after furniture.
    assert_eq!(keep(&[G, B, S, G]), [true, false, true, true]);
}

#[test]
fn before_the_text_menu_runs_go_and_after_it_only_attached_sentences_stay() {
    assert_eq!(keep(&[S, S, S, G]), [false, false, false, true]);
    assert_eq!(
        keep(&[S, S, G]),
        [true, true, true],
        "two short lines are not a menu"
    );
    // After the last paragraph: sentence-like lines that follow it stay, short lines
    // and whatever follows furniture go, except a full sentence.
    let mut lines: Vec<Judged> = [G, N, S, B, N, N].iter().map(|&c| line(c)).collect();
    lines[4].sentence = false;
    let kept = keep_mask(&lines, true, &mut Work::default());
    assert_eq!(kept, [true, true, false, false, false, true]);
}

#[test]
fn headlines_under_a_related_heading_go_until_a_real_paragraph() {
    let mut lines: Vec<Judged> = [G, S, S, G, S, G].iter().map(|&c| line(c)).collect();
    lines[1].related_heading = true;
    // A headline dense in stop words (Good, but no full stop and short) is still a headline.
    lines[3].sentence = false;
    lines[3].words = 10;
    let kept = keep_mask(&lines, true, &mut Work::default());
    assert_eq!(kept, [true, false, false, false, false, true]);
}

#[test]
fn a_hard_wrapped_paragraph_is_judged_as_one_block() {
    let mut lines: Vec<Judged> = [G, S, S, B].iter().map(|&c| line(c)).collect();
    lines[2].continues = true;
    lines[1].sentence = false;
    // Line 2 continues line 1, a short start of a paragraph: with nothing good in
    // the block both go after the text; a Good tail makes the block Good.
    assert_eq!(
        keep_mask(&lines, true, &mut Work::default()),
        [true, false, false, false]
    );
    lines[2].class = Class::Good;
    assert_eq!(
        keep_mask(&lines, true, &mut Work::default()),
        [true, true, true, false]
    );
}
