//! Notices in the interface language: the core writes its reasons in English
//! (they also go to logs and tests); the page shows them translated.

use crate::i18n::UiLang;
use dossier_core::search::QueryProblem;
use dossier_core::view::Notice;

/// English fragments of the core's URL reasons and their French, replaced in
/// order. Fragments, not whole sentences: reasons carry values (`from=2024`,
/// a list of languages) around fixed words.
const REASONS_FR: &[(&str, &str)] = &[
    ("longer than ", "plus de "),
    (
        " characters; the rest was cut",
        " caractères ; la suite a été coupée",
    ),
    (
        "not a language code (two lowercase letters, ISO 639-1)",
        "pas un code de langue (deux lettres minuscules, ISO 639-1)",
    ),
    (
        "not a topic slug (lowercase letters, digits, '-')",
        "pas un identifiant de thème (minuscules, chiffres, « - »)",
    ),
    ("must be bundled or added", "doit valoir bundled ou added"),
    (
        "must be 1 (keep undated articles) or 0",
        "doit valoir 1 (garder les articles non datés) ou 0",
    ),
    (
        "must be relevance, newest or oldest",
        "doit valoir relevance, newest ou oldest",
    ),
    ("not an article id", "pas un identifiant d'article"),
    ("is before from=", "est avant from="),
    ("; the range would be empty", " ; la période serait vide"),
    (
        "not in this dossier (this dossier has articles in ",
        "absent de ce dossier (ses articles sont en ",
    ),
    (
        "not in this dossier (this dossier's topics are ",
        "absent de ce dossier (ses thèmes sont ",
    ),
    (" more)", " autres)"),
    (
        "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
        "n'est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ",
    ),
    ("there is no month", "il n'y a pas de mois"),
    ("that day does not exist", "ce jour n'existe pas"),
    (
        "not a series (q:TEXT, topic:SLUG, entity:NAME or source:NAME)",
        "pas une série (q:TEXTE, topic:THÈME, entity:NOM ou source:NOM)",
    ),
    (
        "a q: series needs search text",
        "une série q: demande un texte à chercher",
    ),
    (
        " series; the rest were dropped",
        " séries ; les autres ont été retirées",
    ),
    ("at most ", "au plus "),
    (
        "not in this dossier (no such topic in this dossier)",
        "absent de ce dossier (aucun thème de ce nom)",
    ),
    (
        "must be 1 (share of all articles) or 0",
        "doit valoir 1 (part de tous les articles) ou 0",
    ),
];

/// A dropped URL value, said in `ui`.
pub fn url_notice(ui: UiLang, n: &Notice) -> String {
    match ui {
        UiLang::En => n.to_string(),
        UiLang::Fr => {
            let reason = REASONS_FR
                .iter()
                .fold(n.reason.clone(), |r, (en, fr)| r.replace(en, fr));
            format!("Ignoré {}={:?} : {reason}", n.param, n.value)
        }
    }
}

/// What the search could not use as written, said in `ui`.
pub fn query_problem(ui: UiLang, p: &QueryProblem) -> String {
    if ui == UiLang::En {
        return p.to_string();
    }
    match p {
        QueryProblem::UnknownField { field } => format!(
            "« {field}: » n'est pas un champ de recherche (utilisez title: ou source:) ; cherché comme des mots"
        ),
        QueryProblem::EmptyField { field } => format!("« {field}: » demande un mot après lui ; ignoré"),
        QueryProblem::DanglingOperator { operator } => {
            format!("« {operator} » demande un terme de chaque côté ; ignoré")
        }
        QueryProblem::OrWithExclusion => {
            "« OR » ne peut pas relier un terme exclu (-mot) ; les termes ont été cherchés séparément".into()
        }
        QueryProblem::Parentheses => "les parenthèses sont ignorées : OR relie les termes juste à côté".into(),
    }
}

/// An article link that names no article of this dossier.
pub fn missing_doc(ui: UiLang, id: &str) -> String {
    match ui {
        UiLang::En => format!(
            "doc={id}: no article with this id in this dossier (it may be one the sender added in their own browser)"
        ),
        UiLang::Fr => format!(
            "doc={id} : aucun article de ce dossier n'a cet identifiant (c'est peut-être un article que l'expéditeur a ajouté dans son propre navigateur)"
        ),
    }
}
