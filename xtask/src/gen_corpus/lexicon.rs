//! Real words of each language, written out so the generator needs no data
//! files: function words (the head of a Zipf distribution), content words (which
//! [`super::vocab`] inflects into thousands of forms), months for stated dates,
//! and inflection affixes.

/// Everything the generator knows about one language.
pub struct Lexicon {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Most frequent words, most frequent first.
    pub function: &'static str,
    /// Nouns, verbs and adjectives, space-separated.
    pub content: &'static str,
    /// Suffixes added to content words (a `-` prefix strips one final vowel first).
    pub suffixes: &'static str,
    /// Prefixes (clitics) added to content words.
    pub prefixes: &'static str,
    /// Month names in the form a date line uses ("12 March 2024").
    pub months: [&'static str; 12],
    /// The marker a `.txt` puts before its publication date.
    pub published: &'static str,
    /// Words stated after the year ("г." in Russian), or "".
    pub year_suffix: &'static str,
    /// Sentence-internal comma.
    pub comma: &'static str,
}

/// The four languages of a generated corpus, with their share (percent).
pub const LANGS: [(&Lexicon, usize); 4] = [(&EN, 35), (&FR, 30), (&AR, 20), (&RU, 15)];

/// English.
pub const EN: Lexicon = Lexicon {
    code: "en",
    function: "the of and to in a that for on with is was by as at from it said be has have \
        this are which will not an its were also but had after their who been more or would \
        they over than between two new first during other year last into about its there \
        while when since against all some under before both such these three most could",
    content: "minister government country president week official visit talks agreement \
        meeting cooperation trade economy investment company market price energy supply \
        project road plant port railway factory bank budget growth debt inflation wheat \
        export import contract deal delegation embassy ambassador council parliament party \
        election vote campaign leader opposition court law reform decision statement report \
        interview question answer press conference agency newspaper television journalist \
        army soldier officer border region city capital village desert coast water river \
        field well pipeline refinery station terminal tanker cargo ship aircraft helicopter \
        drone attack group fighter operation mission force police prison security crisis \
        conflict peace war truce ceasefire negotiation mediation summit forum partner ally \
        neighbour friend people family child student school university teacher doctor hospital \
        health disease vaccine farmer harvest rain drought heat climate forest fire storm \
        history memory anniversary monument museum archive book film festival music artist \
        history treaty independence revolution struggle victory martyr hero veteran \
        announce discuss sign receive welcome confirm deny expect plan build open close \
        increase reduce reach remain continue support oppose express call ask visit hold \
        strong important national foreign military economic political strategic regional \
        international bilateral historic recent previous major significant difficult \
        possible official public private local joint common special general senior former",
    suffixes: "s ed ing er ers -ation ly -al ment ments",
    prefixes: "re un pre co",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    published: "Published on",
    year_suffix: "",
    comma: ",",
};

/// French.
pub const FR: Lexicon = Lexicon {
    code: "fr",
    function: "de la le les et des à en du un une que pour dans qui sur au par a est avec \
        il a été ne pas plus aux ce son sa ses se elle ont leur mais comme entre deux après \
        cette ces lors aussi selon depuis sans dont tout nous avait sont être très même",
    content: "ministre gouvernement pays président semaine responsable visite entretien accord \
        réunion coopération commerce économie investissement entreprise marché prix énergie \
        approvisionnement projet route centrale port chemin usine banque budget croissance \
        dette inflation blé contrat délégation ambassade ambassadeur conseil parlement parti \
        élection vote campagne dirigeant opposition tribunal loi réforme décision déclaration \
        rapport entrevue question réponse conférence agence journal télévision journaliste \
        armée soldat officier frontière région ville capitale village désert côte eau fleuve \
        champ puits gazoduc raffinerie station terminal pétrolier navire avion hélicoptère \
        drone attaque groupe combattant opération mission force police prison sécurité crise \
        conflit paix guerre trêve négociation médiation sommet forum partenaire allié voisin \
        ami peuple famille enfant étudiant école université enseignant médecin hôpital santé \
        maladie vaccin agriculteur récolte pluie sécheresse chaleur climat forêt incendie \
        histoire mémoire anniversaire monument musée archive livre film festival musique \
        artiste traité indépendance révolution lutte victoire martyr héros ancien \
        annoncer discuter signer recevoir accueillir confirmer démentir attendre prévoir \
        construire ouvrir fermer augmenter réduire atteindre rester continuer soutenir \
        exprimer appeler demander tenir fort important national étranger militaire \
        économique politique stratégique régional international bilatéral historique \
        récent précédent majeur difficile possible officiel public privé local commun",
    suffixes: "s -e -es -er -ent -ait -aient -ons -ez -é -ée -ement -ation -eur -eurs -ique",
    prefixes: "re dé in",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    published: "Publié le",
    year_suffix: "",
    comma: ",",
};

/// Arabic.
pub const AR: Lexicon = Lexicon {
    code: "ar",
    function: "في من إلى على أن التي الذي عن مع هذا هذه بين كما وقد قد لا ما بعد قبل كان \
        كانت حيث خلال أو ثم إن عند منذ لم لن هو هي تم كل حول ذلك تلك أيضا وفي ومن",
    content: "وزير حكومة بلد رئيس أسبوع مسؤول زيارة محادثات اتفاق اجتماع تعاون تجارة اقتصاد \
        استثمار شركة سوق سعر طاقة إمداد مشروع طريق مصنع ميناء سكة بنك ميزانية نمو دين تضخم \
        قمح تصدير استيراد عقد صفقة وفد سفارة سفير مجلس برلمان حزب انتخابات تصويت حملة زعيم \
        معارضة محكمة قانون إصلاح قرار بيان تقرير مقابلة سؤال جواب مؤتمر وكالة صحيفة تلفزيون \
        صحفي جيش جندي ضابط حدود منطقة مدينة عاصمة قرية صحراء ساحل ماء نهر حقل بئر أنبوب \
        مصفاة محطة ناقلة سفينة طائرة مروحية هجوم مجموعة مقاتل عملية مهمة قوة شرطة سجن أمن \
        أزمة نزاع سلام حرب هدنة مفاوضات وساطة قمة منتدى شريك حليف جار صديق شعب عائلة طفل \
        طالب مدرسة جامعة معلم طبيب مستشفى صحة مرض لقاح مزارع حصاد مطر جفاف حرارة مناخ غابة \
        حريق ذاكرة ذكرى نصب متحف أرشيف كتاب فيلم مهرجان موسيقى فنان معاهدة استقلال \
        ثورة كفاح نصر شهيد بطل تراث أعلن ناقش وقع استقبل رحب أكد نفى توقع بنى فتح أغلق رفع خفض \
        بلغ بقي واصل دعم عارض عبر دعا طلب عقد قوي مهم وطني أجنبي عسكري اقتصادي سياسي \
        استراتيجي إقليمي دولي ثنائي تاريخي سابق كبير صعب ممكن رسمي عام خاص محلي مشترك",
    suffixes: "ة ات ون ين ها هم ي ان",
    prefixes: "ال و ب ل وال بال لل ف",
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    published: "نشر في",
    year_suffix: "",
    comma: "،",
};

/// Russian.
pub const RU: Lexicon = Lexicon {
    code: "ru",
    function: "и в не на что с по как к о из за для от его это он также у было были она до \
        при их же так после между а который которые уже был более во время однако года",
    content: "министр правительство страна президент неделя чиновник визит переговоры \
        соглашение встреча сотрудничество торговля экономика инвестиции компания рынок цена \
        энергия поставка проект дорога завод порт железная фабрика банк бюджет рост долг \
        инфляция пшеница экспорт импорт контракт сделка делегация посольство посол совет \
        парламент партия выборы голосование кампания лидер оппозиция суд закон реформа \
        решение заявление доклад интервью вопрос ответ конференция агентство газета \
        телевидение журналист армия солдат офицер граница регион город столица деревня \
        пустыня побережье вода река месторождение скважина газопровод станция терминал \
        танкер судно самолет вертолет беспилотник атака группа боевик операция миссия сила \
        полиция тюрьма безопасность кризис конфликт мир война перемирие посредничество \
        саммит форум партнер союзник сосед друг народ семья ребенок студент школа \
        университет учитель врач больница здоровье болезнь вакцина фермер урожай дождь \
        засуха жара климат лес пожар история память годовщина памятник музей архив книга \
        фильм фестиваль музыка художник договор независимость революция борьба победа \
        герой ветеран объявить обсудить подписать принять приветствовать подтвердить \
        опровергнуть ожидать строить открыть закрыть увеличить сократить достигнуть \
        продолжить поддержать сильный важный национальный иностранный военный \
        экономический политический стратегический региональный международный \
        двусторонний исторический недавний прежний крупный трудный возможный официальный",
    suffixes: "-а -у -ом -е -ы -ов -ам -ами -ах -ой -ого -ому -ых -ым -ая -ое -ие",
    prefixes: "",
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    published: "Опубликовано",
    year_suffix: " г.",
    comma: ",",
};
