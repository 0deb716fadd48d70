//! The site's data files are the same bytes whether ingest, indexing and the
//! related articles run on one thread or several: content hashes name the
//! files, so a build must not depend on which thread finished first. The corpus
//! is generated (en/fr/ar/ru) and dressed as scraped pages of three outlets,
//! with their menus, share rows and newsletter pitches, and copied stories.

use super::data_files;
use crate::gen_corpus::Generator;
use dossier_core::ingest::{ingest_files_on, SourceFile, ENTITIES_FILE, TOPICS_FILE};
use dossier_core::par::Threads;

/// (name, host, menu line, newsletter pitch) of each outlet.
const OUTLETS: [(&str, &str, &str, &str); 3] = [
    (
        "Maghreb Wire",
        "maghrebwire.example",
        "Home | Algeria | Economy | Energy | Sport | Opinion",
        "Get the Maghreb Wire morning briefing in your inbox: the day's energy and politics stories before 7 am.",
    ),
    (
        "Le Courrier d'Oran",
        "courrier-oran.example",
        "Accueil | National | Économie | International | Culture",
        "Abonnez-vous à la lettre du Courrier d'Oran pour recevoir chaque matin l'essentiel de l'actualité régionale.",
    ),
    (
        "Vostok Daily",
        "vostok-daily.example",
        "Главная | Политика | Экономика | Энергетика | Мир",
        "Подпишитесь на рассылку Vostok Daily, чтобы каждое утро получать главные новости об энергетике и политике.",
    ),
];

/// A generated article as outlet `o` publishes it: front matter naming the
/// outlet, its menu above the story, a share row and its pitch below.
fn dressed(text: &str, name: &str, o: usize) -> String {
    let (outlet, host, menu, pitch) = OUTLETS[o];
    let (front, body) = match text.strip_prefix("---\n").and_then(|t| t.split_once("\n---\n")) {
        Some((front, body)) => (front.to_string(), body),
        None => (String::new(), text),
    };
    let front: String = front
        .lines()
        .filter(|l| !l.starts_with("source:"))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "---\n{front}source: {outlet}\nurl: https://www.{host}/news/{name}\n---\n\n{outlet}\n{menu}\n\n{}\n\nShare\nFacebook\nTwitter\nEmail\n\n{pitch}\n© 2024 {outlet}\n",
        body.trim()
    )
}

/// About 300 articles of three outlets, one in twelve published again by
/// another outlet (every other one with a sentence added), with the bundled
/// `topics.toml` and `entities.toml`.
fn scraped_corpus() -> Vec<SourceFile> {
    let root = crate::project_root().join("corpus");
    let read = |name: &str| std::fs::read_to_string(root.join(name)).unwrap();
    let (topics, entities) = (read(TOPICS_FILE), read(ENTITIES_FILE));
    let generator = Generator::new(&topics, &entities, 11).unwrap();
    let mut files = Vec::new();
    for n in 0..280 {
        let draft = generator.draft(n);
        let stem = draft.name.rsplit_once('.').unwrap().0.to_string();
        let text = dressed(&draft.text, &stem, n % 3);
        files.push(SourceFile {
            path: format!("{}/{stem}.md", OUTLETS[n % 3].1),
            bytes: text.clone().into_bytes(),
        });
        if n % 12 == 5 {
            let mut copy = dressed(&draft.text, &stem, (n + 1) % 3);
            if n % 24 == 5 {
                copy = copy.replace(
                    "\n\nShare\n",
                    "\n\nThe agency's correspondent added a line.\n\nShare\n",
                );
            }
            files.push(SourceFile {
                path: format!("{}/copy-{stem}.md", OUTLETS[(n + 1) % 3].1),
                bytes: copy.into_bytes(),
            });
        }
    }
    for (name, text) in [(TOPICS_FILE, topics), (ENTITIES_FILE, entities)] {
        files.push(SourceFile {
            path: name.into(),
            bytes: text.into_bytes(),
        });
    }
    files
}

/// The data files of `files` built with `threads` everywhere.
fn site_data(files: &[SourceFile], threads: Threads) -> Vec<(String, Vec<u8>)> {
    let report = ingest_files_on(files.to_vec(), threads);
    data_files(
        crate::corpus::bundle(report, threads),
        threads,
        Default::default(),
    )
}

#[test]
fn threads_change_no_byte_of_the_data_files() {
    let files = scraped_corpus();
    let report = ingest_files_on(files.clone(), Threads::ONE);
    let articles = &report.corpus.articles;
    // The corpus exercises what is corpus-wide: copied stories and outlet furniture.
    let copies = articles.iter().filter(|a| a.duplicate_of.is_some()).count();
    assert!(copies >= 20, "{copies} near-duplicates found");
    assert!(articles
        .iter()
        .all(|a| !a.body.contains("Get the Maghreb Wire morning briefing")
            && !a.body.contains("Подпишитесь на рассылку")
            && !a.body.contains("Accueil | National")));
    assert_eq!(
        articles
            .iter()
            .map(|a| a.lang.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        4
    );
    assert!(articles.iter().any(|a| !a.entities.is_empty()) && articles.iter().any(|a| !a.topics.is_empty()));
    let one = site_data(&files, Threads::ONE);
    assert!(one.len() > 5);
    for threads in [2, 3, 8] {
        let many = site_data(&files, Threads::new(threads));
        let names = |f: &[(String, Vec<u8>)]| f.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&many), names(&one), "{threads} threads: other files");
        assert!(many == one, "{threads} threads: other bytes");
    }
}
