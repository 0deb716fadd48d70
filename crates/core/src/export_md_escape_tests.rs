//! The round trip of articles whose text holds characters Markdown reads:
//! `.txt` files (where they are prose) → ingest → [`corpus_zip`] → ingest of the
//! `.md` files again, in English, French, Arabic and Russian. The export
//! escapes exactly those characters, so the articles come back the same.

use super::tests::{file, reingest};
use super::*;
use crate::ingest::ingest_files;

const EN: &str = "Markdown marks in a court report from Algiers
By John Smith (Reuters)

The judge said the *word* was **clear**, that _intent_ mattered and that ~~nothing~~ else did, in a ruling of 40 pages.

- The first witness, a clerk, read the file C:\\dossiers\\2024\\ and a note saying \\*not final\\* to the court.

> The defence quoted a line that read [the contract](annex-3) and ![seal](stamp.png) in full, before the break.

1. The prosecutor asked for 5 * 3 years, cited file_name and snake_case fields, and wrote x < y on the board.

# The court adjourned at noon after the clerk read the `sealed` list of <b>twelve</b> names & the <https://court.example.dz> address, &amp; more.
";

const FR: &str = "Des marques Markdown dans un compte rendu du procès
Par Amel Boubekeur

Le juge a estimé que le *mot* était **clair**, que l'_intention_ comptait et que le reste ne comptait pas, dans un arrêt de 40 pages.

- Le premier témoin, un greffier, a lu le dossier [sic] et une note portant la mention \\[brouillon\\] devant la cour.

> La défense a cité une ligne qui disait [le contrat](annexe-3) et [1]: http://cour.example.fr, avant la pause de midi.

+ Le procureur a requis 5 * 3 ans de prison et cité le champ nom_de_fichier, puis la cour s'est retirée pour délibérer.
";

const AR: &str = "علامات ماركداون في تقرير عن المحاكمة
بقلم سمير بن علي

قال القاضي إن *الكلمة* كانت **واضحة** وإن _النية_ هي الأهم، في حكم من أربعين صفحة صدر في الجزائر العاصمة يوم الثلاثاء.

- قرأ الشاهد الأول الملف [المرفق](ملحق-3) وملاحظة كتب فيها \\*غير نهائي\\* أمام المحكمة، ثم رفعت الجلسة.

> ونقل الدفاع سطرا جاء فيه `مختوم` و<span>اثنا عشر</span> اسما قبل الاستراحة، وفق ما أفادت به وكالة الأنباء.
";

const RU: &str = "Знаки Markdown в репортаже из суда
Автор: Ирина Петрова

Судья заявил, что *слово* было **ясным**, что _умысел_ важен, а ~~остальное~~ нет, в решении на сорока страницах.

- Первый свидетель прочитал файл C:\\дела\\2024 и записку «\\*не окончательно\\*» перед судом в Москве.

> Защита процитировала строку [договор](приложение-3) и ![печать](печать.png) полностью, до перерыва.

1) Прокурор попросил 5 * 3 года, упомянул поле имя_файла, а затем суд удалился на совещание.
";

#[test]
fn bodies_with_markdown_characters_come_back_unchanged() {
    let texts = [("en.txt", EN), ("fr.txt", FR), ("ar.txt", AR), ("ru.txt", RU)];
    let first = ingest_files(texts.iter().map(|(p, t)| file(p, t)).collect());
    assert_eq!(first.problems, []);
    let articles = &first.corpus.articles;
    // The bodies hold what the test is about (the cleaner kept those lines).
    let all: String = articles.iter().map(|a| a.body.as_str()).collect();
    for held in [
        "*word*",
        "**clear**",
        "_intent_",
        "- The first",
        "> The defence",
        "1. The",
        "# The court",
        "\\*not",
        "](",
        "![",
        "`",
        "<b>",
        "&amp;",
        "[1]: http",
        "+ Le",
        "1) ",
        "C:\\дела",
    ] {
        assert!(all.contains(held), "`{held}` not in the bodies:\n{all}");
    }
    let zip = corpus_zip(articles, None, None);
    let second = reingest(&zip);
    assert_eq!(second.problems, []);
    for (a, b) in articles.iter().zip(&second.corpus.articles) {
        assert_eq!(a.id, b.id);
        assert_eq!(
            (&a.title, &a.body, &a.captions),
            (&b.title, &b.body, &b.captions),
            "{}",
            a.id
        );
        assert_eq!(
            (&a.author, &a.lang, a.words),
            (&b.author, &b.lang, b.words),
            "{}",
            a.id
        );
    }
    // Prose marks are written as they are; only what Markdown would read is escaped.
    let en = article_markdown(&articles[1]);
    for plain in [
        "5 * 3 years",
        "file_name and snake_case",
        "x < y",
        // A number opening a line is text, as a rendered list shows it.
        "1. The",
        " & the",
        "C:\\dossiers\\2024\\ and",
    ] {
        assert!(en.contains(plain), "`{plain}` escaped in:\n{en}");
    }
    for escaped in [
        "\\*word\\*",
        "\\- The first",
        "\\> The defence",
        "\\# The court",
        "\\\\\\*not",
        "[the contract\\](annex-3)",
    ] {
        assert!(en.contains(escaped), "`{escaped}` not in:\n{en}");
    }
}
