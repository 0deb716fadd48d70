//! Tests of [`super::text::plain_text`]: blocks, whitespace and what is dropped.

use super::text::plain_text;
use dom_query::Document;

fn text_of(html: &str) -> String {
    let doc = Document::from(html);
    plain_text(&doc.body().unwrap())
}

#[test]
fn blocks_become_paragraphs_and_inline_markup_disappears() {
    let text = text_of(
        "<h2>Une  <em>nouvelle</em>\n étape</h2><p>Premier <b>paragraphe</b>, avec un <a href='#'>lien</a>.</p>\
         <ul><li>un</li><li>deux</li></ul><blockquote><p>Citation&nbsp;: « oui ».</p></blockquote>",
    );
    assert_eq!(
        text,
        "Une nouvelle étape\n\nPremier paragraphe, avec un lien.\n\nun\n\ndeux\n\nCitation\u{a0}: « oui »."
    );
}

#[test]
fn words_split_only_by_markup_stay_joined_and_spaces_are_kept() {
    assert_eq!(
        text_of("<p>un<b>breakable</b> word <i> here</i></p>"),
        "unbreakable word here"
    );
}

#[test]
fn scripts_styles_forms_images_and_hidden_elements_give_no_text() {
    let text = text_of(
        "<p>Kept.</p><script>var a = '<p>no</p>';</script><style>p{}</style><noscript>Enable JS</noscript>\
         <form><input value='q'><button>Search</button></form><img alt='A photo'><div hidden>Secret</div>",
    );
    assert_eq!(text, "Kept.");
}

#[test]
fn line_breaks_tables_and_preformatted_text() {
    assert_eq!(text_of("<p>Line one<br>Line two</p>"), "Line one\n\nLine two");
    assert_eq!(
        text_of("<table><tr><th>Город</th><th>Население</th></tr><tr><td>Казань</td><td>1,3 млн</td></tr></table>"),
        "Город Население\n\nКазань 1,3 млн"
    );
    assert_eq!(text_of("<pre>a  b\n  c</pre>"), "a  b\n\nc");
}
