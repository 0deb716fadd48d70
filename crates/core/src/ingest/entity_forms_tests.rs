//! Entities of the seed gazetteer (`corpus/entities.toml`) in inflected, clitic
//! and abbreviated forms, in sentences written for these tests; and the words
//! that look like them but are not them.

use super::parse_gazetteer;

const GAZETTEER: &[u8] = include_bytes!("../../../../corpus/entities.toml");

/// (entity, mentions) found in `text`, sorted by name.
fn found(text: &str) -> Vec<(String, u32)> {
    let g = parse_gazetteer(GAZETTEER).expect("corpus/entities.toml parses");
    let mut v: Vec<(String, u32)> = g.count(text).into_iter().map(|m| (m.name, m.count)).collect();
    v.sort();
    v
}

fn expect(v: &[(&str, u32)]) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = v.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    v.sort();
    v
}

#[test]
fn russian_case_endings() {
    assert_eq!(
        found("Министр иностранных дел России Сергей Лавров прибыл в Алжир. Встреча с Лавровым прошла в МИД Алжира; \
               Лаврову вручили послание. Стороны обсудили положение в Ливии и связи с Ливией, а также ситуацию в Мали."),
        expect(&[("Russia", 1), ("Sergey Lavrov", 3), ("Algeria", 2), ("Libya", 2), ("Mali", 1)])
    );
    assert_eq!(
        found("Бойцы Африканского корпуса, сменившего ЧВК «Вагнер», действуют в Сахеле. Позиция Российской Федерации и ООН неизменна."),
        expect(&[("Wagner Group", 2), ("Sahel", 1), ("Russia", 1), ("United Nations", 1)])
    );
    assert_eq!(
        found("Представитель США и Соединённых Штатов Америки"),
        expect(&[("United States", 2)])
    );
    // The head noun of a name of several words inflects, however short its stem.
    assert_eq!(
        found("Генсек Лиги арабских государств приветствовал решение."),
        expect(&[("Arab League", 1)])
    );
}

#[test]
fn russian_lookalikes_are_not_entities() {
    // Ливан (Lebanon) and ливийский share a prefix with Ливия; мало is not Мали;
    // путинский and алжирский are adjectives the gazetteer does not list.
    assert_eq!(
        found(
            "Делегация Ливана, ливийские и малийские эксперты. Этого мало. Путинский курс и алжирский газ."
        ),
        vec![]
    );
}

#[test]
fn arabic_proclitics() {
    assert_eq!(
        found(
            "وصل لافروف إلى الجزائر، وأكد أن للجزائر دورا مهما وأن روسيا تثق بالجزائر والجزائر تثق بروسيا. \
               وأشاد بالأمم المتحدة وبدور الولايات المتحدة في ليبيا وبليبيا."
        ),
        expect(&[
            ("Sergey Lavrov", 1),
            ("Algeria", 4),
            ("Russia", 2),
            ("United Nations", 1),
            ("United States", 1),
            ("Libya", 2)
        ])
    );
    // "Algiers" is the longer alias and wins over "Algeria".
    assert_eq!(found("وصل الوفد إلى الجزائر العاصمة"), expect(&[("Algiers", 1)]));
}

#[test]
fn arabic_lookalikes_are_not_entities() {
    // المالي is "the financial", not Mali with an article Mali never takes;
    // الروسية (Russian, adjective) is not listed for Russia.
    assert_eq!(found("الدعم المالي للشركة الروسية والوفد الروسي"), vec![]);
}

#[test]
fn arabic_adjectives_match_where_listed() {
    let g = parse_gazetteer(
        "[[entity]]\nname = \"Russia\"\nkind = \"place\"\naliases = [\"روسيا\", \"الروسي\", \"الروسية\"]\n"
            .as_bytes(),
    )
    .unwrap();
    let n = g.count("قال الوزير الروسي إن الشركة الروسية وللروسية والروسي وبالروسية");
    assert_eq!(n[0].count, 5, "{n:?}");
}

#[test]
fn abbreviations_and_the_words_they_look_like() {
    assert_eq!(
        found("The U.N. envoy met U.S. officials; the UN and the US agreed. USA."),
        expect(&[("United Nations", 2), ("United States", 3)])
    );
    // "us", "Us" and "un" are words; a headline in capitals uses US as a word.
    assert_eq!(found("Let us talk. Us too. Un accord, une visite."), vec![]);
    assert_eq!(found("WHAT THE DEAL MEANS FOR US"), vec![]);
    assert_eq!(
        found("L'ONU et les États-Unis ; l'Organisation des Nations unies."),
        expect(&[("United Nations", 2), ("United States", 1)])
    );
    assert_eq!(
        found("Генсек ООН и США."),
        expect(&[("United Nations", 1), ("United States", 1)])
    );
}
