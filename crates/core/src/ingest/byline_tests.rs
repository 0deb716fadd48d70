//! Tests of byline, correspondent and caption recognition.
use super::*;

#[test]
fn classifies_byline_lines() {
    assert_eq!(
        classify("Basma El Atti"),
        Some(BylineLine::Author("Basma El Atti".into()))
    );
    assert_eq!(classify("Rabat"), Some(BylineLine::Place("Rabat".into())));
    assert_eq!(classify("03 January, 2025"), Some(BylineLine::Date));
    assert_eq!(
        classify("THE NEW ARAB"),
        Some(BylineLine::Source("The New Arab".into()))
    );
    assert_eq!(
        classify("By John Smith"),
        Some(BylineLine::MarkedAuthor("John Smith".into()))
    );
    assert_eq!(
        classify("Par Amel Boubekeur"),
        Some(BylineLine::MarkedAuthor("Amel Boubekeur".into()))
    );
    assert_eq!(
        classify("بقلم محمد علي"),
        Some(BylineLine::MarkedAuthor("محمد علي".into()))
    );
    assert_eq!(
        classify("Автор: Иван Петров"),
        Some(BylineLine::MarkedAuthor("Иван Петров".into()))
    );
    assert_eq!(classify("Un dialogue politique renforcé"), None);
    assert_eq!(classify("The talks went well."), None);
}

#[test]
fn correspondent_credit() {
    assert_eq!(
        correspondent("With our correspondent in Moscow, Anissa El Jabri"),
        Some(("Moscow".into(), "Anissa El Jabri".into()))
    );
    assert_eq!(
        correspondent("De notre correspondant à Alger, Karim Amrouche"),
        Some(("Alger".into(), "Karim Amrouche".into()))
    );
    assert_eq!(
        correspondent("With our correspondent in Moscow, things changed a lot."),
        None
    );
}

#[test]
fn captions_by_credit() {
    assert!(is_caption(
        "Lavrov and Lamamra walk during their meeting in Algeria on Tuesday. (Reuters)"
    ));
    assert!(is_caption(
        "On the Ukraine front, Algiers voted at the UN to condemn Russia's invasion. [Getty]"
    ));
    assert!(is_caption("Le président Tebboune à Moscou. (Photo AFP)"));
    assert!(is_caption("Photo: Sergueï Lavrov à Alger"));
    assert!(is_caption("Путин и Теббун в Кремле. (Фото: ТАСС)"));
    assert!(is_caption(
        "President Tebboune at the Kremlin in June 2023. (Photo by Sergei Ilyin/Sputnik/AFP via Getty Images)"
    ));
    assert!(is_caption(
        "Le président Tebboune reçu au Kremlin en juin 2023. © Sputnik/AFP"
    ));
    assert!(!is_caption("© 2024 Al-Monitor, LLC. All rights reserved."));
    assert!(!is_caption("The agreement was signed by both sides (see below)"));
    assert!(!is_caption("Bilateral trade reached $3 billion (2021)"));
    assert!(!is_caption("(Reuters)"));
}

#[test]
fn captions_opening_with_a_picture_marker() {
    for l in [
        "[Photo] Cargo ships wait outside the port of Mombasa on Friday.",
        "[PHOTO] Des manifestants devant le parlement à Dakar",
        "(Vidéo) Le ministre répond aux questions des journalistes",
        "[صورة] الرئيس خلال استقباله السفير الروسي في قصر قرطاج",
        "[Фото] Участники форума в Санкт-Петербурге",
    ] {
        assert!(is_caption(l), "{l}");
    }
    for l in [
        "[Photo]",
        "[Photo] Kenya",
        "[Update] The ministry has since denied the report.",
        "(Video games) are booming in Lagos, says a new report by investors",
    ] {
        assert!(!is_caption(l), "{l}");
    }
}

#[test]
fn bylines_with_a_date_and_newsroom_credits() {
    assert_eq!(
        classify("Par Lina Mansouri, le 3 mars 2024 à 7h15"),
        Some(BylineLine::MarkedAuthor("Lina Mansouri".into()))
    );
    assert_eq!(
        classify("By Tom Okello, 12 May 2024, 08:40 GMT"),
        Some(BylineLine::MarkedAuthor("Tom Okello".into()))
    );
    assert_eq!(
        classify("Rédaction Afrique"),
        Some(BylineLine::MarkedAuthor("Rédaction Afrique".into()))
    );
    assert_eq!(
        classify("Редакция"),
        Some(BylineLine::MarkedAuthor("Редакция".into()))
    );
    assert_eq!(
        classify("Par ailleurs, le ministre a rappelé les enjeux du dossier"),
        None
    );
    assert_eq!(classify("Rédactions en difficulté partout en Europe"), None);
}
