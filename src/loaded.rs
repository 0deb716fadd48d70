//! `Loaded`: one corpus, its index and the engine over them, owned together and
//! shared by `Arc`. The page swaps in a new one when the reader adds or removes
//! articles; the old one is freed once the last view showing it is gone (it used
//! to be leaked: a whole corpus and index per add or remove).

use dossier_core::bundle::Bundle;
use dossier_core::model::{Article, Corpus};
use dossier_core::search::{Engine, Index};
use dossier_core::split::PartFiles;
use std::ops::Deref;
use std::sync::Arc;

/// What the engine borrows: a corpus and the index built from it.
pub struct CorpusAndIndex {
    corpus: Corpus,
    index: Index,
}

self_cell::self_cell!(
    /// A corpus and index with the engine that borrows them, in one
    /// allocation: `Engine<'a>` holds references, and this owns what they
    /// point to (self_cell checks the borrow; no `'static`, no leak).
    struct OwnedEngine {
        owner: CorpusAndIndex,
        #[covariant]
        dependent: Engine,
    }
);

/// A corpus and its engine, with what the page needs beside them. Shared as
/// `Arc<Loaded>` (Leptos 0.8's default signals hold `Send + Sync` values; an
/// `Arc` costs a wasm page what an `Rc` would).
pub struct Loaded {
    owned: OwnedEngine,
    /// Files the build skipped, as `path:line: reason`.
    pub problems: Vec<String>,
    /// The file of original texts, when they are not in the corpus (see [`crate::data::load_original`]).
    pub originals: Option<String>,
    /// Where the index parts fetched on demand are (a site's corpus; `None`
    /// for one indexed in the browser, which has them all).
    pub parts: Option<PartFiles>,
}

impl Loaded {
    /// Takes ownership of a decoded bundle; the engine is built once, here.
    pub fn new(bundle: Bundle) -> Arc<Loaded> {
        let owner = CorpusAndIndex {
            corpus: bundle.corpus,
            index: bundle.index,
        };
        Arc::new(Loaded {
            owned: OwnedEngine::new(owner, |o| Engine::new(&o.corpus, &o.index)),
            problems: bundle.problems,
            originals: bundle.originals,
            parts: bundle.parts,
        })
    }

    /// The corpus: article metadata (texts may be in index parts, see [`Engine::body`]).
    pub fn corpus(&self) -> &Corpus {
        &self.owned.borrow_owner().corpus
    }

    /// The engine over the corpus and its index.
    pub fn engine(&self) -> &Engine<'_> {
        self.owned.borrow_dependent()
    }
}

/// An article of a loaded corpus whose card is loaded, by position; it keeps
/// that corpus alive while a view shows it, and reads as the [`Article`]
/// itself (without its body: see [`Engine::body`]).
#[derive(Clone)]
pub struct ArticleRef {
    loaded: Arc<Loaded>,
    doc: usize,
}

impl ArticleRef {
    /// The article at position `doc` of `loaded`'s corpus, if there is one
    /// and its card is loaded (see [`Engine::article`]).
    pub fn new(loaded: Arc<Loaded>, doc: usize) -> Option<ArticleRef> {
        let card = doc < loaded.engine().article_count() && loaded.engine().article(doc).is_ok();
        card.then_some(ArticleRef { loaded, doc })
    }

    /// The corpus it belongs to.
    pub fn loaded(&self) -> &Arc<Loaded> {
        &self.loaded
    }

    /// Its position in that corpus (as in search hits).
    pub fn doc(&self) -> usize {
        self.doc
    }
}

impl Deref for ArticleRef {
    type Target = Article;

    fn deref(&self) -> &Article {
        // A card once loaded stays: `new` checked it.
        self.loaded.engine().article(self.doc).expect("a loaded card")
    }
}

/// The same article of the same corpus (a memo holding one changes when the
/// corpus is replaced, even if the article's id is the same).
impl PartialEq for ArticleRef {
    fn eq(&self, other: &ArticleRef) -> bool {
        Arc::ptr_eq(&self.loaded, &other.loaded) && self.doc == other.doc
    }
}
