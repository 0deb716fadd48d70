//! An HTML tree to plain text: one paragraph per block (paragraph, heading,
//! list item, quote, table row, caption), paragraphs separated by a blank line,
//! whitespace inside a block collapsed (no-break spaces kept). No markup
//! survives: tags are dropped, entities are already decoded by the parser, and
//! scripts, styles, forms and embedded media contribute nothing.

use dom_query::NodeRef;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "video", "audio",
    "canvas", "button", "select", "input", "textarea", "form", "head",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "address",
    "hr",
    "body",
    "html",
    "details",
    "summary",
    "center",
];

/// Table cells: separated by a space within their row's block.
const CELLS: &[&str] = &["td", "th"];

/// The text of `node`'s subtree as paragraphs separated by blank lines.
pub fn plain_text(node: &NodeRef) -> String {
    let mut out = Writer::default();
    walk(node, &mut out, false);
    out.finish()
}

/// Accumulates blocks; `current` is the block being written.
#[derive(Default)]
struct Writer {
    blocks: Vec<String>,
    current: String,
}

impl Writer {
    /// Ends the current block, if it has any text.
    fn break_block(&mut self) {
        let block = std::mem::take(&mut self.current);
        let block = block.trim();
        if !block.is_empty() {
            self.blocks.push(block.to_string());
        }
    }

    /// Appends text, collapsing whitespace runs unless inside `<pre>`.
    fn push_text(&mut self, text: &str, pre: bool) {
        if pre {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.break_block();
                }
                self.current.push_str(line.trim_end());
            }
            return;
        }
        for c in text.chars() {
            // No-break spaces are kept: French puts them before `:` and inside « ».
            if !c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
                self.current.push(c);
            } else if !self.current.is_empty() && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
        }
    }

    fn finish(mut self) -> String {
        self.break_block();
        self.blocks.join("\n\n")
    }
}

fn walk(node: &NodeRef, out: &mut Writer, pre: bool) {
    for child in node.children_it(false) {
        if child.is_text() {
            out.push_text(&child.text(), pre);
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let name = child.node_name().map(|n| n.to_lowercase()).unwrap_or_default();
        let name = name.as_str();
        if SKIPPED.contains(&name) || child.has_attr("hidden") {
            continue;
        }
        if name == "br" {
            out.break_block();
        } else if BLOCKS.contains(&name) {
            out.break_block();
            walk(&child, out, pre || name == "pre");
            out.break_block();
        } else if CELLS.contains(&name) {
            out.push_text(" ", false);
            walk(&child, out, pre);
            out.push_text(" ", false);
        } else if name == "img" {
            // Alt text describes a picture; it is not the article's prose.
        } else {
            walk(&child, out, pre);
        }
    }
}
