//! Page furniture removed before the article is looked for: share rows, cookie
//! and consent banners, newsletter boxes, "related"/"read also" lists, named so
//! by their `class` or `id` in English, French, Arabic-site and Russian-site
//! conventions. Readability's own list of unlikely names is English-only and
//! spares such rows once they sit inside the article's element.

use dom_query::{Document, NodeRef};

/// Parts of a `class` or `id` that name furniture (matched case-insensitively
/// inside the attribute, so `article-share__row` and `cookieBanner` match).
const FURNITURE_NAMES: &[&str] = &[
    "share",
    "sharing",
    "partage",
    "social",
    "cookie",
    "consent",
    "gdpr",
    "didomi",
    "newsletter",
    "related",
    "lire-aussi",
    "a-lire",
    "alire",
    "read-more",
    "readmore",
    "read-also",
    "also-read",
    "recommend",
    "subscribe",
    "abonn",
    "paywall",
    "promo",
    "breadcrumb",
    "tags-list",
    "taglist",
    "print-only",
    "skip-link",
    "podpis",
    "poleznoe",
    "chitayte",
    "smotrite",
];

/// Whole words of a `class` or `id` (split at spaces, `-` and `_`) that name
/// furniture; as parts they would also match `footnote` or `menuiserie`.
const FURNITURE_WORDS: &[&str] = &[
    "foot", "footer", "sidebar", "menu", "nav", "navbar", "masthead", "topbar", "banner",
];

/// An element holding more than this share of the page's text is not furniture,
/// whatever its name (a `<div class="shareable-story">` wrapping the article).
const MAX_SHARE_OF_TEXT: f64 = 0.25;

/// Removes furniture elements from `doc`.
pub fn remove_furniture(doc: &Document) {
    let Some(body) = doc.body() else { return };
    let total = text_len(&body).max(1);
    let doomed: Vec<NodeRef> = body
        .descendants_it()
        .filter(|n| n.is_element() && is_furniture(n, total))
        .collect();
    for node in doomed {
        // Removing a node whose ancestor is already removed is harmless.
        node.remove_from_parent();
    }
}

fn is_furniture(node: &NodeRef, total: usize) -> bool {
    let name = node.node_name().map(|n| n.to_lowercase()).unwrap_or_default();
    if matches!(name.as_str(), "body" | "main" | "article" | "html") {
        return false;
    }
    let named = [node.attr("class"), node.attr("id")]
        .into_iter()
        .flatten()
        .map(|v| v.to_lowercase())
        .any(|v| {
            FURNITURE_NAMES.iter().any(|f| v.contains(f))
                || v.split([' ', '-', '_']).any(|w| FURNITURE_WORDS.contains(&w))
        });
    if !named {
        return false;
    }
    let own = text_len(node);
    (own as f64) <= MAX_SHARE_OF_TEXT * total as f64 && node.find(&["h1"]).is_empty()
}

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}
