//! What the outlet and entity facets count by: each article's outlet as an
//! index into the dossier's sorted outlet names, and the three entity kinds
//! the interface shows.

use crate::model::Article;
use std::collections::BTreeSet;

/// An article without a `source`.
pub(crate) const NO_SOURCE: u32 = u32::MAX;

/// The dossier's outlets: their canonical names (sorted) and each article's.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sources {
    /// Distinct outlet names, sorted.
    pub(crate) names: Vec<String>,
    /// Per article (corpus order): index into `names`, or [`NO_SOURCE`].
    pub(crate) of_doc: Vec<u32>,
}

impl Sources {
    /// Reads the articles' `source` (already merged by `sources.toml` at
    /// ingest); an empty or blank one counts as none. The index stores the
    /// result ([`crate::search::Index::sources`]), so that a site's first view
    /// carries an outlet as a number, not a string per article.
    pub(crate) fn of_articles(articles: &[Article]) -> Sources {
        let n = articles.len();
        let named = |i: usize| {
            articles[i]
                .source
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let names: Vec<String> = (0..n)
            .filter_map(named)
            .map(str::to_string)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let of_doc = (0..n)
            .map(|i| {
                named(i)
                    .and_then(|s| names.binary_search_by(|x| x.as_str().cmp(s)).ok())
                    .map_or(NO_SOURCE, |i| i as u32)
            })
            .collect();
        Sources { names, of_doc }
    }
}

/// The kinds of entity the interface gives a facet each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
}

impl EntityKind {
    /// In the order the facets are shown.
    pub const ALL: [EntityKind; 3] = [EntityKind::Person, EntityKind::Place, EntityKind::Organisation];

    /// The kind of an `entities.toml` `kind` value: `person`/`people`,
    /// `place`/`location`, `org`/`organisation`/`organization` (any case);
    /// `None` for any other kind (listed in no facet, still a valid `entity=`).
    pub fn of(kind: &str) -> Option<EntityKind> {
        match kind.trim().to_ascii_lowercase().as_str() {
            "person" | "people" => Some(EntityKind::Person),
            "place" | "location" => Some(EntityKind::Place),
            "org" | "organisation" | "organization" => Some(EntityKind::Organisation),
            _ => None,
        }
    }

    /// The `data-kind` of INTERFACE.md §4: `person`, `place`, `organisation`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::tests::{art, corpus};

    #[test]
    fn outlets_sorted_once_and_blank_is_none() {
        let mut c = corpus(vec![
            art("a", "fr", None, &[], "", "Texte."),
            art("b", "ar", None, &[], "", "نص."),
            art("c", "ru", None, &[], "", "Текст."),
            art("d", "en", None, &[], "", "Text."),
        ]);
        c.articles[0].source = Some("RFI".into());
        c.articles[1].source = Some("الشروق".into());
        c.articles[2].source = Some("  ".into());
        c.articles[3].source = Some("RFI".into());
        let s = Sources::of_articles(&c.articles);
        assert_eq!(s.names, ["RFI", "الشروق"]);
        assert_eq!(s.of_doc, [0, 1, NO_SOURCE, 0]);
    }

    #[test]
    fn kinds_of_the_gazetteer() {
        assert_eq!(EntityKind::of("org"), Some(EntityKind::Organisation));
        assert_eq!(EntityKind::of("Organization"), Some(EntityKind::Organisation));
        assert_eq!(EntityKind::of("person"), Some(EntityKind::Person));
        assert_eq!(EntityKind::of("place"), Some(EntityKind::Place));
        assert_eq!(EntityKind::of("event"), None);
        assert_eq!(EntityKind::Organisation.as_str(), "organisation");
    }
}
