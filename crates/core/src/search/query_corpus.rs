//! A small news corpus in English, French, Arabic and Russian for the query
//! language's tests: realistic sentences, named sources, entities written in
//! every script.

use super::tests::art;
use crate::model::{Article, Corpus, EntityInfo, EntityMention};

fn with(mut a: Article, source: &str, entities: &[&str]) -> Article {
    a.source = Some(source.into());
    a.entities = entities
        .iter()
        .map(|e| EntityMention {
            name: e.to_string(),
            count: 1,
        })
        .collect();
    a
}

fn entity(name: &str, kind: &str, aliases: &[&str]) -> EntityInfo {
    EntityInfo {
        name: name.into(),
        kind: kind.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

const TEBBOUNE: &str = "Abdelmadjid Tebboune";
const LAVROV: &str = "Sergei Lavrov";
const WAGNER: &str = "Wagner Group";

/// Twelve reports: gas and oil deals, Wagner leaving Mali, gold reserves.
pub(super) fn news() -> Corpus {
    let articles = vec![
        with(art("en1", "en", Some("2023-05-10"), &["energy"], "Algeria and Russia sign a gas partnership",
            "Algiers. President Abdelmadjid Tebboune received Russian Foreign Minister Sergei Lavrov on Tuesday. \
             The two countries signed partnerships on gas and oil exploration."), "Reuters", &[TEBBOUNE, LAVROV]),
        with(art("en2", "en", Some("2023-09-02"), &["regional-security"], "Wagner fighters leave northern Mali",
            "Fighters of the Wagner Group left northern Mali as Algeria warned about mercenaries near its southern border."),
            "The New Arab", &[WAGNER]),
        with(art("en3", "en", Some("2024-01-18"), &["energy"], "Oil prices lift Algerian revenue",
            "Higher oil prices lifted Sonatrach revenue, the energy ministry said, while pipeline maintenance slowed gas deliveries to Italy."),
            "Reuters", &[]),
        with(art("en4", "en", Some("2024-03-05"), &["energy"], "Gasoline queues in the south",
            "Gasoline shortages left long queues at stations in Tamanrasset, where drivers waited for hours."),
            "Algérie Presse Service", &[]),
        with(art("fr1", "fr", Some("2023-05-11"), &["energy"], "L'Algérie et la Russie renforcent leur partenariat énergétique",
            "Le président Abdelmadjid Tebboune a reçu Sergueï Lavrov à Alger. Les deux pays ont signé des accords sur le gaz naturel et le pétrole."),
            "Le Monde", &[TEBBOUNE, LAVROV]),
        with(art("fr2", "fr", Some("2023-09-03"), &["regional-security"], "Le groupe Wagner quitte le nord du Mali",
            "Les combattants de Wagner ont quitté Kidal, selon l'armée malienne. Alger s'inquiète de la situation à sa frontière."),
            "RFI", &[WAGNER]),
        with(art("fr3", "fr", Some("2024-02-20"), &["economy"], "Les réserves d'or de la Banque d'Algérie progressent",
            "La Banque d'Algérie a augmenté ses réserves d'or cette année, tandis que les recettes du gaz ont baissé."),
            "TSA Algérie", &[]),
        with(art("ar1", "ar", Some("2023-05-10"), &["energy"], "الجزائر وروسيا توقعان اتفاقيات في مجال الغاز",
            "استقبل الرئيس عبد المجيد تبون وزير الخارجية الروسي سيرغي لافروف في الجزائر العاصمة، ووقع البلدان اتفاقيات للتعاون في مجال الطاقة."),
            "الشروق", &[TEBBOUNE, LAVROV]),
        with(art("ar2", "ar", Some("2023-09-04"), &["regional-security"], "مجموعة فاغنر تنسحب من شمال مالي",
            "انسحب مقاتلو مجموعة فاغنر من شمال مالي، وأعربت الجزائر عن قلقها من الوضع على حدودها الجنوبية."),
            "العربي الجديد", &[WAGNER]),
        with(art("ru1", "ru", Some("2023-05-10"), &["diplomacy"], "Лавров прибыл в Алжир",
            "Министр иностранных дел России Сергей Лавров провёл переговоры с президентом Алжира. \
             Абдельмаджид Теббун обсудил поставки газа и военное сотрудничество."),
            "ТАСС", &[TEBBOUNE, LAVROV]),
        with(art("ru2", "ru", Some("2023-09-05"), &["regional-security"], "Группа Вагнера покидает Мали",
            "Бойцы группы Вагнера покинули север Мали, сообщила газета «Известия». Алжир выразил обеспокоенность ситуацией на границе."),
            "РИА Новости", &[WAGNER]),
        with(art("ru3", "ru", Some("2024-04-01"), &["economy"], "Нефть и газ: Алжир наращивает экспорт",
            "Алжир увеличил экспорт нефти и газа в Европу, сообщило министерство энергетики."),
            "Коммерсантъ", &[]),
    ];
    Corpus {
        stories: Default::default(),
        articles,
        topics: vec![],
        entities: vec![
            entity(
                TEBBOUNE,
                "person",
                &["Tebboune", "Теббун", "تبون", "عبد المجيد تبون"],
            ),
            entity(
                LAVROV,
                "person",
                &["Lavrov", "Sergueï Lavrov", "Лавров", "Сергей Лавров", "لافروف"],
            ),
            entity(WAGNER, "organisation", &["Wagner", "Вагнер", "Вагнера", "فاغنر"]),
        ],
    }
}
