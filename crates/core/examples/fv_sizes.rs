//! Temporary: sizes of the first-view file's parts.
use dossier_core::bundle::Bundle;
fn z<T: serde::Serialize>(v: &T) -> (usize, usize) {
    let b = postcard::to_allocvec(v).unwrap();
    (b.len(), miniz_oxide::deflate::compress_to_vec(&b, 9).len())
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(path).unwrap();
    let b = Bundle::from_bytes(&bytes).unwrap();
    let n = b.corpus.articles.len();
    println!("n={n} total {:?}", z(&b));
    let a = &b.corpus.articles;
    macro_rules! f {
        ($name:expr, $e:expr) => {
            let v: Vec<_> = a.iter().map($e).collect();
            let (r, g) = z(&v);
            println!(
                "{:24} raw {:8} gz {:8} gz/art {:.1}",
                $name,
                r,
                g,
                g as f64 / n as f64
            );
        };
    }
    f!("id", |x| x.id.clone());
    f!("title", |x| x.title.clone());
    f!("lang", |x| x.lang.clone());
    f!("lang_conf", |x| x.lang_confidence);
    f!("date", |x| x.date);
    f!("date_basis", |x| x.date_basis);
    f!("source", |x| x.source.clone());
    f!("author", |x| x.author.clone());
    f!("place", |x| x.place.clone());
    f!("url", |x| x.url.clone());
    f!("captions", |x| x.captions.clone());
    f!("topics", |x| x.topics.clone());
    f!("entities", |x| x.entities.clone());
    f!("dup", |x| x.duplicate_of.clone());
    f!("body", |x| x.body.clone());
    f!("original", |x| x.original.clone());
    f!("words", |x| x.words);
    f!("warnings", |x| x.warnings.clone());
    let (r, g) = z(&b.corpus.stories);
    println!("stories raw {r} gz {g}");
    let (r, g) = z(&b.corpus.entities);
    println!("corpus.entities raw {r} gz {g}");
    let i = &b.index;
    let (r, g) = z(&i.docs);
    println!("index.docs raw {r} gz {g} /art {:.1}", g as f64 / n as f64);
    macro_rules! d {
        ($name:expr, $e:expr) => {
            let v: Vec<_> = i.docs.iter().map($e).collect();
            let (r, g) = z(&v);
            println!(
                "  doc.{:20} raw {:8} gz {:8} gz/art {:.1}",
                $name,
                r,
                g,
                g as f64 / n as f64
            );
        };
    }
    d!("lang", |x| x.lang);
    d!("topics", |x| x.topics.clone());
    d!("date", |x| x.date);
    d!("title_len", |x| x.title_len);
    d!("body_len", |x| x.body_len);
    d!("norm", |x| x.norm);
    d!("entities", |x| x.entities.clone());
    let (r, g) = z(&i.term_starts);
    println!("term_starts raw {r} gz {g}");
    let (r, g) = z(&i.word_starts);
    println!("word_starts raw {r} gz {g}");
    let (r, g) = z(&i.typos);
    println!("typos raw {r} gz {g}");
    let (r, g) = z(&i.entity_postings);
    println!("entity_postings raw {r} gz {g}");
    let (r, g) = z(&i.bodies);
    println!("bodies(chunk_of) raw {r} gz {g}");
    let (r, g) = z(&b.problems);
    println!("problems raw {r} gz {g}");
    let (r, g) = z(&b.parts);
    println!("parts raw {r} gz {g}");
}
