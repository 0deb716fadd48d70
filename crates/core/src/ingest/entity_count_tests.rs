//! Counting mentions by key (a name tried only where its first word's key
//! starts a word) against the plain scan that tries every name at every word,
//! on scraped-style text in English, French, Arabic and Russian.

use super::forms::{term_key, term_matches_in, word_keys};
use super::{parse_gazetteer, shouted, Gazetteer};
use crate::model::EntityMention;
use crate::text::tokenize;

const GAZETTEER: &str = r#"
[[entity]]
name = "Vladimir Putin"
kind = "person"
aliases = ["Putin", "Poutine", "Путин", "بوتين", "Владимир Путин"]
[[entity]]
name = "Algeria"
kind = "place"
aliases = ["Algérie", "Алжир", "الجزائر"]
[[entity]]
name = "Sergei Lavrov"
kind = "person"
aliases = ["Lavrov", "Lavrov", "Лавров", "لافروف"]
[[entity]]
name = "Arab League"
kind = "org"
aliases = ["Ligue arabe", "Лига арабских государств", "الجامعة العربية"]
[[entity]]
name = "United Nations"
kind = "org"
aliases = ["UN", "U.N.", "ONU", "ООН", "الأمم المتحدة"]
[[entity]]
name = "Mali"
kind = "place"
aliases = ["Мали", "مالي"]
[[entity]]
name = "African Union"
kind = "org"
aliases = ["Union africaine", "Африканский союз", "الاتحاد الأفريقي"]
"#;

/// Scraped pages: menus, share rows, captions, and the names in their running forms.
const PAGES: &[&str] = &[
    "Home | World | Africa\nPutin met Lavrov in Moscow; the UN and the Arab League were told. \
     WHAT IT MEANS FOR US\nShare on Facebook\nMali and Algeria signed. U.N. envoys and un observateur.",
    "Accueil | Monde\nVladimir Poutine a reçu l'envoyé de l'ONU. La Ligue arabe et l'Union africaine \
     saluent l'accord entre l'Algérie et le Mali. Lavrov Lavrov Poutine.",
    "الرئيسية | أخبار\nالتقى بوتين ولافروف في موسكو، وقالت الجامعة العربية إن للجزائر دورا. \
     وبالجزائر والاتحاد الأفريقي ومالي والأمم المتحدة. المالي ليس مالي.",
    "Главная | Политика\nВладимир Путин встретился с Лавровым. Лиги арабских государств и ООН. \
     Путина поддержал Алжир; в Алжире и Мали. Африканского союза нет, Ливан не Лавр.",
];

/// The plain scan: every name tried at every word, left to right.
fn every_word(g: &Gazetteer, text: &str) -> Vec<EntityMention> {
    let tokens = tokenize(text);
    let mut used = vec![false; tokens.len()];
    let mut counts = vec![0u32; g.entities.len()];
    for p in &g.patterns {
        let n = p.terms.len();
        let mut i = 0;
        while i + n <= tokens.len() {
            let hit = !used[i..i + n].iter().any(|&u| u)
                && match &p.exact {
                    Some(exact) => {
                        &text[tokens[i].start..tokens[i + n - 1].end] == exact
                            && !shouted(text, &tokens, i, i + n)
                    }
                    None => p
                        .terms
                        .iter()
                        .zip(&tokens[i..i + n])
                        .all(|(t, w)| term_matches_in(t, &w.term, n > 1)),
                };
            if hit {
                used[i..i + n].iter_mut().for_each(|u| *u = true);
                counts[p.entity] += 1;
                i += n;
            } else {
                i += 1;
            }
        }
    }
    let mut out: Vec<EntityMention> = counts
        .into_iter()
        .enumerate()
        .filter(|(_, c)| *c > 0)
        .map(|(i, count)| EntityMention {
            name: g.entities[i].name.clone(),
            count,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    out
}

#[test]
fn counting_by_key_finds_what_every_word_finds() {
    let g = parse_gazetteer(GAZETTEER.as_bytes()).unwrap();
    for page in PAGES {
        let got = g.count(page);
        assert!(!got.is_empty(), "{page}");
        assert_eq!(got, every_word(&g, page), "{page}");
    }
    let all = PAGES.join("\n");
    assert_eq!(g.count(&all), every_word(&g, &all));
}

#[test]
fn a_matching_word_always_has_its_terms_key() {
    let g = parse_gazetteer(GAZETTEER.as_bytes()).unwrap();
    let words: Vec<String> = PAGES.iter().flat_map(|p| tokenize(p)).map(|t| t.term).collect();
    let mut matched = 0;
    for p in &g.patterns {
        for term in &p.terms {
            for word in &words {
                for in_phrase in [false, true] {
                    if term_matches_in(term, word, in_phrase) {
                        matched += 1;
                        assert!(
                            word_keys(word).any(|k| k == term_key(term)),
                            "{word} matches {term} without its key {:?}",
                            term_key(term)
                        );
                    }
                }
            }
        }
    }
    assert!(matched > 30, "{matched} matches");
}
