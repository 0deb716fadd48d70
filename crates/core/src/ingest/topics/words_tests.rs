//! Cue words against inflected and clitic forms in realistic sentences.

use super::super::parse_taxonomy;
use super::{cue_words, text_words, CueStarts, CueWord, TextWord, WordIndex};
use crate::text::{fold, stem, StemCache};

/// Where `cue` occurs in `words`, trying every position: the reference
/// [`WordIndex::matches`] is tested against.
fn matches(words: &[TextWord], cue: &[CueWord]) -> Vec<usize> {
    if cue.is_empty() || words.len() < cue.len() {
        return Vec::new();
    }
    (0..=words.len() - cue.len())
        .filter(|&i| cue.iter().zip(&words[i..]).all(|(c, w)| c.matches(w)))
        .collect()
}

/// How often `cue` occurs in `text` in `lang`, found through the index (of
/// every key, and of the keys this cue starts with alone) and checked against
/// trying every position.
fn count(cue: &str, text: &str, lang: &str) -> usize {
    let (words, cue) = (
        text_words(text, lang, &mut StemCache::new()),
        cue_words(cue, lang),
    );
    let found = WordIndex::new(&words, None).matches(&cue);
    assert_eq!(found, matches(&words, &cue), "{cue:?}");
    let mut starts = CueStarts::default();
    starts.add(&cue);
    assert_eq!(
        WordIndex::new(&words, Some(&starts)).matches(&cue),
        found,
        "{cue:?}"
    );
    found.len()
}

/// Scraped pages in four languages, with their menus, bylines, share rows and
/// captions, and cues inflected, with clitics, in names and phrases.
const PAGES: &[(&str, &str)] = &[
    (
        "en",
        "Home | World | Africa | Share on Facebook Share on X\nBy Staff Reporter, Algiers\n\
         Algeria and Russia held talks on gas exports and military cooperation. The foreign ministers \
         met in Moscow; Foreign Minister Attaf's visit to Mali's neighbours followed the summit. \
         Pipelines, oil and LNG markets were discussed, and the Security Council vote on Ukraine's war. \
         Photo: the delegations in Moscow (AFP). Related: Sahel, Wagner Group, Libya's east. Subscribe",
    ),
    (
        "fr",
        "Accueil › Monde › Afrique Partager Tweeter\nPar notre correspondant à Alger\n\
         Les ministres des Affaires étrangères ont évoqué la coopération militaire et le gaz. Le \
         ministre des affaires étrangères russe a salué les exportations d'hydrocarbures, les \
         gazoducs et la guerre en Ukraine. Au Mali et en Libye, le Sahel inquiète; pas mal de \
         sommets et de visites. Légende : la délégation à Moscou. Lire aussi : Wagner, l'ONU.",
    ),
    (
        "ar",
        "الرئيسية | العالم | شارك على فيسبوك\nالجزائر - مراسلنا\n\
         وصل وزير الخارجية إلى موسكو، والتقى وزيرا الخارجية للمرة الثانية، وقال لوزير الخارجية \
         الروسي إن الزيارة ناجحة. وأكد التزام بلاده بقرارات مجلس الأمن وبالأمم المتحدة، وبحث \
         التعاون العسكري والأسلحة والغاز والنفط، والوضع في مالي وليبيا والساحل وأوكرانيا. \
         الصورة: الوفدان في موسكو. اقرأ أيضا: فاغنر",
    ),
    (
        "ru",
        "Главная / Мир / Африка Поделиться\nАвтор: корреспондент в Алжире\n\
         Министр иностранных дел Алжира встретился с министром иностранных дел России. \
         Обсуждалось военно-техническое сотрудничество, поставки газа и нефти, газопровод. \
         Посол прибыл в Киев, а из Киева уехал в Ливию; в Ливии и в Мали неспокойно, этого мало. \
         Совет Безопасности ООН, саммит, визит. Фото: делегации в Москве. Читайте также: Вагнер",
    ),
];

#[test]
fn the_index_finds_every_cue_of_the_seed_taxonomy_where_every_position_is_tried() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/topics.toml");
    let taxonomy = parse_taxonomy(&std::fs::read(path).unwrap()).unwrap();
    let mut found = 0;
    // The index under the keys the taxonomy's cues start with, as ingest builds it.
    let mut starts = CueStarts::default();
    for cue in taxonomy.topics.iter().flat_map(|t| t.cues.values().flatten()) {
        starts.add(cue);
    }
    for (lang, page) in PAGES {
        let words = text_words(page, lang, &mut StemCache::new());
        let index = WordIndex::new(&words, Some(&starts));
        // Every language's cues against every page: names and stems that do
        // not belong to the page's language must find nothing alike.
        for topic in &taxonomy.topics {
            for cue in topic.cues.values().flatten() {
                let hits = index.matches(cue);
                assert_eq!(hits, matches(&words, cue), "{lang}: {cue:?}");
                found += hits.len();
            }
        }
    }
    assert!(found > 40, "the pages name the subject: {found} hits");
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
