//! The data file the app loads: the corpus and its search index, built together
//! by `cargo xtask build` so they always match.

use crate::bundle_format::PartFiles;
pub use crate::bundle_format::BUNDLE_VERSION;
use crate::model::Corpus;
use crate::par::Threads;
use crate::search::Index;
use serde::{Deserialize, Serialize};

/// What the browser needs to explore a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub version: u32,
    pub corpus: Corpus,
    pub index: Index,
    /// Files ingest skipped, as `path:line: reason`, so the page can say so.
    pub problems: Vec<String>,
    /// The `topics.toml` text the build classified articles with, so the browser
    /// can classify the reader's added files exactly the same way.
    pub taxonomy: Option<String>,
    /// The `entities.toml` text the build found entities with.
    pub gazetteer: Option<String>,
    /// The `sources.toml` text the build merged outlet names with.
    pub outlets: Option<String>,
    /// Where the articles' original texts are when they are not inline (a
    /// relative URL): only the reader's "original text" view needs them, so the
    /// first view does not download them. See [`Bundle::take_originals`].
    pub originals: Option<String>,
    /// Where the index parts this file lacks are, when it is a site's
    /// first-view file (see [`Bundle::split`]); `None`: it has them all.
    pub parts: Option<PartFiles>,
}

/// The original texts of a corpus's articles, in corpus order, as shipped apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Originals {
    pub version: u32,
    pub texts: Vec<String>,
}

impl Originals {
    /// The compact binary form shipped with the site.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("texts always serialise")
    }

    /// Reads the file written by [`Originals::to_bytes`] for a corpus of
    /// `articles` articles (or more: the reader's own come after the bundled ones).
    pub fn from_bytes(bytes: &[u8], articles: usize) -> Result<Originals, String> {
        let originals: Originals =
            postcard::from_bytes(bytes).map_err(|e| format!("damaged original-texts file ({e})"))?;
        if originals.version != BUNDLE_VERSION || originals.texts.len() > articles {
            return Err(format!(
                "original-texts file of version {} with {} texts, for {articles} articles of version \
                 {BUNDLE_VERSION}: rebuild the site",
                originals.version,
                originals.texts.len()
            ));
        }
        Ok(originals)
    }
}

impl Bundle {
    /// Indexes `corpus` and packs both, with the ingest problems to report; no
    /// taxonomy or gazetteer text (see [`Bundle::with_sources`]).
    pub fn new(corpus: Corpus, problems: Vec<String>) -> Bundle {
        Bundle::new_on(corpus, problems, Threads::available())
    }

    /// [`Bundle::new`] with the index built on `threads` (see [`Index::build_on`]).
    pub fn new_on(corpus: Corpus, problems: Vec<String>, threads: Threads) -> Bundle {
        let index = Index::build_on(&corpus, threads);
        Bundle {
            version: BUNDLE_VERSION,
            corpus,
            index,
            problems,
            taxonomy: None,
            gazetteer: None,
            outlets: None,
            originals: None,
            parts: None,
        }
    }

    /// Moves the articles' original texts out (to ship them in their own file,
    /// named in [`Bundle::originals`] by the caller).
    pub fn take_originals(&mut self) -> Originals {
        let texts = self
            .corpus
            .articles
            .iter_mut()
            .map(|a| std::mem::take(&mut a.original))
            .collect();
        Originals {
            version: BUNDLE_VERSION,
            texts,
        }
    }

    /// Puts original texts taken by [`Bundle::take_originals`] back
    /// ([`Bundle::originals`] still names the file they came from); a site's
    /// articles must be whole first ([`Bundle::restore_articles`]).
    pub fn restore_originals(&mut self, originals: Originals) {
        for (article, text) in self.corpus.articles.iter_mut().zip(originals.texts) {
            article.original = text;
        }
    }

    /// The bundle with the `topics.toml` and `entities.toml` texts the corpus was
    /// ingested with (as in [`crate::ingest::IngestReport`]).
    pub fn with_sources(self, taxonomy: Option<String>, gazetteer: Option<String>) -> Bundle {
        Bundle {
            taxonomy,
            gazetteer,
            ..self
        }
    }

    /// The bundle with the `sources.toml` text the corpus was ingested with, so
    /// the reader's added files get the same outlet names.
    pub fn with_outlets(self, outlets: Option<String>) -> Bundle {
        Bundle { outlets, ..self }
    }

    /// The compact binary form shipped with the site.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a bundle always serialises")
    }

    /// A site's first-view file of this bundle, as [`Bundle::split`] writes
    /// it: what [`Bundle::from_bytes`] recomputes on load is left out again.
    /// For re-encoding a first view read back (the bench weighs its parts so).
    pub fn to_first_view_bytes(&self) -> Vec<u8> {
        let mut first = self.clone();
        first.corpus.articles.clear();
        crate::first_view::strip(&mut first.index);
        first.to_bytes()
    }

    /// Reads a bundle, refusing one written by another version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, String> {
        // The version is the first field, so it can be read before the rest.
        let (version, _) =
            postcard::take_from_bytes::<u32>(bytes).map_err(|e| format!("not a Dossier data file ({e})"))?;
        if version != BUNDLE_VERSION {
            return Err(format!(
                "data file version {version}, this app reads version {BUNDLE_VERSION}: rebuild the site"
            ));
        }
        let mut bundle: Bundle =
            postcard::from_bytes(bytes).map_err(|e| format!("damaged Dossier data file ({e})"))?;
        if bundle.index.cards.is_some() {
            // A site's first-view file: put back what it leaves out.
            crate::first_view::restore(&mut bundle.index, bundle.corpus.articles.len())
                .map_err(|e| format!("damaged Dossier data file ({e})"))?;
        }
        Ok(bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::bench_corpus;

    #[test]
    fn round_trips_and_rejects_other_versions() {
        let bundle = Bundle::new(bench_corpus(20, 7), vec!["a.txt: empty file".into()])
            .with_sources(Some("[[topic]]\nslug = \"x\"\n".into()), None);
        let bytes = bundle.to_bytes();
        assert_eq!(Bundle::from_bytes(&bytes).unwrap(), bundle);

        let mut other = bundle.clone();
        other.version = BUNDLE_VERSION + 1;
        let err = Bundle::from_bytes(&other.to_bytes()).unwrap_err();
        assert!(err.contains("rebuild"), "{err}");

        assert!(Bundle::from_bytes(b"").is_err());
        assert!(Bundle::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn a_first_view_read_back_encodes_to_the_same_file() {
        let file = Bundle::new(bench_corpus(300, 5), Vec::new())
            .split()
            .first
            .to_bytes();
        let read = Bundle::from_bytes(&file).unwrap();
        // Read back, it holds what loading recomputed (each article's entities)...
        assert_ne!(read.to_bytes(), file);
        // ...which the first-view encoding leaves out again.
        assert_eq!(read.to_first_view_bytes(), file);
    }

    #[test]
    fn originals_travel_apart_and_come_back() {
        let whole = Bundle::new(bench_corpus(12, 3), Vec::new());
        let mut light = whole.clone();
        let originals = light.take_originals();
        light.originals = Some("data/originals-1.bin".into());
        assert!(light.corpus.articles.iter().all(|a| a.original.is_empty()));
        assert!(light.to_bytes().len() < whole.to_bytes().len());
        let read = Originals::from_bytes(&originals.to_bytes(), 12).unwrap();
        let mut back = Bundle::from_bytes(&light.to_bytes()).unwrap();
        back.restore_originals(read);
        assert_eq!(back.originals.as_deref(), Some("data/originals-1.bin"));
        assert_eq!(back.corpus, whole.corpus);
        let err = Originals::from_bytes(&originals.to_bytes(), 11).unwrap_err();
        assert!(err.contains("11 articles"), "{err}");
        assert!(Originals::from_bytes(b"\x03", 1).is_err());
    }
}
