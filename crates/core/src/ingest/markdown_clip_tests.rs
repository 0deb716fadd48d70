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
