//! Interface strings in English and French; the UI language follows the browser,
//! can be switched, and is remembered in localStorage.

use leptos::prelude::window;

/// A language of the interface (not of the articles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiLang {
    En,
    Fr,
}

const STORAGE_KEY: &str = "dossier-ui-lang";

impl UiLang {
    /// The remembered choice, else the browser's language, else English.
    pub fn initial() -> UiLang {
        let stored = window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let browser = window().navigator().language();
        match stored.or(browser).as_deref().map(|l| l.get(..2).unwrap_or(l)) {
            Some("fr") => UiLang::Fr,
            _ => UiLang::En,
        }
    }

    /// Remembers this choice for later visits.
    pub fn remember(self) {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, self.code());
        }
    }

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Fr => "fr",
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> UiLang {
        match self {
            UiLang::En => UiLang::Fr,
            UiLang::Fr => UiLang::En,
        }
    }

    /// The interface string for `key` (the English text is the key).
    pub fn t(self, key: &'static str) -> &'static str {
        if self == UiLang::En {
            return key;
        }
        FRENCH
            .iter()
            .find(|(en, _)| *en == key)
            .map(|(_, fr)| *fr)
            .unwrap_or(key)
    }

    /// The name of a month (1–12) in this interface language, as in dates
    /// written out ("March 2023", "mars 2023").
    pub fn month_name(self, month: u8) -> &'static str {
        const EN: [&str; 12] = [
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
        ];
        const FR: [&str; 12] = [
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
        ];
        let names = if self == UiLang::En { &EN } else { &FR };
        names[(month.clamp(1, 12) - 1) as usize]
    }

    /// The name of an article language, in this interface language.
    pub fn language_name(self, code: &str) -> String {
        let names: &[(&str, &str, &str)] = &[
            ("ar", "Arabic", "arabe"),
            ("de", "German", "allemand"),
            ("en", "English", "anglais"),
            ("es", "Spanish", "espagnol"),
            ("fr", "French", "français"),
            ("it", "Italian", "italien"),
            ("ru", "Russian", "russe"),
            ("und", "Unknown", "inconnue"),
        ];
        match names.iter().find(|(c, _, _)| *c == code) {
            Some((_, en, fr)) => if self == UiLang::En { en } else { fr }.to_string(),
            None => code.to_string(),
        }
    }
}

/// French translations keyed by the English string.
const FRENCH: &[(&str, &str)] = &[
    ("Search the dossier", "Rechercher dans le dossier"),
    ("Search", "Rechercher"),
    ("skipped at build", "ignoré à la construction"),
    ("Language", "Langue"),
    ("Topic", "Thème"),
    ("Dates", "Dates"),
    ("Date", "Date"),
    ("From", "Du"),
    ("To", "Au"),
    ("Include undated articles", "Inclure les articles non datés"),
    ("undated", "non daté"),
    ("Sort", "Tri"),
    ("Relevance", "Pertinence"),
    ("Newest first", "Plus récents"),
    ("Oldest first", "Plus anciens"),
    ("articles", "articles"),
    ("article", "article"),
    ("Clear filters", "Effacer les filtres"),
    ("Copy link", "Copier le lien"),
    ("Link copied", "Lien copié"),
    ("Download CSV", "Télécharger CSV"),
    ("Download JSON", "Télécharger JSON"),
    ("with text", "avec le texte"),
    ("Loading the corpus…", "Chargement du corpus…"),
    ("Loading the article…", "Chargement de l'article…"),
    (" (searching…)", " (recherche…)"),
    ("Could not load part of the index", "Impossible de charger une partie de l'index"),
    ("No article matches these filters.", "Aucun article ne correspond à ces filtres."),
    ("No article matches", "Aucun article ne correspond à"),
    ("with these filters.", "avec ces filtres."),
    ("No article in this dossier matches", "Aucun article du dossier ne correspond à"),
    ("outside the filter", "hors du filtre"),
    ("Showing results for", "Résultats pour"),
    ("Matches in the article", "Occurrences dans l'article"),
    ("Match", "Occurrence"),
    ("of", "sur"),
    ("match", "occurrence"),
    ("matches", "occurrences"),
    ("Previous match", "Occurrence précédente"),
    ("Next match", "Occurrence suivante"),
    ("search instead for", "rechercher plutôt"),
    ("show them", "les afficher"),
    ("without any filter", "sans aucun filtre"),
    ("clear filters", "retirer les filtres"),
    ("Try fewer words, a word's beginning followed by *, or alternatives joined by OR.", "Essayez moins de mots, un début de mot suivi de *, ou des variantes reliées par OR."),
    ("Words must all match; \"exact phrase\", word*, -excluded, a OR b, title:word, source:name.", "Tous les mots doivent figurer ; \"expression exacte\", mot*, -exclu, a OR b, title:mot, source:nom."),
    ("Remove filter", "Retirer le filtre"),
    ("Close", "Fermer"),
    ("Previous", "Précédent"),
    ("Next", "Suivant"),
    ("Show original text", "Afficher le texte original"),
    ("Show cleaned text", "Afficher le texte nettoyé"),
    ("Related articles", "Articles liés"),
    ("Other tellings", "Autres versions"),
    ("reports", "articles"),
    ("outlet", "média"),
    ("outlets", "médias"),
    ("Near-duplicate of", "Quasi-doublon de"),
    ("Entities", "Entités"),
    ("Topics", "Thèmes"),
    ("Source", "Source"),
    ("By", "Par"),
    ("Captions", "Légendes"),
    ("date stated in the text", "date indiquée dans le texte"),
    ("date from metadata", "date issue des métadonnées"),
    ("Show more", "Afficher plus"),
    ("Timeline", "Chronologie"),
    ("Date range", "Période"),
    ("All dates", "Toutes les dates"),
    ("Since", "Depuis"),
    ("Until", "Jusqu'à"),
    (
        "Drag across the bars, or click one, to choose dates.",
        "Glissez sur les barres, ou cliquez-en une, pour choisir les dates.",
    ),
    ("Pale: left out by the other filters.", "En pâle : écartés par les autres filtres."),
    (
        "Arrow keys move the range, Shift+arrows resize it, Home and End go to either end.",
        "Les flèches déplacent la période, Maj+flèches la redimensionnent, Début et Fin vont aux extrémités.",
    ),
    ("of", "sur"),
    ("No match with the other filters", "Aucun résultat avec les autres filtres"),
    ("Dark mode", "Mode sombre"),
    ("Light mode", "Mode clair"),
    ("Français", "English"),
    ("Switch the interface to French", "Passer l'interface en anglais"),
    ("Filters", "Filtres"),
    ("Results", "Résultats"),
    ("Notices", "Avis"),
    ("Dismiss", "Ignorer"),
    ("Press / to search", "Appuyez sur / pour rechercher"),
    ("Add your articles", "Ajouter vos articles"),
    ("Your articles", "Vos articles"),
    (
        "Add .md, .txt or saved web pages (.html), or a .zip of them. They stay in this browser: nothing is uploaded.",
        "Ajoutez des fichiers .md ou .txt, des pages web enregistrées (.html), ou une archive .zip. Ils restent dans ce navigateur : rien n'est envoyé.",
    ),
    ("Choose files", "Choisir des fichiers"),
    ("Choose a folder", "Choisir un dossier"),
    ("or drop them anywhere on the page", "ou déposez-les n'importe où sur la page"),
    ("Kept in this browser:", "Conservés dans ce navigateur :"),
    ("indexing…", "indexation…"),
    ("Cancel", "Annuler"),
    ("Cancelled: none of these files were added.", "Annulé : aucun de ces fichiers n'a été ajouté."),
    ("Your dossier as a site of its own:", "Votre dossier en site à part entière :"),
    ("Download every article (.md zip)", "Télécharger tous les articles (.md zip)"),
    ("Remove them all", "Tout retirer"),
    ("article added", "article ajouté"),
    ("articles added", "articles ajoutés"),
    ("Not saved", "Non enregistré"),
    ("replaces an article added earlier", "remplace un article ajouté auparavant"),
    ("replaces the article added earlier from", "remplace l'article ajouté auparavant depuis"),
    ("its text differs", "son texte diffère"),
    ("These files may not fit in this browser's storage", "Ces fichiers risquent de ne pas tenir dans le stockage de ce navigateur"),
    ("needed", "nécessaires"),
    ("free", "libres"),
    ("Your articles wait for this site's other tabs, still on an older version, to close.", "Vos articles attendent la fermeture des autres onglets de ce site, restés sur une version antérieure."),
    ("Your stored articles cannot be opened", "Vos articles conservés ne peuvent pas être ouverts"),
    ("Download what can be read", "Télécharger ce qui peut être lu"),
    ("Clear them", "Les effacer"),
    ("Drop your articles to add them", "Déposez vos articles pour les ajouter"),
    ("Download .md (zip)", "Télécharger en .md (zip)"),
    (
        "Articles as .md files with front matter: `cargo xtask build --corpus` makes a site of them",
        "Articles en fichiers .md avec métadonnées : `cargo xtask build --corpus` en fait un site",
    ),
    ("yours", "à vous"),
    ("Remove", "Retirer"),
    ("Origin", "Origine"),
    ("Outlet", "Média"),
    ("People", "Personnes"),
    ("Places", "Lieux"),
    ("Organisations", "Organisations"),
    ("Filter", "Filtrer"),
    ("more: type to filter", "de plus : tapez pour filtrer"),
    ("Show articles mentioning", "Afficher les articles qui mentionnent"),
    ("Matched:", "Correspond :"),
    ("same stem", "même radical"),
    ("alias", "autre nom"),
    ("close spelling", "orthographe proche"),
    ("prefix", "début de mot"),
    ("phrase", "expression"),
    ("title", "titre"),
    ("text", "texte"),
    ("source", "source"),
    ("names found in the article", "noms repérés dans l'article"),
    ("In the dossier", "Du dossier"),
    ("Added by you", "Ajoutés par vous"),
    (
        "A new version of this dossier is available.",
        "Une nouvelle version de ce dossier est disponible.",
    ),
    ("Trends", "Tendances"),
    ("Attention over time", "L'attention au fil du temps"),
    (
        "Add a search, topic, person, place, organisation or outlet to see its articles over time.",
        "Ajoutez une recherche, un thème, une personne, un lieu, une organisation ou un média pour voir ses articles au fil du temps.",
    ),
    ("As a share of all articles", "En part de tous les articles"),
    ("Show table", "Afficher le tableau"),
    ("Hide table", "Masquer le tableau"),
    ("Search words", "Mots cherchés"),
    ("Person, place or organisation", "Personne, lieu ou organisation"),
    ("peak", "pic"),
    ("no article", "aucun article"),
    ("Period", "Période"),
    ("Articles per period, by series", "Articles par période, par série"),
    ("Kind of series", "Type de série"),
    ("Value of the series", "Valeur de la série"),
    ("words, \"a phrase\"…", "mots, « une expression »…"),
    ("name…", "nom…"),
    ("Add to the chart", "Ajouter au graphique"),
    ("Not in this dossier", "Absent de ce dossier"),
    ("Type a value", "Saisissez une valeur"),
    ("Already shown", "Déjà affiché"),
    ("At most four series", "Quatre séries au plus"),
    ("chart", "graphique"),
    (
        "Trends chart: arrow keys move between periods and series, Enter lists the articles",
        "Graphique des tendances : les flèches passent d'une période et d'une série à l'autre, Entrée liste les articles",
    ),
    (
        "Point at the chart, or focus it and use the arrow keys; Enter lists the articles.",
        "Pointez le graphique, ou placez-y le focus et utilisez les flèches ; Entrée liste les articles.",
    ),
    ("Reload", "Recharger"),
];
