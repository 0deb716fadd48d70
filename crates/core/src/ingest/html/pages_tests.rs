//! Saved pages in four languages through the whole ingest pipeline: metadata
//! (title, date and its basis, language, source, url, author), every paragraph
//! of the article kept, and no line of page furniture (menus, cookie banners,
//! share rows, related links, footers) left in the body.

use crate::ingest::{ingest_files, SourceFile};
use crate::model::{Article, DateBasis, PartialDate};

/// Ingests one page alone and returns its article (failing if it is a problem).
fn ingest_page(name: &str, html: &str) -> Article {
    let report = ingest_files(vec![SourceFile {
        path: format!("saved/{name}"),
        bytes: html.as_bytes().to_vec(),
    }]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report.corpus.articles.into_iter().next().expect("one article")
}

/// Each of `kept` is a whole paragraph of the body; no line of the body holds
/// any of `furniture`; the body has no markup.
fn check_body(article: &Article, kept: &[&str], furniture: &[&str]) {
    let paragraphs: Vec<&str> = article.body.split("\n\n").map(str::trim).collect();
    for p in kept {
        assert!(
            paragraphs.contains(p),
            "missing paragraph {p:?} in\n{}",
            article.body
        );
    }
    for f in furniture {
        assert!(
            !article.body.contains(f),
            "furniture {f:?} left in\n{}",
            article.body
        );
    }
    // Cleaning turns no-break spaces into spaces.
    for marker in ["<", "&ldquo;", "&nbsp;", "&amp;"] {
        assert!(
            !article.body.contains(marker),
            "markup {marker:?} in\n{}",
            article.body
        );
    }
    assert!(
        !article.body.contains("\n\n\n"),
        "paragraphs split by one blank line"
    );
}

#[test]
fn english_page_with_json_ld_graph() {
    let a = ingest_page("harbour.html", include_str!("testdata/en_graph.html"));
    assert_eq!(a.id, "harbour");
    assert_eq!(a.title, "Harbour authority approves night dredging plan");
    assert_eq!(a.date, PartialDate::day(2025, 2, 11), "published, not modified");
    assert_eq!(a.date_basis, Some(DateBasis::Metadata));
    assert_eq!(a.lang, "en");
    assert_eq!(
        a.source.as_deref(),
        Some("The Coastal Ledger"),
        "publisher by @id"
    );
    assert_eq!(a.author.as_deref(), Some("Moira Tennant, Rhys Okafor"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://coastalledger.example/news/2025/02/harbour-night-dredging")
    );
    assert_eq!(a.place.as_deref(), Some("PORT ELLIS"));
    check_body(
        &a,
        &[
            "The harbour authority in Port Ellis voted on Monday to allow dredging of the main channel at night, ending a two-year dispute with residents of the old town over noise and silt.",
            "Under the plan, dredgers will work between 10pm and 5am for six weeks from March, when tides are lowest and the fewest ferries use the channel. Contractors must keep noise below 55 decibels at the nearest homes, a limit the authority says will be checked by independent monitors every night.",
            "The vote followed a consultation in which 412 households replied. About half said night work was acceptable if it shortened the project; others asked for compensation for lost sleep, which the authority rejected.",
            "\u{201c}We have listened, and we have changed the hours twice,\u{201d} said Alison Marsh, who chairs the authority\u{2019}s board. \u{201c}A deeper channel keeps the fish market and the ferry service in this town.\u{201d}",
            "Work starts on 3 March and should end by mid-April.",
            "Silt will be taken by barge to a licensed site 12 miles offshore.",
            "A hotline will take complaints around the clock.",
            "Opponents said they would ask the county council to review the decision. Their spokesman, Dev Prakash, said the monitors should be chosen by residents rather than by the authority that pays the contractors.",
        ],
        &[
            "cookies", "Accept all", "Subscribe", "Weather", "Share on", "Copy link",
            "Related articles", "Ferry timetable", "All rights reserved", "Privacy policy",
            "dataLayer", "position:fixed",
        ],
    );
}

#[test]
fn french_page_with_opengraph_only() {
    let a = ingest_page("tram.htm", include_str!("testdata/fr_og.html"));
    assert_eq!(
        a.title,
        "Lyon : la métropole prolonge la ligne de tramway T10 jusqu'à Vénissieux"
    );
    assert_eq!(a.date, PartialDate::day(2024, 10, 8));
    assert_eq!(a.date_basis, Some(DateBasis::Metadata));
    assert_eq!(a.lang, "fr");
    assert_eq!(a.source.as_deref(), Some("Le Rhône Quotidien"));
    assert_eq!(a.author.as_deref(), Some("Claire Vautrin"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://rhonequotidien.example/lyon/tramway-t10-venissieux")
    );
    check_body(
        &a,
        &[
            "Le conseil de la métropole de Lyon a voté lundi soir la prolongation de la ligne de tramway T10 sur trois kilomètres, jusqu'au centre de Vénissieux. Les travaux doivent commencer à l'automne 2025 pour une mise en service prévue fin 2027.",
            "Le projet, estimé à 96 millions d'euros, prévoit cinq nouvelles stations et la création d'une voie cyclable continue le long du tracé. Selon les services de la métropole, près de 14 000 voyageurs par jour devraient emprunter ce tronçon.",
            "L'association des commerçants du boulevard Joliot-Curie redoute deux années de chantier. « Nous avons déjà perdu des clients pendant les travaux de la place », explique sa présidente, Nadia Benali, qui demande un fonds d'indemnisation.",
            "La vice-présidente chargée des mobilités a promis un guichet unique pour les riverains et un phasage des travaux rue par rue, afin qu'aucun commerce ne soit inaccessible plus de six semaines.",
        ],
        &[
            "cookies", "Tout accepter", "Accueil", "Faits divers", "S'abonner", "Partager",
            "À lire aussi", "Pistes cyclables", "Mentions légales",
        ],
    );
}

#[test]
fn arabic_right_to_left_page_with_json_ld_array() {
    let a = ingest_page("tahlia.html", include_str!("testdata/ar_rtl.html"));
    assert_eq!(a.title, "افتتاح محطة تحلية جديدة في صفاقس");
    assert_eq!(a.date, PartialDate::day(2024, 7, 22));
    assert_eq!(a.date_basis, Some(DateBasis::Metadata));
    assert_eq!(a.lang, "ar");
    assert_eq!(a.source.as_deref(), Some("صحيفة الساحل"));
    assert_eq!(a.author.as_deref(), Some("سلمى بن عمر"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://assahel.example/2024/07/22/tahlia-sfax")
    );
    check_body(
        &a,
        &[
            "افتتحت الشركة الوطنية لاستغلال وتوزيع المياه يوم الاثنين محطة جديدة لتحلية مياه البحر في ولاية صفاقس، بطاقة إنتاج تبلغ مئة ألف متر مكعب يوميا في مرحلتها الأولى.",
            "وقال المدير العام للشركة إن المحطة ستخفف الضغط على الموارد الجوفية التي تراجعت بشكل كبير خلال السنوات الأخيرة بسبب الجفاف، مضيفا أن المرحلة الثانية ستضاعف الطاقة الإنتاجية بحلول عام ألفين وسبعة وعشرين.",
            "وبلغت كلفة المشروع نحو ثمانمئة مليون دينار، مولت جزءا منها قروض من مؤسسات دولية. ويأمل سكان المدينة أن تنتهي الانقطاعات المتكررة للمياه التي عرفتها الأحياء المرتفعة خلال فصل الصيف.",
            "من جهته، دعا خبراء في الموارد المائية إلى معالجة المياه المالحة الناتجة عن التحلية قبل إعادتها إلى البحر، حفاظا على الثروة السمكية في خليج قابس.",
        ],
        &["ملفات تعريف الارتباط", "الرئيسية", "رياضة", "شارك على", "واتساب", "مقالات ذات صلة", "جميع الحقوق", "سياسة الخصوصية"],
    );
}

#[test]
fn russian_page_with_only_a_modified_date_is_dated_from_its_text() {
    let a = ingest_page("most.html", include_str!("testdata/ru_modified_only.html"));
    assert_eq!(a.title, "В Казани открыли новый мост через Казанку");
    assert_eq!(
        a.date,
        PartialDate::day(2023, 12, 15),
        "the dateline, not the edit"
    );
    assert_eq!(a.date_basis, Some(DateBasis::Stated));
    assert_eq!(a.lang, "ru");
    assert_eq!(a.source.as_deref(), Some("Волжские вести"));
    assert_eq!(a.url, None);
    check_body(
        &a,
        &[
            "Длина моста составляет почти девятьсот метров, на нём по три полосы в каждом направлении и отдельные дорожки для пешеходов и велосипедистов. Строительство продолжалось три года и обошлось бюджету республики в двенадцать миллиардов рублей.",
            "По словам мэра города, новый мост должен разгрузить улицу Декабристов и Ленинградский мост, где в часы пик образуются многокилометровые пробки. Первые автомобили проехали по мосту сразу после торжественной церемонии.",
            "Жители соседних домов жалуются на шум и просят установить защитные экраны. В мэрии пообещали рассмотреть обращения до конца зимы.",
        ],
        &["cookie", "Главная", "Экономика", "ВКонтакте", "Telegram", "Читайте также", "Метро продлят", "Все права защищены"],
    );
    assert!(
        a.body.contains("открыли движение по новому автомобильному мосту"),
        "the dateline's paragraph is kept: {}",
        a.body
    );
}

#[test]
fn page_without_any_metadata_takes_its_title_and_language_from_the_page() {
    let a = ingest_page("library.html", include_str!("testdata/en_no_meta.html"));
    assert_eq!(a.title, "Library extends weekend opening hours");
    assert_eq!(a.date, None, "no date in metadata or text");
    assert_eq!(a.date_basis, None);
    assert_eq!(a.lang, "en", "detected");
    assert_eq!((a.source.as_deref(), a.url.as_deref()), (None, None));
    check_body(
        &a,
        &[
            "Millbrook's public library will open on Sundays from next month, the parish council confirmed at its meeting on Thursday, after a petition signed by more than six hundred residents.",
            "The library will open from ten until four on Sundays and stay open an extra hour on Saturdays. Volunteers from the friends of the library group will staff the Sunday sessions alongside two paid librarians, so the change costs the council less than four thousand pounds a year.",
            "Head librarian Tom Ashdown said families had asked for weekend hours for years, because the children's section is busiest when schools are closed. Homework clubs and a knitting circle have already booked the reading room.",
            "The council will review visitor numbers in the autumn before deciding whether to keep the Sunday opening through the winter.",
        ],
        &["Latest posts", "Bin collection", "Powered by", "Clubs"],
    );
}

#[test]
fn truncated_page_with_broken_json_ld_keeps_its_text_and_warns() {
    let a = ingest_page("greve.html", include_str!("testdata/fr_truncated.html"));
    assert_eq!(
        a.title,
        "Grève des contrôleurs aériens : des centaines de vols annulés"
    );
    assert_eq!(a.lang, "fr");
    assert_eq!(a.source.as_deref(), Some("Ouest Matin"), "from og:site_name");
    assert_eq!(a.date, None, "the JSON-LD that held it is cut off");
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("JSON-LD block 1 is not valid JSON")),
        "{:?}",
        a.warnings
    );
    check_body(
        &a,
        &[
            "La direction générale de l'aviation civile a demandé aux compagnies de réduire d'un tiers leurs vols au départ de Nantes, Rennes et Brest jeudi, en raison d'une grève des contrôleurs aériens.",
            "Les syndicats protestent contre une réforme des horaires de travail qu'ils jugent incompatible avec la sécurité des vols. Les négociations avec le ministère des transports ont échoué mercredi soir.",
        ],
        &["Accueil", "Monde"],
    );
    assert!(a.body.ends_with("reporter leur voyage sans fra"), "{}", a.body);
}
