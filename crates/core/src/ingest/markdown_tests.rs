//! Tests of the Markdown converter on its edge cases: what goes, what prose
//! keeps, text in every script, linear work on hostile runs, and properties
//! (no panic, plain text unchanged, [`escape`] undone by [`to_plain`]).

use super::*;
use proptest::prelude::*;

#[test]
fn inline_syntax_goes_and_the_words_stay() {
    let cases = [
        (
            "The **minister** said *no* and _never_.",
            "The minister said no and never.",
        ),
        (
            "***Both*** and __strong__ and ~~struck~~.",
            "Both and strong and struck.",
        ),
        (
            "Read [the statement](https://mfa.gov.dz/a?b=1&c=2 \"Title\") today.",
            "Read the statement today.",
        ),
        (
            "See [here](<https://x.org/a b>) or [there]().",
            "See here or there.",
        ),
        (
            "A photo ![Lavrov in Algiers](img/lavrov.jpg) here.",
            "A photo  here.",
        ),
        (
            "[![build](https://ci.org/badge.svg)](https://ci.org) [![docs](d.svg)](https://d.rs)",
            " ",
        ),
        (
            "Mail <press@mfa.gov.dz> or see <https://mfa.gov.dz/en>.",
            "Mail  or see .",
        ),
        (
            "Run `cargo **build**` now, or ``a ` tick``.",
            "Run cargo **build** now, or a ` tick.",
        ),
        (
            r"Escapes: \*not em\*, \[not a link\](x), a \\ backslash, C:\path.",
            r"Escapes: *not em*, [not a link](x), a \ backslash, C:\path.",
        ),
        (
            "Line one<br>line <span class=\"x\">two</span> and <b>bold</b>",
            "Line one\nline two and bold",
        ),
        (
            "<p>Para</p><div>block</div><!-- hidden --><img src=\"a.jpg\" alt=\"x > y\">",
            " Para  block  ",
        ),
        (
            "Tom &amp; Jerry &laquo;ok&raquo; &#233;t&#xE9; &nope; AT&T",
            "Tom & Jerry «ok» été &nope; AT&T",
        ),
        ("Footnote hard break\\", "Footnote hard break"),
        ("[Al**geria**](x) and **[Russia](y)**", "Algeria and Russia"),
    ];
    for (md, plain) in cases {
        assert_eq!(to_plain(md), plain, "{md}");
    }
}

#[test]
fn prose_that_only_looks_like_markdown_stays() {
    let prose = [
        "5 * 3 = 15, and 2*x + 3*y, and 5*3*2.",
        "He wrote snake_case and file_name_here, and a path: a_b_c/d__e.",
        "Prices rose 5%* in 2023, a 4* hotel (*estimate).",
        "The f**k and s**t words were bleeped.",
        "He said [sic] that footnote [1] and [2] apply (Reuters).",
        "[Update]: The ministry said later that talks would go on.",
        "If x < y and y > z, then <Reuters> wrote it; a <- b.",
        "C# and F# are languages, #MeToo is a tag, and issue #12 is open.",
        "About ~5 km, the ~ sign and ~~~ alone.",
        "2024. The year began badly, -5 degrees in Moscow.",
        "1234. A number too long for a list.",
        "Ticket prices: $12-$17, or 10€; (see above) [Getty]",
        "A [link](with spaces inside) is prose.",
        "* * *",
        "---",
        "Text with a lone ` backtick and `` two.",
        "A \\ backslash before a letter: \\n stays.",
    ];
    for p in prose {
        assert_eq!(to_plain(p), p, "{p}");
    }
}

#[test]
fn block_marks_go_at_line_starts() {
    let md = "# Title *here* #\n\n> Quoted **words**\n>> nested quote\n\n- one\n* two\n+ three\n  - nested [a](b)\n1. first\n2) second\n- [ ] task\n- [x] done\n\n## Sub heading";
    assert_eq!(
        to_plain(md),
        "Title here\n\n\nQuoted words\nnested quote\n\none\ntwo\nthree\nnested a\n1. first\n2) second\ntask\ndone\n\n\nSub heading\n"
    );
    // A heading is a block of its own, even between lines of text.
    assert_eq!(
        to_plain("> ## Excerpt\n> The lede.\nText\n### Aside ###\nmore"),
        "Excerpt\n\nThe lede.\nText\n\nAside\n\nmore"
    );
}

#[test]
fn fences_definitions_tables_and_comments() {
    let md = "Text [one][1], [two][], [Three] and [four].[^n]\n\n```rust\nlet x = *a* [b](c);\n```\n\n~~~~\n~~~\ncode\n~~~~\n\n| Party | Seats |\n|:---|---:|\n| FLN | 98 |\n| RND \\| x | 58 |\n\n<!-- a comment\nover lines -->after\n\n[1]: https://one.org \"One\"\n[two]: <https://two.org>\n  [three]: https://three.org\n[^n]: The footnote text.";
    assert_eq!(
        to_plain(md),
        "Text one, two, Three and [four].\n\n\nlet x = *a* [b](c);\n\n\n\n~~~\ncode\n\n\n  Party   Seats  \n  FLN   98  \n  RND | x   58  \n\nafter\n\nThe footnote text."
    );
}

#[test]
fn every_script_keeps_its_text() {
    let cases = [
        (
            "**الجزائر** و[روسيا](https://ar.example/روسيا) `كود`",
            "الجزائر وروسيا كود",
        ),
        (
            "> *Москва* — [Лавров](https://ru.example/лавров) ![фото](ф.jpg)",
            "Москва — Лавров ",
        ),
        ("😀*a*😀 **🇩🇿** _é_ `ж` <b>ü</b>", "😀a😀 🇩🇿 é ж ü"),
        ("- **Алжир**: переговоры", "Алжир: переговоры"),
    ];
    for (md, plain) in cases {
        assert_eq!(to_plain(md), plain, "{md}");
    }
}

#[test]
fn only_md_files_are_markdown() {
    assert!(is_markdown("news/a.md") && is_markdown("A.MD") && is_markdown("dir\\x.Md"));
    assert!(
        !is_markdown("a.txt") && !is_markdown("a.html") && !is_markdown("md") && !is_markdown("a.md.txt")
    );
}

#[test]
fn numbers_stay_and_single_tildes_strike_through() {
    // A hand-wrapped paragraph whose line opens with a number keeps it (de, fr, ru, ar).
    for text in [
        "Am Dienstag feierte er seinen\n80. Geburtstag in Algier.",
        "Le texte a été signé le\n3. octobre à Alger.",
        "Встреча прошла\n12. марта в Алжире.",
        "وقعت الاتفاقية في\n12. مارس بالجزائر.",
    ] {
        assert_eq!(to_plain(text), text);
    }
    // `~old~` (turndown's strikethrough) and `~~old~~` lose their marks; a
    // lone `~` (about) and runs of other lengths stay.
    assert_eq!(
        to_plain("~50~ 60 victims, ~~many~~ some"),
        "50 60 victims, many some"
    );
    assert_eq!(
        to_plain("about ~5 km and ~10 km away"),
        "about ~5 km and ~10 km away"
    );
    assert_eq!(to_plain("~a~~ and ~~~b~~~"), "~a~~ and ~~~b~~~");
}

#[test]
fn hostile_runs_cost_linear_work() {
    let pieces = [
        "[",
        "[[]",
        "*",
        "**a",
        "_",
        "~~",
        "`",
        "``a",
        "<a ",
        "<a x='",
        "<https:",
        "&#",
        "[a](",
        "[a]( ",
        "![",
        "(",
        "]",
        "\\",
        "<!--",
        "[a][",
        "[x]: y\n[",
        "a_b*c",
        "```\n",
        "> - ",
        "|-|\n",
    ];
    for piece in pieces {
        let steps = |n: usize| crate::steps::counted(|| to_plain(&piece.repeat(n))).1;
        crate::steps::assert_linear(piece, 2_000, steps);
        // Beside every other piece, so a scan one piece starts meets the other.
        for other in pieces {
            let pair = piece.to_string() + other;
            let steps = |n: usize| crate::steps::counted(|| to_plain(&pair.repeat(n))).1;
            crate::steps::assert_linear(&pair, 100, steps);
        }
    }
    // Brackets nested up to the label cap with a label defined: a text that
    // holds a bracket is never looked up (it was, at up to 999 bytes per `]`).
    let nested = |n: usize| {
        let text = format!("[a]: u\n{}{}", "[".repeat(n), "]".repeat(n));
        crate::steps::counted(|| to_plain(&text)).1
    };
    crate::steps::assert_linear("nested brackets", 120, nested);
    // Backtick runs of every length with no closer, and definitions in use.
    let ticks = |n: usize| {
        let text: String = (0..n).map(|i| "`".repeat(1 + i % 12) + " x ").collect();
        crate::steps::counted(|| to_plain(&text)).1
    };
    crate::steps::assert_linear("backtick runs", 500, ticks);
    let refs = |n: usize| crate::steps::counted(|| to_plain(&("[a][".repeat(n) + "\n[a]: u"))).1;
    crate::steps::assert_linear("references", 500, refs);
}

#[test]
fn escape_keeps_prose_readable_and_comes_back() {
    let text = "5 * 3 and file_name, [sic] x < y\n*bold* [a](b) \\ C:\\path `tick`\n> quote\n- dash\n1. one\n# hash\n[1]: http://x";
    let escaped = escape(text);
    assert_eq!(
        escaped,
        "5 * 3 and file_name, [sic] x < y\n\\*bold\\* [a\\](b) \\ C:\\path \\`tick\\`\n\\> quote\n\\- dash\n1. one\n\\# hash\n\\[1]: http://x"
    );
    assert_eq!(to_plain(&escaped), text);
}

/// Characters Markdown reads, often, among words of four scripts.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("*"),
        Just("**"),
        Just("_"),
        Just("~~"),
        Just("`"),
        Just("["),
        Just("]"),
        Just("("),
        Just(")"),
        Just("!"),
        Just("<"),
        Just(">"),
        Just("&"),
        Just("#"),
        Just("\\"),
        Just("|"),
        Just("-"),
        Just(" "),
        Just("\n"),
        Just("1. "),
        Just("```"),
        Just("<b>"),
        Just("</span>"),
        Just("<!--"),
        Just("-->"),
        Just("&amp;"),
        Just("&#x41;"),
        Just("[a]: u"),
        Just("https://x.org/a_b"),
        Just("word"),
        Just("é"),
        Just("Москва"),
        Just("الجزائر"),
        Just("😀"),
        Just("\t"),
        Just(":"),
        Just("^"),
        Just("\""),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Whether `text` has lines that could read as wrapped at a width.
fn looks_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    // Any two lines in a row whose break a wrapper could have made: where
    // `to_plain`'s paragraphs end (a list item, a block mark) is not redone here.
    super::wrap::width(&lengths).is_some_and(|w| {
        lines
            .windows(2)
            .any(|p| !p[0].is_empty() && super::wrap::soft_break(p[0], p[1], w))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,200}", t in markdownish()) {
        let _ = to_plain(&s);
        let _ = to_plain(&t);
        let _ = escape(&s);
    }

    #[test]
    fn text_without_markdown_characters_is_unchanged(
        s in "[a-zA-Zéàçœ0-9 \t\n,;:?!'\"«»—…%$€(ЖжМоскваالجزائر😀🇩🇿]{0,200}"
    ) {
        // A text wrapped at a width reads as paragraphs (`markdown_clip_tests`).
        prop_assume!(!looks_wrapped(&s));
        prop_assert_eq!(to_plain(&s), s);
    }

    #[test]
    fn escaped_text_comes_back(s in markdownish()) {
        // Wrapping is judged on the Markdown as written: backslashes lengthen
        // lines, so an escaped text can read as wrapped where the text did not.
        prop_assume!(!looks_wrapped(&s) && !looks_wrapped(&escape(&s)));
        prop_assert_eq!(to_plain(&escape(&s)), s);
    }
}
