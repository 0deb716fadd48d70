//! News reports in English, French, Arabic and Russian written for the typo
//! tests: names spelt the way the press spells them, in several articles each,
//! and one wire report with a misprint.

use super::tests::{art, corpus};
use crate::model::Corpus;

/// News reports in four languages, written for these tests: names spelt the
/// way the press spells them, in several articles each.
pub(super) fn reports() -> Corpus {
    let a = |id: &str, lang: &str, title: &str, body: &str| art(id, lang, Some("2023-06"), &[], title, body);
    corpus(vec![
        a(
            "en1",
            "en",
            "Tebboune meets Putin in Moscow",
            "President Abdelmadjid Tebboune arrived in Moscow on Tuesday for a three-day state visit. \
           Tebboune and Vladimir Putin signed a declaration on a deepened strategic partnership, \
           and Foreign Minister Sergei Lavrov praised the cooperation between the two countries.",
        ),
        a(
            "en2",
            "en",
            "Lavrov visits Algiers",
            "Sergei Lavrov held talks in Algiers with his counterpart on the situation in Mali and Libya. \
           Lavrov said Russia valued its partnership with Algeria, a major buyer of Russian weapons.",
        ),
        a(
            "en3",
            "en",
            "Gas exports and the pipeline to Europe",
            "Algeria raised its gas exports to Italy through the Transmed pipeline. Tebboune told \
           reporters the country would honour every contract with its European customers.",
        ),
        a(
            "en4",
            "en",
            "Military exercises in the desert",
            "Russian and Algerian troops held joint military exercises near the border. The ministry \
           said the manoeuvres showed the depth of defence cooperation; Tebboune attended.",
        ),
        a(
            "en5",
            "en",
            "A typo in the wire",
            "A wire report misspelt the name as Tebbune before a correction was issued.",
        ),
        a(
            "fr1",
            "fr",
            "Le gazoduc transsaharien relancé",
            "L'Algérie et le Nigeria ont relancé le projet de gazoduc transsaharien. Selon le ministre, \
           le gazoduc transportera trente milliards de mètres cubes par an vers l'Europe.",
        ),
        a(
            "fr2",
            "fr",
            "Coopération militaire renforcée",
            "La coopération militaire entre l'Algérie et la Russie s'est renforcée. Les manœuvres \
           conjointes et les achats d'armement témoignent d'une coopération ancienne.",
        ),
        a(
            "fr3",
            "fr",
            "Tebboune à Moscou",
            "Le président Tebboune a été reçu au Kremlin. La coopération économique et le gazoduc \
           figuraient à l'ordre du jour, ainsi que la situation au Sahel.",
        ),
        a(
            "ar1",
            "ar",
            "تبون يزور موسكو",
            "وصل الرئيس عبد المجيد تبون إلى موسكو في زيارة دولة. وقال تبون إن الجزائر وروسيا \
           تربطهما شراكة استراتيجية، وناقش مع بوتين التعاون العسكري والاقتصادي.",
        ),
        a(
            "ar2",
            "ar",
            "لافروف في الجزائر",
            "أجرى وزير الخارجية الروسي سيرغي لافروف محادثات في الجزائر حول الوضع في مالي وليبيا. \
           وأكد لافروف أهمية التعاون بين البلدين.",
        ),
        a(
            "ar3",
            "ar",
            "صادرات الغاز الجزائرية",
            "ارتفعت صادرات الغاز الجزائرية إلى أوروبا عبر خط الأنابيب. وقال تبون إن الجزائر ستفي \
           بالتزاماتها تجاه شركائها.",
        ),
        a(
            "ru1",
            "ru",
            "Лавров провёл переговоры в Алжире",
            "Министр иностранных дел России Сергей Лавров провёл переговоры в Алжире. Лавров \
           отметил, что сотрудничество двух стран охватывает энергетику и безопасность.",
        ),
        a(
            "ru2",
            "ru",
            "Теббун посетил Москву",
            "Президент Алжира Абдельмаджид Теббун прибыл в Москву. Теббун и Путин подписали \
           декларацию об углублённом стратегическом партнёрстве; Лавров присутствовал.",
        ),
        a(
            "ru3",
            "ru",
            "Военное сотрудничество",
            "Военное сотрудничество России и Алжира развивается: совместные учения и поставки \
           вооружений. Лавров назвал сотрудничество стратегическим.",
        ),
    ])
}
