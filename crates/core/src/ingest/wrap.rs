//! Hard-wrapped text (Pandoc's Markdown, e-mail, text saved from a PDF or a
//! terminal): the width it was wrapped at, and which line breaks the wrapper
//! made. Joined before the cleaner judges lines one by one, a wrapped
//! paragraph's short lines ("Algérie Presse") are no longer taken for a menu
//! and dropped with the words they carry.
//!
//! A greedy wrapper breaks a line only when the next word does not fit, so a
//! break is the wrapper's when the line plus a space plus the next line's first
//! word would pass the width. The width is read from the text itself: most
//! lines of a wrapped paragraph end within a word's length of it. Text whose
//! paragraphs are each one line (a scraped page, a clipper's Markdown) shows no
//! such width, and nothing is joined.

/// Widths a wrapper is set to: Pandoc 72, e-mail 72–78, terminals 80, a PDF's
/// columns up to 100. Narrower blocks of lines are lists and short paragraphs.
const WIDTHS: std::ops::RangeInclusive<usize> = 55..=100;
/// Lines a width must be read from, at least.
const MIN_LINES: usize = 4;

/// The width `lines` (characters each, blank lines as 0) are wrapped at, if
/// they are: at most one line in ten is longer (unbreakable words, a title),
/// and at least a third of the lines followed by another line end within 12
/// characters of it.
pub fn width(lengths: &[usize]) -> Option<usize> {
    let mut sorted: Vec<usize> = lengths.iter().copied().filter(|&n| n > 0).collect();
    if sorted.len() < MIN_LINES {
        return None;
    }
    sorted.sort_unstable();
    let width = sorted[(sorted.len() * 9).div_ceil(10) - 1];
    let followed = lengths.windows(2).filter(|w| w[0] > 0 && w[1] > 0).map(|w| w[0]);
    let (mut full, mut all) = (0, 0);
    for n in followed {
        all += 1;
        full += usize::from(n + 12 >= width && n <= width);
    }
    (WIDTHS.contains(&width) && all >= MIN_LINES - 1 && full * 3 >= all).then_some(width)
}

/// Whether a block of lines (no blank line between) is one paragraph wrapped
/// at `width`: every break in it is the wrapper's. A list of headlines or a
/// byline over a dateline has a line the next word would have fitted on.
pub fn is_wrapped<S: AsRef<str>>(block: &[S], width: usize) -> bool {
    block.len() > 1
        && block
            .windows(2)
            .all(|w| soft_break(w[0].as_ref(), w[1].as_ref(), width))
}

/// Whether the break between `line` and `next` is the wrapper's at `width`:
/// `next`'s first word would not have fit on `line`.
pub fn soft_break(line: &str, next: &str, width: usize) -> bool {
    let first_word = next.split_whitespace().next().map_or(0, |w| w.chars().count());
    first_word > 0 && line.trim_end().chars().count() + 1 + first_word > width
}

/// `text` wrapped greedily at `width`, as Pandoc and `fmt` do (for tests).
#[cfg(test)]
pub(super) fn greedy(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let last = lines.last_mut().expect("one line at least");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: [&str; 4] = [
        "The foreign ministers of Algeria and Russia met in Algiers on Tuesday and signed an agreement on gas exports to Europe, the state agency Algérie Presse Service reported, adding that both sides would meet again in the autumn to review the pipeline to Italy.",
        "Le ministre russe des Affaires étrangères a été reçu mardi par le président Abdelmadjid Tebboune pour des entretiens consacrés au gaz, au pétrole et à la coopération militaire entre les deux pays, selon un communiqué de la présidence publié dans la soirée.",
        "بحث الرئيس عبد المجيد تبون مع نظيره الروسي في موسكو سبل تطوير التعاون في مجال الطاقة والغاز والنفط، وأكد الجانبان أهمية الشراكة الاستراتيجية بين البلدين في السنوات المقبلة وفق بيان الرئاسة.",
        "Министр иностранных дел России Сергей Лавров провёл переговоры с президентом Алжира Абдельмаджидом Теббуном, встреча была посвящена поставкам газа и сотрудничеству в области энергетики, сообщила пресс-служба министерства.",
    ];

    #[test]
    fn a_wrapped_text_gives_its_width_and_every_break_is_soft() {
        for width_set in [60, 72, 80] {
            for prose in PROSE {
                // Two paragraphs, a blank line between.
                let mut lines = greedy(prose, width_set);
                lines.push(String::new());
                lines.extend(greedy(prose, width_set));
                let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
                let width = width(&lengths).unwrap_or_else(|| panic!("no width in {lines:#?}"));
                assert!(
                    width <= width_set && width + 12 >= width_set,
                    "{width} for {width_set}"
                );
                for block in lines.split(String::is_empty) {
                    assert!(
                        block.len() < 2 || is_wrapped(block, width),
                        "{block:?} at {width}"
                    );
                }
            }
        }
    }

    #[test]
    fn lines_of_a_page_or_a_list_show_no_width() {
        // A scraped page: a menu, a byline, paragraphs of one line each.
        let page = [
            "Home",
            "World",
            "Africa",
            "By Jane Doe",
            PROSE[0],
            "Share",
            PROSE[1],
            "Read more",
            PROSE[3],
        ];
        let lengths: Vec<usize> = page.iter().map(|l| l.chars().count()).collect();
        assert_eq!(width(&lengths), None);
        // A short list of items.
        let list = ["Algeria", "Russia", "Egypt", "Mali", "Niger"];
        assert_eq!(width(&list.map(str::len)), None);
        // Headlines of a "related" block, in a wrapped text: not one paragraph.
        let related = [
            "Algeria and Russia sign a gas deal in Algiers after talks",
            "Tebboune expected in Moscow",
            "Gas prices fall in Europe as new pipelines open in the south",
        ];
        assert!(!is_wrapped(&related, 72));
    }

    #[test]
    fn a_short_line_before_a_short_word_is_a_hard_break() {
        assert!(!soft_break("By Jane Doe", "Algiers, Tuesday", 72));
        assert!(!soft_break("", "word", 72));
        assert!(!soft_break("a line", "", 72));
    }
}
