//! Tests of [`super::clean`] on text written for them, in several languages.

use super::boilerplate::LineStats;
use super::clean::{clean, clean_with, CleanInput};
use super::paragraph_class::Work;
use crate::text::StemCache;

fn run(text: &str) -> super::clean::Cleaned {
    clean(text, None, &LineStats::default())
}

#[test]
fn boilerplate_goes_in_every_language() {
    let texts = [
        "Algeria buys new ships\n\nThe navy ordered four ships.\n\nAdvertisements\n\nThey arrive next year.\n\nRead also: Lavrov in Algiers\n\nExit mobile version",
        "L'Algérie achète des navires\n\nLa marine a commandé quatre navires.\n\nPUBLICITÉ\n\nIls arrivent l'an prochain.\n\nLire aussi : Lavrov à Alger",
        "الجزائر تشتري سفنا جديدة\n\nطلبت البحرية أربع سفن.\n\nاقرأ أيضاً: لافروف في الجزائر\n\nتصل السفن العام المقبل.\n\nإعلان",
        "Алжир покупает новые корабли\n\nФлот заказал четыре корабля.\n\nЧитайте также: Лавров в Алжире\n\nКорабли прибудут в следующем году.\n\nРеклама",
    ];
    for text in texts {
        let c = run(text);
        assert_eq!(c.body.split("\n\n").count(), 2, "{text}\n---\n{}", c.body);
        for gone in [
            "Advertisements",
            "Read also",
            "Exit mobile",
            "PUBLICITÉ",
            "Lire aussi",
            "اقرأ",
            "إعلان",
            "Читайте",
            "Реклама",
        ] {
            assert!(!c.body.contains(gone), "{gone} in {}", c.body);
        }
    }
}

#[test]
fn short_lines_repeated_across_files_are_boilerplate() {
    let texts: Vec<String> = (0..3)
        .map(|i| format!("Title {i}\n\nBody number {i} is here.\n\nFollow us on Telegram"))
        .collect();
    let stats = LineStats::from_texts(texts.iter().map(String::as_str));
    let c = clean(&texts[0], None, &stats);
    assert_eq!(c.body, "Body number 0 is here.");
}

#[test]
fn body_pasted_twice_is_collapsed_once() {
    let paras = [
        "Russia and Algeria met in Moscow on Tuesday.",
        "The talks covered gas and arms deals.",
        "Background",
        "Both countries signed a declaration in 2001.",
    ];
    let once = paras.join("\n");
    let c = run(&format!(
        "Moscow and Algiers talk\n{once}\n{once}\nNo comments:\nPost a Comment"
    ));
    assert_eq!(c.body, paras.join("\n\n"));
    assert!(c.warnings.iter().any(|w| w.contains("pasted twice")));
    // A short heading used twice on purpose, with different text around it, stays.
    let c =
        run("Title\n\nSummary\n\nFirst part of the text here.\n\nSummary\n\nSecond part of the text here.");
    assert_eq!(c.body.matches("Summary").count(), 2);
}

#[test]
fn byline_blocks_and_captions_become_metadata() {
    let c = run("Russie et Algérie renouent\nPar Karim Amrouche\nAlger\nLe 12 févr. 2023\nLe président Tebboune à Moscou. (Photo AFP)\nLes deux pays ont signé un accord.");
    assert_eq!(c.title, "Russie et Algérie renouent");
    assert_eq!(c.author.as_deref(), Some("Karim Amrouche"));
    assert_eq!(c.place.as_deref(), Some("Alger"));
    assert_eq!(
        c.captions,
        vec!["Le président Tebboune à Moscou. (Photo AFP)".to_string()]
    );
    assert_eq!(c.body, "Les deux pays ont signé un accord.");

    let c = run("Путин принял Теббуна\nАвтор: Иван Петров\n12 марта 2024 г.\nПутин и Теббун в Кремле. (Фото: ТАСС)\nПрезиденты обсудили сотрудничество.");
    assert_eq!(c.author.as_deref(), Some("Иван Петров"));
    assert_eq!(c.captions.len(), 1);
    assert_eq!(c.body, "Президенты обсудили сотрудничество.");

    let c = run("Title here\nJohn Smith\nLONDON\nMarch 3, 2024\nTHE DAILY PAPER\nThe leaders shook hands in front of\nthe cameras on Monday. [Getty]\nThe talks lasted two hours.");
    assert_eq!(c.author.as_deref(), Some("John Smith"));
    assert_eq!(
        c.captions,
        vec!["The leaders shook hands in front of the cameras on Monday. [Getty]".to_string()]
    );
    assert_eq!(c.body, "The talks lasted two hours.");
}

#[test]
fn a_heading_block_is_not_a_byline() {
    let c = run("Title of the piece\nRole of Algeria\nAlgeria plays a role in the region.");
    assert_eq!(c.author, None);
    assert_eq!(c.body, "Role of Algeria\n\nAlgeria plays a role in the region.");
}

#[test]
fn title_truncated_copy_and_whitespace() {
    let c = run("\u{FEFF}  Moscow and Algiers deepen their “strategic partnership”  \n\nMoscow and Algiers deepen their strategic\n\n\n\n\nFirst\u{a0}\u{a0}paragraph   with\tspaces.\n\n\n\n\nSecond paragraph.\n");
    assert_eq!(c.title, "Moscow and Algiers deepen their “strategic partnership”");
    assert_eq!(c.body, "First paragraph with spaces.\n\nSecond paragraph.");
    assert!(c.warnings.iter().any(|w| w.contains("truncated copy")));
}

#[test]
fn leading_date_marker_and_missing_title() {
    let c = run(" date 2022-11-11 Russia news agency Sputnik quoted the minister, on Friday, as confirming the visit. More text follows here.\n\nSecond.");
    assert!(c.body.starts_with("Russia news agency Sputnik"));
    assert_eq!(
        c.title,
        "Russia news agency Sputnik quoted the minister, on Friday, as confirming the visit"
    );
}

#[test]
fn hard_wrapped_lines_join_into_paragraphs() {
    let c = run("Title\n\nThe minister said that the\nvisit would take place soon.\n\nNext paragraph.");
    assert_eq!(
        c.body,
        "The minister said that the visit would take place soon.\n\nNext paragraph."
    );
}

/// A long scraped text of about `n` paragraphs: text, captions and share rows,
/// the whole body pasted twice.
fn long_text(n: usize) -> String {
    let mut body = Vec::new();
    for i in 0..n {
        body.push(format!(
            "Paragraph {i} says that the ministers met in Algiers on day {i} to talk about gas and wheat."
        ));
        if i % 10 == 0 {
            body.push(format!(
                "The ministers in Algiers on day {i} of the talks. [Getty]"
            ));
        }
        if i % 7 == 0 {
            body.push("Share: Facebook Twitter WhatsApp".to_string());
        }
    }
    let once = body.join("\n\n");
    format!("Ministers meet for a long time in Algiers\n\n{once}\n\n{once}\n")
}

#[test]
fn cleaning_work_grows_linearly_with_the_text() {
    let steps = |n: usize| {
        let mut work = Work::default();
        let c = clean_with(
            &long_text(n),
            CleanInput::default(),
            &LineStats::default(),
            &mut StemCache::new(),
            &mut work,
        );
        assert_eq!(c.body.split("\n\n").count(), n, "one copy of each paragraph");
        assert_eq!(c.captions.len(), 2 * n.div_ceil(10));
        work.steps
    };
    let (small, large) = (steps(500), steps(2000));
    // Four times the text: four times the work, plus a little; quadratic work would be sixteen times.
    assert!(
        large <= small * 9 / 2,
        "{small} steps for 500 paragraphs, {large} for 2000"
    );
    assert!(large >= small * 3, "the count follows the text: {small}, {large}");
}

#[test]
fn a_page_title_with_the_site_name_gives_way_to_the_printed_headline() {
    for (text, title) in [
        (
            "Alger et Moscou relancent leur commission mixte | Le Courrier d'Alger\nAccueil > International\nDIPLOMATIE\nAlger et Moscou relancent leur commission mixte\nLa commission mixte algéro-russe s'est réunie mardi à Alger pour la première fois depuis quatre ans.",
            "Alger et Moscou relancent leur commission mixte",
        ),
        (
            "Россия и Алжир подписали соглашение — Вести Магриба\n\nРоссия и Алжир подписали соглашение\n\nСоглашение о поставках пшеницы подписано во вторник в Москве, сообщило министерство.",
            "Россия и Алжир подписали соглашение",
        ),
    ] {
        let c = run(text);
        assert_eq!(c.title, title);
        assert_eq!(c.body.split("\n\n").count(), 1, "{}", c.body);
    }
}

#[test]
fn a_one_line_menu_and_a_long_kicker_stand_above_the_headline() {
    let c = run("Home World Business Politics Opinion Sport\nMiddle East & North Africa\nAlgeria buys four corvettes from Russia\nBy Tom Price\nAlgeria has ordered four corvettes from Russia, the defence ministry said on Monday, in a deal worth about $1 billion.\nDeliveries of the corvettes start in 2026.\nTags\nAlgeria\nRussia\nMost popular\nRussia and Algeria hold naval drills");
    assert_eq!(c.title, "Algeria buys four corvettes from Russia");
    assert_eq!(c.author.as_deref(), Some("Tom Price"));
    assert_eq!(
        c.body,
        "Algeria has ordered four corvettes from Russia, the defence ministry said on Monday, in a deal worth about $1 billion.\n\nDeliveries of the corvettes start in 2026."
    );
}

/// A headline with a share row right under it looks like a masthead's tagline;
/// the search may go past it, but the first paragraph (here Arabic, without a
/// full stop, and French, short) must neither become the title nor be lost.
#[test]
fn a_headline_over_a_share_row_stays_the_title_and_the_paragraph_stays() {
    let pages = [
        (
            "القائمة\nالمغرب وموريتانيا يوقعان اتفاقا لتطوير المعبر الحدودي\nشارك: فيسبوك تويتر واتساب\nوقع المغرب وموريتانيا يوم الأربعاء اتفاقا لتطوير المعبر الحدودي الرئيسي بين البلدين وتوسيع حركة الشاحنات والبضائع عبره\nوقال وزير النقل إن الأشغال ستبدأ في الربيع المقبل وتستمر عامين",
            "المغرب وموريتانيا يوقعان اتفاقا لتطوير المعبر الحدودي",
            "وقع المغرب وموريتانيا يوم الأربعاء",
        ),
        (
            "Menu\nLe Sénégal et la Mauritanie lancent l'exploitation du gaz de GTA\nPartager : Facebook X WhatsApp\nLe premier gaz du champ GTA est arrivé lundi sur la plateforme\nLes deux pays se partageront les revenus du champ à parts égales, selon l'accord signé en 2018 entre Dakar et Nouakchott.",
            "Le Sénégal et la Mauritanie lancent l'exploitation du gaz de GTA",
            "Le premier gaz du champ GTA est arrivé lundi sur la plateforme",
        ),
    ];
    for (text, title, first) in pages {
        let c = run(text);
        assert_eq!(c.title, title, "{text}");
        assert!(c.body.starts_with(first), "{}", c.body);
        assert!(
            !c.body.contains("Menu") && !c.body.contains("القائمة"),
            "{}",
            c.body
        );
    }
}
