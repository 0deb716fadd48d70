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
/// Removing long link lists regardless cost 0.011 F1 on the extraction
/// benchmark: some articles sit in link-rich elements with such names.
const MAX_SHARE_OF_TEXT: f64 = 0.25;

/// Furniture is short (a banner, a share row: under this many letters) or
/// mostly links (a related list). Longer prose is kept whatever its name: on
/// the extraction benchmark a site's article sits in `entry-content-read-more`.
const SHORT_TEXT: usize = 300;

/// The share of an element's letters inside links above which it is a list of links.
const LINK_HEAVY: f64 = 0.5;

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
    if own as f64 > MAX_SHARE_OF_TEXT * total as f64 || !node.find(&["h1"]).is_empty() {
        return false;
    }
    let linked: usize = node.find(&["a"]).iter().map(text_len).sum();
    own < SHORT_TEXT || linked as f64 > LINK_HEAVY * own as f64
}

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}
