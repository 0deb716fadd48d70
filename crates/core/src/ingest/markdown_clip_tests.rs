//! Tests of `.md` files through the whole ingest: news articles in English,
//! French, Arabic and Russian as a web clipper (MarkDownload's template, set to
//! Dossier's front matter keys) saves them, written for these tests. The body,
//! title and captions a reader sees hold no Markdown and no URL, and keep the
//! prose; the same text as `.txt` is left as written.

use super::{ingest_files, SourceFile};
use crate::model::Article;

/// One clipped article and words of its prose that must survive.
struct Clip {
    path: &'static str,
    text: &'static str,
    title: &'static str,
    words: &'static [&'static str],
}

const CLIPS: [Clip; 4] = [
    Clip {
        path: "clips/en-gas-deal.md",
        text: "---\ntitle: \"Algeria and Russia sign a gas deal in Algiers\"\nurl: https://news.example.com/world/2024/03/12/algeria-russia-gas\ndate: 2024-03-12\n---\n\n# Algeria and Russia sign a gas deal in Algiers\n\n> ## Excerpt\n> The two foreign ministers agreed on new gas exports to Europe.\n\n---\n\nBy [John Smith](https://news.example.com/authors/john-smith \"John Smith\")\n\n![Lavrov and Attaf shake hands](https://cdn.example.com/img/lavrov_attaf.jpg)\n\n*Sergey Lavrov and Ahmed Attaf in Algiers on Tuesday. (Reuters)*\n\n**ALGIERS** — The foreign ministers of **Algeria** and **Russia** met in Algiers on Tuesday and signed an agreement on [gas exports](https://news.example.com/tags/gas) to Europe, the state agency [APS](https://www.aps.dz/en) reported.\n\n[Facebook](https://facebook.com/sharer?u=x) [Twitter](https://twitter.com/intent/tweet?url=x) [Email](mailto:?subject=Gas)\n\nThe deal covers the pipeline to Italy and _new fields_ in the south. Lavrov said the talks were \"frank and useful\"[^1] and that prices would be set by `market rules`.<br>Both sides will meet again in the autumn, according to a statement published by the ministry.\n\n## Related\n\n- [Tebboune expected in Moscow](https://news.example.com/tebboune-moscow)\n- [Gas prices fall in Europe](https://news.example.com/gas-prices)\n\n[^1]: Quoted by the state agency.\n",
        title: "Algeria and Russia sign a gas deal in Algiers",
        words: &["ALGIERS", "foreign ministers", "gas exports", "APS reported", "new fields", "frank and useful", "market rules", "autumn"],
    },
    Clip {
        path: "clips/fr-visite.md",
        text: "---\ntitle: \"Lavrov à Alger pour des entretiens sur l'énergie\"\ndate: 2023-05-10\n---\n\n# Lavrov à Alger pour des entretiens sur l'énergie\n\nPar [Amel Boubekeur](https://journal.example.fr/auteurs/amel-boubekeur)\nPublié le 10 mai 2023\n\n![Le ministre russe à son arrivée](https://cdn.example.fr/photos/lavrov-alger.webp)\n\n_Le ministre russe à son arrivée à Alger. © AFP_\n\nLe ministre russe des Affaires étrangères, **Sergueï Lavrov**, a été reçu mardi par le président [Abdelmadjid Tebboune](https://journal.example.fr/tag/tebboune) pour des *entretiens* consacrés au gaz, au pétrole et à la coopération militaire entre les deux pays.\n\n[Partager](https://www.facebook.com/sharer.php?u=x) · [Tweeter](https://twitter.com/share?url=x) · [Copier le lien](https://journal.example.fr/a/123)\n\n> « Nos relations sont stratégiques », a déclaré le ministre devant la presse, en rappelant l'accord signé en 2001.\n\nLes deux délégations ont aussi évoqué la situation au Sahel et la préparation d'une visite d'État à Moscou avant la fin de l'année.\n\n## À lire aussi\n\n1. [Le gazoduc transsaharien relancé](https://journal.example.fr/gazoduc)\n2. [Alger et Moscou renforcent leur dialogue](https://journal.example.fr/dialogue)\n",
        title: "Lavrov à Alger pour des entretiens sur l'énergie",
        words: &["Sergueï Lavrov", "Abdelmadjid Tebboune", "entretiens consacrés", "Nos relations sont stratégiques", "Sahel"],
    },
    Clip {
        path: "clips/ar-taawun.md",
        text: "---\ntitle: \"الجزائر وروسيا تبحثان التعاون في مجال الطاقة\"\ndate: 2023-06-15\n---\n\n# الجزائر وروسيا تبحثان التعاون في مجال الطاقة\n\nبقلم [سمير بن علي](https://akhbar.example.dz/kuttab/samir)\n\n![الرئيس تبون في موسكو](https://akhbar.example.dz/suwar/tebboune.jpg)\n\n*الرئيس تبون خلال زيارته إلى موسكو. (صورة: وكالة الأنباء)*\n\nبحث **الرئيس عبد المجيد تبون** مع نظيره الروسي في [موسكو](https://akhbar.example.dz/wasm/moscow) سبل تطوير *التعاون في مجال الطاقة* والغاز والنفط، وأكد الجانبان أهمية الشراكة الاستراتيجية بين البلدين.\n\n[فيسبوك](https://facebook.com/sharer?u=x) [تويتر](https://twitter.com/share?url=x) [واتساب](https://wa.me/?text=x)\n\n> وقال الرئيس إن العلاقات بين الجزائر وروسيا تاريخية وإن البلدين سيعززان التعاون في السنوات المقبلة.\n\nواتفق الطرفان على عقد اجتماع اللجنة المشتركة في الجزائر العاصمة خلال الخريف المقبل لمتابعة تنفيذ الاتفاقيات.\n\n## اقرأ أيضا\n\n- [زيارة لافروف إلى الجزائر](https://akhbar.example.dz/lavrov)\n- [أسعار الغاز في أوروبا](https://akhbar.example.dz/gas)\n",
        title: "الجزائر وروسيا تبحثان التعاون في مجال الطاقة",
        words: &["الرئيس عبد المجيد تبون", "موسكو", "التعاون في مجال الطاقة", "العلاقات بين الجزائر وروسيا", "اللجنة المشتركة"],
    },
    Clip {
        path: "clips/ru-vizit.md",
        text: "---\ntitle: \"Лавров провёл переговоры в Алжире\"\ndate: 2023-05-05\n---\n\n# Лавров провёл переговоры в Алжире\n\nАвтор: [Ирина Петрова](https://vesti.example.ru/avtory/petrova)\n\n![Лавров и Аттаф](https://vesti.example.ru/foto/lavrov_attaf.jpg)\n\n*Сергей Лавров и Ахмед Аттаф в Алжире. (Фото: ТАСС)*\n\nМинистр иностранных дел России **Сергей Лавров** провёл переговоры с президентом Алжира [Абдельмаджидом Теббуном](https://vesti.example.ru/tag/tebbun). Встреча была посвящена *поставкам газа* и сотрудничеству в области энергетики.\n\n[ВКонтакте](https://vk.com/share.php?url=x) [Telegram](https://t.me/share/url?url=x) [Одноклассники](https://connect.ok.ru/offer?url=x)\n\n> «Наши отношения носят стратегический характер», — заявил министр журналистам после встречи.\n\nСтороны обсудили предстоящий визит Теббуна в Москву, а также цены на нефть и строительство нового газопровода.\n\n## Читайте также\n\n- [Алжир и Россия подписали соглашение о газе](https://vesti.example.ru/gaz)\n- [Теббун посетит Москву](https://vesti.example.ru/vizit)\n",
        title: "Лавров провёл переговоры в Алжире",
        words: &["Сергей Лавров", "Абдельмаджидом Теббуном", "поставкам газа", "Наши отношения носят стратегический характер", "газопровода"],
    },
];

/// What a reader sees of Markdown or a URL, none of which the clips' prose holds.
const MARKS: &[&str] = &[
    "*", "_", "[", "]", "](", "<", ">", "`", "\\", "#", "~~", "http", "www.", ".jpg", "mailto",
];

fn ingest(files: Vec<(&str, &str)>) -> Vec<Article> {
    let files = files
        .into_iter()
        .map(|(path, text)| SourceFile {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let report = ingest_files(files);
    assert_eq!(report.problems, []);
    report.corpus.articles
}

#[test]
fn a_clipped_article_reads_as_the_page_did() {
    let articles = ingest(CLIPS.iter().map(|c| (c.path, c.text)).collect());
    for clip in &CLIPS {
        let a = articles
            .iter()
            .find(|a| clip.path.contains(a.id.as_str()))
            .unwrap();
        assert_eq!(a.title, clip.title);
        let seen = format!("{}\n{}\n{}", a.title, a.captions.join("\n"), a.body);
        for mark in MARKS {
            assert!(!seen.contains(mark), "{}: `{mark}` in\n{seen}", clip.path);
        }
        for words in clip.words {
            assert!(
                a.body.contains(words),
                "{}: `{words}` not in\n{}",
                clip.path,
                a.body
            );
        }
        // The index's words: no URL, path or file name among them.
        let terms = super::article::words(&seen);
        for part in ["https", "example", "jpg", "webp", "sharer"] {
            assert!(!terms.iter().any(|t| t == part), "{}: {part} indexed", clip.path);
        }
    }
    // The caption line under each photo is taken as a caption, as in a scraped
    // page, and the byline's link text as the author.
    for a in &articles {
        assert_eq!(a.captions.len(), 1, "{a:#?}");
        assert!(a.author.is_some(), "{a:#?}");
    }
}

#[test]
fn the_same_text_as_txt_is_left_as_written() {
    let clip = &CLIPS[0];
    let articles = ingest(vec![("a.txt", clip.text)]);
    assert!(articles[0].body.contains("**Algeria**"), "{}", articles[0].body);
    assert!(
        articles[0].body.contains("[gas exports](https://"),
        "{}",
        articles[0].body
    );
}

#[test]
fn prose_marks_in_a_md_file_survive_ingest() {
    let text = "---\ntitle: Prices and notes\n---\nThe index rose 5 * 3 points, the file_name field [sic] stayed empty and x < y held (Reuters).\n\nFootnote [1] applies: prices rose 5%* in 2023, a 4* hotel said, and snake_case names stay.\n";
    let a = &ingest(vec![("notes.md", text)])[0];
    assert_eq!(
        a.body,
        "The index rose 5 * 3 points, the file_name field [sic] stayed empty and x < y held (Reuters).\n\n\
         Footnote [1] applies: prices rose 5%* in 2023, a 4* hotel said, and snake_case names stay."
    );
}

/// Articles as Pandoc writes Markdown (`--wrap=auto`): front matter, then
/// each paragraph wrapped at 72 columns (a quote's lines each open with `> `),
/// so links, emphasis and code wrap across lines; one per language, and the
/// words that must survive.
const WRAPPED: [(&str, &str, &[&str], &[&str]); 4] = [
    (
        "wrapped/en.md",
        "title: Gas talks in Algiers\ndate: 2024-03-12",
        &[
            "The foreign ministers of Algeria and Russia met on Tuesday and signed an agreement on [new gas exports to Europe](https://news.example.com/tags/gas \"Gas\"), the state agency [Algérie Presse Service][aps] reported. The deal covers *the pipeline to Italy* and **new fields in the south**, priced by `market rules`, and both sides meet again in the autumn.",
            "> Lavrov called the talks [frank and useful](https://news.example.com/quotes) and said prices would follow the market.",
            "[aps]: https://www.aps.dz/en",
        ],
        &["new gas exports to Europe, the state agency Algérie Presse Service reported", "the pipeline to Italy and new fields in the south, priced by market rules", "frank and useful"],
    ),
    (
        "wrapped/fr.md",
        "title: Lavrov reçu à Alger\ndate: 2023-05-10",
        &[
            "Le ministre russe des Affaires étrangères a été reçu mardi par le président [Abdelmadjid Tebboune](https://journal.example.fr/tag/tebboune) pour des *entretiens consacrés au gaz* et à la coopération militaire entre les deux pays, selon un communiqué de la présidence.",
            "Les deux délégations ont aussi évoqué **la situation au Sahel** et la préparation d'une [visite d'État à Moscou](https://journal.example.fr/visite) avant la fin de l'année.",
        ],
        &["le président Abdelmadjid Tebboune pour des entretiens consacrés au gaz", "la situation au Sahel", "visite d'État à Moscou avant"],
    ),
    (
        "wrapped/ar.md",
        "title: الجزائر وروسيا تبحثان التعاون\ndate: 2023-06-15",
        &[
            "بحث الرئيس عبد المجيد تبون مع نظيره الروسي في [العاصمة موسكو](https://akhbar.example.dz/moscow) سبل تطوير **التعاون في مجال الطاقة** والغاز والنفط بين البلدين، وأكد الجانبان أهمية الشراكة الاستراتيجية.",
            "واتفق الطرفان على عقد اجتماع *اللجنة المشتركة* في الجزائر العاصمة خلال [الخريف المقبل](https://akhbar.example.dz/lajna) لمتابعة تنفيذ الاتفاقيات.",
        ],
        &["في العاصمة موسكو سبل تطوير التعاون في مجال الطاقة", "اللجنة المشتركة", "الخريف المقبل"],
    ),
    (
        "wrapped/ru.md",
        "title: Лавров провёл переговоры в Алжире\ndate: 2023-05-05",
        &[
            "Министр иностранных дел России провёл переговоры с президентом Алжира [Абдельмаджидом Теббуном](https://vesti.example.ru/tag/tebbun). Встреча была посвящена *поставкам газа* и сотрудничеству в области энергетики.",
            "Стороны обсудили **предстоящий визит Теббуна в Москву**, а также цены на нефть и строительство [нового газопровода](https://vesti.example.ru/gaz).",
        ],
        &["Алжира Абдельмаджидом Теббуном. Встреча была посвящена поставкам газа", "предстоящий визит Теббуна в Москву", "нового газопровода"],
    ),
];

/// A file as Pandoc wraps it at 72 columns.
fn pandoc(front: &str, paragraphs: &[&str]) -> String {
    let mut text = format!("---\n{front}\n---\n");
    for p in paragraphs {
        let (prefix, p) = p.strip_prefix("> ").map_or(("", *p), |q| ("> ", q));
        text.push('\n');
        for line in super::wrap::greedy(p, 72 - prefix.len()) {
            text.push_str(&format!("{prefix}{line}\n"));
        }
    }
    text
}

#[test]
fn links_and_emphasis_wrapped_across_lines_read_as_the_page_does() {
    let files: Vec<(&str, String)> = WRAPPED
        .iter()
        .map(|(path, front, paras, _)| (*path, pandoc(front, paras)))
        .collect();
    assert!(files.iter().all(|(_, t)| t.lines().count() > 8), "{files:#?}");
    let articles = ingest(files.iter().map(|(p, t)| (*p, t.as_str())).collect());
    for (path, _, _, words) in WRAPPED {
        let a = articles.iter().find(|a| path.contains(a.id.as_str())).unwrap();
        for mark in MARKS {
            assert!(!a.body.contains(mark), "{path}: `{mark}` in\n{}", a.body);
        }
        for words in words {
            assert!(a.body.contains(words), "{path}: `{words}` not in\n{}", a.body);
        }
    }
}

#[test]
fn a_backslash_at_a_line_end_is_a_line_break() {
    assert_eq!(
        super::markdown::to_plain("First line\\\nsecond line"),
        "First line\nsecond line"
    );
}

#[test]
fn a_text_wrapped_as_an_email_keeps_every_line_of_its_paragraphs() {
    // The same articles with no Markdown, as a `.txt` saved from an e-mail at
    // 72 columns: a title line, a byline, then the wrapped paragraphs.
    for (path, _, paras, words) in WRAPPED {
        let all = super::markdown::to_plain(&paras.join("\n\n"));
        let plain: Vec<&str> = all.split("\n\n").filter(|p| !p.trim().is_empty()).collect();
        let mut text = "Talks in Algiers\n\nBy Jane Doe\n".to_string();
        for p in &plain {
            text.push('\n');
            text.push_str(&super::wrap::greedy(p, 72).join("\n"));
            text.push('\n');
        }
        let txt = path.replace(".md", ".txt");
        let a = &ingest(vec![(&txt, &text)])[0];
        for words in words {
            assert!(
                a.body.contains(words),
                "{txt}: `{words}` not in\n{}\nfrom\n{text}",
                a.body
            );
        }
    }
}
