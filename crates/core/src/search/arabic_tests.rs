//! Arabic search across clitics, checked against brute force: a search for any
//! word of the articles finds every article where it is written with a
//! proclitic (`و ف ب ك ل ال وال بال كال فال لل`), and the reader marks it.

use super::tests::art;
use super::{Engine, Index};
use crate::model::Corpus;
use crate::text::{is_stop_word, tokenize};
use crate::view::ViewState;
use std::collections::BTreeSet;

/// Reports as scraped: a share row, a byline, a caption, and text dense with
/// conjunctions, prepositions and the article.
const PARAGRAPHS: &[(&str, &str)] = &[
    (
        "الجزائر وروسيا توقعان اتفاقيات الغاز",
        "شارك المقال\nالجزائر — وقعت الجزائر وروسيا اتفاقيات جديدة في مجال الغاز والنفط، وقال وزير الطاقة إن الشراكة مع روسيا استراتيجية.",
    ),
    (
        "بوتين يستقبل وزير الخارجية",
        "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الجزائري في موسكو، وبحث معه العقوبات الغربية وأسعار الغاز.",
    ),
    (
        "لافروف: العقوبات لن تؤثر على الشراكة",
        "قال سيرغي لافروف إن عقوبات الغرب لن تؤثر على التعاون، وأكد التزام بلاده بالاتفاقيات الموقعة مع الجزائر ولبوتين رأي في ذلك.",
    ),
    (
        "توتر على الحدود الجنوبية",
        "أعربت الجزائر عن قلقها من الوضع في مالي، وطالبت بحوار يضم لافروف وبوتين، فالوضع بالحدود خطير. الصورة: أرشيف",
    ),
    (
        "أسعار النفط ترتفع",
        "ارتفعت أسعار النفط في الأسواق، وبالغاز ارتفعت العائدات، كالعادة في فصل الشتاء، فالطلب للغاز كبير ووزير المال متفائل.",
    ),
    (
        "البرلمان يناقش قانون المحروقات",
        "ناقش نواب البرلمان قانون المحروقات الجديد، ولروسيا مصالح في الحقول الجنوبية، فروسيا شريك قديم للجزائر وبالجزائر استثمارات روسية.",
    ),
];

fn corpus() -> Corpus {
    Corpus {
        articles: PARAGRAPHS
            .iter()
            .enumerate()
            .map(|(i, (title, body))| art(&format!("ar{i}"), "ar", Some("2024-03-01"), &[], title, body))
            .collect(),
        ..Corpus::default()
    }
}

/// Proclitics written before a word; `ل` before `ال` contracts to `لل`.
const PROCLITICS: &[&str] = &["", "و", "ف", "ب", "ك", "ل", "وب", "ول", "فب", "فل"];
const ARTICLES: &[&str] = &["ال", "وال", "بال", "كال", "فال", "لل"];

/// The forms of folded word `w` with a proclitic or an article in front.
fn clitic_forms(w: &str) -> Vec<String> {
    let mut out: Vec<String> = PROCLITICS.iter().map(|p| format!("{p}{w}")).collect();
    let bare = w.strip_prefix("ال").filter(|r| r.chars().count() >= 3);
    for base in [Some(w), bare].into_iter().flatten() {
        out.extend(ARTICLES.iter().map(|a| format!("{a}{base}")));
    }
    out
}

#[test]
fn every_word_finds_its_clitic_forms_in_every_article() {
    let c = corpus();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let words_of = |i: usize| -> BTreeSet<String> {
        let a = &c.articles[i];
        tokenize(&format!("{}\n{}", a.title, a.body))
            .into_iter()
            .map(|t| t.term)
            .collect()
    };
    let all: Vec<BTreeSet<String>> = (0..c.articles.len()).map(words_of).collect();
    let queries: BTreeSet<&String> = all.iter().flatten().collect();
    let mut checked = 0;
    for q in queries {
        if is_stop_word(q, "ar") || q.chars().count() < 3 {
            continue;
        }
        let forms = clitic_forms(q);
        let want: BTreeSet<String> = (0..all.len())
            .filter(|&i| all[i].iter().any(|t| !is_stop_word(t, "ar") && forms.contains(t)))
            .map(|i| format!("ar{i}"))
            .collect();
        // A trailing space: the word as searched, not as typed.
        let state = ViewState::parse(&format!("q={}", crate::view::encode(&format!("{q} ")))).0;
        let got: BTreeSet<String> = engine
            .run_page(&state, 0, usize::MAX)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        assert!(want.is_subset(&got), "{q}: want {want:?}, got {got:?}");
        // The reader marks it in each of them.
        for id in &want {
            let doc = c.articles.iter().position(|a| &a.id == id).unwrap();
            let m = engine.article_marks(&format!("{q} "), doc).unwrap();
            assert!(
                !m.title.is_empty() || !m.body.is_empty(),
                "{q}: nothing marked in {id}"
            );
        }
        checked += 1;
    }
    assert!(checked > 60, "only {checked} words checked");
}

#[test]
fn the_reported_gaps_are_closed() {
    let c = corpus();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let ids = |q: &str| -> Vec<String> {
        let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
        let mut v: Vec<String> = engine
            .run_page(&state, 0, usize::MAX)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        v.sort();
        v
    };
    // `الغاز` finds `والغاز`, `بالغاز`, `للغاز` and `الغاز`.
    assert_eq!(ids("الغاز "), ["ar0", "ar1", "ar4"]);
    // `عقوبات` and `العقوبات` are one word.
    assert_eq!(ids("عقوبات "), ids("العقوبات "));
    assert_eq!(ids("عقوبات "), ["ar1", "ar2"]);
    // Names keep their letters: `بوتين` is not `وتين`, `مالي` not `مال`.
    assert_eq!(ids("بوتين "), ["ar1", "ar2", "ar3"]);
    assert_eq!(ids("مالي "), ["ar3"]);
    // `روسيا` also finds `الروسي` and `روسية` (Russian): the nisba shares its stem.
    assert_eq!(ids("روسيا "), ["ar0", "ar1", "ar5"]);
}
