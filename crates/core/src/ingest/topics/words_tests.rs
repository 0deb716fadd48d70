//! Cue words against inflected and clitic forms in realistic sentences.

use super::super::matches;
use super::{cue_words, text_words};
use crate::text::{fold, stem};

/// How often `cue` occurs in `text` in `lang`.
fn count(cue: &str, text: &str, lang: &str) -> usize {
    matches(&text_words(text, lang), &cue_words(cue, lang)).len()
}

#[test]
fn arabic_clitics_and_suffixes_share_a_key() {
    let key = |w: &str| stem(&fold(w), "ar");
    for w in ["العسكرية", "عسكرية", "العسكريين", "والعسكري"] {
        assert_eq!(key(w), key("عسكري"), "{w}");
    }
    for w in ["الأسلحة", "بالأسلحة", "للأسلحة"] {
        assert_eq!(key(w), key("أسلحة"), "{w}");
    }
    // Four letters must remain before a nisba ي: Mali is not "money".
    assert_eq!(key("مالي"), "مالي");
    assert_ne!(key("المال"), key("مالي"));
    assert_eq!(key("الليبية"), key("ليبيا"));
}

#[test]
fn arabic_cues_match_with_clitics() {
    let text = "وصل وزير الخارجية إلى موسكو، والتقى وزيرا الخارجية للمرة الثانية، وقال لوزير الخارجية الروسي إن الزيارة ناجحة.";
    assert_eq!(count("وزير الخارجية", text, "ar"), 3);
    assert_eq!(count("زيارة", text, "ar"), 1);
    let text = "وأكد التزام بلاده بقرارات مجلس الأمن وبالأمم المتحدة، وطالب المحادثات والمشاورات بالغاز والنفط.";
    assert_eq!(count("الأمم المتحدة", text, "ar"), 1);
    assert_eq!(count("مجلس الأمن", text, "ar"), 1);
    assert_eq!(count("محادثات", text, "ar"), 1);
    assert_eq!(count("مشاورات", text, "ar"), 1);
    assert_eq!(count("غاز", text, "ar"), 1);
    assert_eq!(count("نفط", text, "ar"), 1);
    // A name with a preposition, and its adjective (the key drops the nisba).
    assert_eq!(count("أوكرانيا", "زار بأوكرانيا ثم الأوكرانية", "ar"), 2);
}

#[test]
fn russian_cases_and_multiword_cues() {
    let text = "Министр иностранных дел Алжира встретился с министром иностранных дел России. \
                Обсуждалось военно-техническое сотрудничество; о военно-техническом сотрудничестве говорили и раньше.";
    assert_eq!(count("министр иностранных дел", text, "ru"), 2);
    assert_eq!(count("военно-техническое сотрудничество", text, "ru"), 2);
    let text = "Посол прибыл в Киев, а из Киева уехал в Ливию; в Ливии и в Мали неспокойно.";
    assert_eq!(count("Киев", text, "ru"), 2);
    assert_eq!(count("Ливия", text, "ru"), 2);
    assert_eq!(count("Мали", text, "ru"), 1);
    // Names are not stems: мало and малый stem like Мали, but are not Mali.
    assert_eq!(count("Мали", "Этого мало, малый бизнес растет", "ru"), 0);
    assert_eq!(count("Ливия", "Ливан и Ливий", "ru"), 0);
}

#[test]
fn english_and_french_inflections_and_names() {
    let en = "The foreign ministers met; Foreign Minister Attaf's talks with Mali's envoy followed.";
    assert_eq!(count("foreign minister", en, "en"), 2);
    assert_eq!(count("Mali", en, "en"), 1);
    let fr = "Les ministres des Affaires étrangères et le ministre des affaires étrangères russe.";
    assert_eq!(count("ministre des affaires étrangères", fr, "fr"), 2);
    // French "mal" stems like "Mali" but is not Mali.
    assert_eq!(
        count("Mali", "Pas mal, le mal est fait. Au Mali, Bamako.", "fr"),
        1
    );
    assert_eq!(count("U.N.", "The U.N. envoy and the UN.", "en"), 1);
}
