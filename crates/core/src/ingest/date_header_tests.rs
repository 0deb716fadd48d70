//! Realistic scraped header zones (menus, kickers, bylines, share rows around
//! the date) in English, French, Arabic, Russian, German and Spanish, with the
//! date a reader would call the publication date, or none.

use super::*;

/// (language, page text, expected date or `None`).
#[rustfmt::skip]
const PAGES: &[(&str, &str, Option<&str>)] = &[
    // --- English
    ("en", "Home | World | Africa | Middle East\nAlgeria signs gas deal with Italy\nBy Jane Doe | March 3, 2024\nShare on Facebook Share on X\nAlgeria's state energy company said on Sunday...", Some("2024-03-03")),
    ("en", "Agriculture\nDrought pushes wheat imports up\nAgriculture · 2023-10-17 · 6 min read\nThe ministry said the harvest fell by a third.", Some("2023-10-17")),
    ("en", "Sign in Subscribe\nPublished: 9 April 2025 | Updated: 10 April 2025\nThe minister arrived in Algiers.", Some("2025-04-09")),
    ("en", "Last updated 10 April 2025 14:05\nPublished 9 April 2025 07:30\nThe minister arrived in Algiers.", Some("2025-04-09")),
    ("en", "WASHINGTON, 04/05/2025 (AP) — The State Department said on Friday...", None),
    ("en", "Posted 04/05/2025 10:30 a.m. ET\nBy John Smith\nThe State Department said...", Some("2025-04-05")),
    ("en", "Opinion\nA gas deal, 60 years on\n15/04/2025\nIn 1962, Algeria won its independence after eight years of war.", Some("2025-04-15")),
    ("en", "Algeria's long road\nBy Sam Lee\nIn 1962, Algeria won its independence. On July 5, 1962 crowds filled Algiers.\n© 2025 The Daily Paper. All rights reserved.", None),
    ("en", "Breaking\nTroops move to the border\nUpdated 2 hours ago\nTroops moved on Tuesday...", None),
    ("en", "Menu Search\nLive: talks resume\nPublished yesterday\n© 2025 Global News", None),
    // Ten lines of furniture push the byline past the first eight lines: the zone reaches it, as no prose came first.
    ("en", "Skip to main content\nThe Ledger\nHome | Politics | Energy\nWe use cookies. Accept all | Manage preferences\nWheat imports rise\nHome › Business\nANALYSIS\nWheat imports rise\nEconomy · 2023-10-17 · 4 min read\nBy Amina Haddad\nRussia has overtaken France as the main supplier of wheat to Algeria, according to customs figures and traders.", Some("2023-10-17")),
    // Past eight lines, a date after the first paragraph of prose is an event of the story.
    ("en", "Menu\nSearch\nThe Ledger\nWheat imports rise\nRussia has overtaken France as the main supplier of wheat to Algeria, according to customs figures and traders.\nTraders said so.\nMore came.\nAnd more.\nThen the ministry spoke.\n14 February 2025\nIt said nothing new.", None),
    // --- French
    ("fr", "Accueil › Monde › Afrique\nAlger et Rome signent un accord gazier\nPar Nadia Ferhat, le 9 avril 2025\nPartager Tweeter\nLa Sonatrach a annoncé dimanche...", Some("2025-04-09")),
    ("fr", "Économie\nLe blé plus cher\nPublié le 10/04/2025 à 07h30 Mis à jour le 11/04/2025 à 18h05\nLe prix du blé a augmenté.", Some("2025-04-10")),
    ("fr", "Mis à jour le 11/04/2025 à 18h05\nPublié le 10/04/2025 à 07h30\nLe prix du blé a augmenté.", Some("2025-04-10")),
    ("fr", "International\nL'Algérie, soixante ans après\nLe 5 juillet 1962, l'Algérie proclamait son indépendance après huit ans de guerre.\nIl y a 3 heures", None),
    ("fr", "Politique\nRéunion à Alger\n12.11.2024\nLes ministres se sont réunis.", Some("2024-11-12")),
    ("fr", "Alger, le 25/12/2023\nCommuniqué du ministère\nLe ministère informe...", Some("2023-12-25")),
    ("fr", "Élections du 12 mars 2024\nLe scrutin s'est tenu dans le calme.\nSam 09/04/2025 - 10:30", Some("2025-04-09")),
    ("en", "Attack of 7 October 2023\nThe anniversary was marked in silence.\nShare Comment", None),
    ("fr", "Accueil > Économie\nLe blé algérien face à la sécheresse\nPar Karim Saïdi\nMis en ligne le 03/02/2025 à 11h20\nLa récolte a reculé d'un tiers cette année, selon le ministère de l'Agriculture.", Some("2025-02-03")),
    // --- Arabic
    ("ar", "الرئيسية | سياسة | اقتصاد\nالجزائر وإيطاليا توقعان اتفاقا للغاز\nبقلم محمد بن علي - 9 أبريل 2025\nشارك على فيسبوك\nأعلنت سوناطراك يوم الأحد...", Some("2025-04-09")),
    ("ar", "أخبار\nاتفاق جديد\nالأربعاء 9 شوال 1446 هـ الموافق 9 أبريل 2025\nقال الوزير إن الاتفاق...", Some("2025-04-09")),
    ("ar", "اقتصاد\nارتفاع أسعار القمح\n٩ نيسان ٢٠٢٥\nارتفعت أسعار القمح في الأسواق.", Some("2025-04-09")),
    ("ar", "مجتمع\nعيد الاستقلال\nنشر في ٢٠٢٥/٠٤/٠٩\nتحتفل الجزائر بذكرى الاستقلال.", Some("2025-04-09")),
    ("ar", "تقارير\nذكرى الاستقلال\nفي 5 جويلية 1962 أعلنت الجزائر استقلالها بعد حرب دامت ثماني سنوات.\nمنذ ساعتين", None),
    ("ar", "الرئيسية\nالجزائر: قمة عربية\nآخر تحديث: 10/04/2025\nتاريخ النشر: 09/04/2025\nقال الوزير...", Some("2025-04-09")),
    // --- Russian
    ("ru", "Главная / Политика / Мир\nАлжир и Россия подписали соглашение\nАвтор: Иван Петров, 12 ноября 2024 г.\nПоделиться\nМинистр заявил...", Some("2024-11-12")),
    ("ru", "Политика\nВстреча в Алжире\n12.11.2024 14:30\nМинистры встретились.", Some("2024-11-12")),
    ("ru", "Новости\nВизит министра\nОпубликовано вчера в 18:30\nМинистр прибыл в Алжир.", None),
    ("ru", "История\nНезависимость Алжира\n5 июля 1962 года Алжир провозгласил независимость после восьми лет войны.\n© 2025 Газета", None),
    // --- German, Spanish
    ("de", "Startseite > Politik\nGasabkommen unterzeichnet\nVon Anna Schmidt | 09.04.2025, 10:30 Uhr\nDie Regierung teilte mit...", Some("2025-04-09")),
    ("es", "Inicio | Internacional\nArgelia firma un acuerdo\nPor Lucía Gómez - 10/04/2025\nEl ministro dijo...", Some("2025-04-10")),
    ("es", "Economía\nSube el trigo\nPublicado hace 2 días\nEl precio del trigo subió.", None),
];

#[test]
fn header_zones_in_six_languages() {
    let mut failures = Vec::new();
    for (lang, text, want) in PAGES {
        let got = stated_date(text, lang).date.map(|d| d.to_string());
        if got.as_deref() != *want {
            failures.push(format!("{lang}: got {got:?}, want {want:?}: {text:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_ambiguous_english_date_without_us_conventions_is_warned_about() {
    let got = stated_date("Title\nBy Jane Doe | 04/05/2025\nBody text.", "en");
    assert_eq!(got.date, None);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.contains("04/05/2025") && w.contains("ambiguous")),
        "{got:?}"
    );
    // the same page with a US date elsewhere in its header reads month first
    let us = stated_date(
        "Title\nBy Jane Doe | 04/05/2025\nLast updated March 7, 2025\nBody.",
        "en",
    );
    assert_eq!(us.date, PartialDate::day(2025, 4, 5));
    // a French page reads it day first, with no warning
    let fr = stated_date("Titre\nPar Jeanne Dupont | 04/05/2025\nCorps.", "fr");
    assert_eq!(
        fr,
        StatedDate {
            date: PartialDate::day(2025, 5, 4),
            warnings: vec![]
        }
    );
}

#[test]
fn a_weekday_or_time_may_sit_between_marker_and_date() {
    let cases = [
        (
            "fr",
            "Titre\nPublié le mercredi 9 avril 2025 à 10h30\nTexte",
            "2025-04-09",
        ),
        (
            "en",
            "Title\nPublished Tuesday, March 3, 2025\nText",
            "2025-03-03",
        ),
        (
            "ru",
            "Заголовок\nОпубликовано: среда, 12 ноября 2024\nТекст",
            "2024-11-12",
        ),
        (
            "en",
            "Title\nBy Jane Doe, Reuters | Updated 3:45 PM EST, Tue March 5, 2024\nText",
            "2024-03-05",
        ),
        (
            "ar",
            "عنوان\nكتب: أحمد سالم - الخميس ١٠ أبريل ٢٠٢٥\nنص",
            "2025-04-10",
        ),
    ];
    for (lang, text, want) in cases {
        assert_eq!(
            stated_date(text, lang).date.map(|d| d.to_string()).as_deref(),
            Some(want),
            "{text}"
        );
    }
    // but not a sentence: the words between are not fillers
    assert_eq!(
        stated_date(
            "Title\nPublished by the ministry on 3 March 2025 after talks\nText",
            "en"
        )
        .date,
        None
    );
}
