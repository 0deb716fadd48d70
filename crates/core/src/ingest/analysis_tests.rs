//! Tests of topics and entities on text written for them in four languages.

use super::entities::parse_gazetteer;
use super::topics::parse_taxonomy;

const TAXONOMY: &str = r#"
threshold = 1.0
[[topic]]
slug = "energy"
labels = { en = "Energy", fr = "Énergie" }
cues = { en = ["gas", "oil", "pipeline"], fr = ["gaz", "pétrole", "gazoduc"], ar = ["الغاز", "النفط", "أنبوب"], ru = ["газ", "нефть", "газопровод"] }
[[topic]]
slug = "defense"
labels = { en = "Defence" }
cues = { en = ["military", "arms", "exercise"], fr = ["militaire", "armes", "exercice"], ar = ["عسكري", "أسلحة", "مناورات"], ru = ["военный", "оружие", "учения"] }
"#;

#[test]
fn topics_in_each_language() {
    let tax = parse_taxonomy(TAXONOMY.as_bytes()).unwrap();
    let cases = [
        (
            "en",
            "Gas deal signed",
            "Algeria will sell more gas to Europe. A new pipeline and oil fields were discussed.",
        ),
        (
            "fr",
            "Accord sur le gaz",
            "L'Algérie vendra plus de gaz à l'Europe. Un nouveau gazoduc et le pétrole ont été discutés.",
        ),
        (
            "ar",
            "اتفاق على الغاز",
            "ستبيع الجزائر المزيد من الغاز إلى أوروبا وتمت مناقشة أنبوب جديد وحقول النفط",
        ),
        (
            "ru",
            "Соглашение по газу",
            "Алжир будет продавать больше газа в Европу. Обсуждались новый газопровод и нефть.",
        ),
    ];
    for (lang, title, body) in cases {
        let topics = tax.assign(title, body, lang);
        assert_eq!(topics.len(), 1, "{lang}: {topics:?}");
        assert_eq!(topics[0].slug, "energy", "{lang}");
        assert!(topics[0].score >= 1.0);
    }
}

#[test]
fn weak_evidence_gives_no_topic() {
    let tax = parse_taxonomy(TAXONOMY.as_bytes()).unwrap();
    let body = "The ministers talked about many things over a long lunch in the capital. ".repeat(20);
    assert!(tax
        .assign(
            "Talks in the capital",
            &format!("{body} They also mentioned gas."),
            "en"
        )
        .is_empty());
    // one cue only, however often, is not enough
    assert!(tax.assign("Talks", "gas gas gas gas gas", "en").is_empty());
}

#[test]
fn a_title_hit_weighs_more_than_a_body_hit() {
    let tax = parse_taxonomy(TAXONOMY.as_bytes()).unwrap();
    let filler = "The delegation toured the old town and met students at the university. ".repeat(15);
    let body = format!("{filler} Gas and oil were mentioned.");
    assert!(tax.assign("A visit to the capital", &body, "en").is_empty());
    let topics = tax.assign("Gas and oil on the table", &body, "en");
    assert_eq!(topics.len(), 1, "{topics:?}");
    assert_eq!(topics[0].slug, "energy");
}

#[test]
fn a_word_inside_a_longer_cue_counts_for_that_cue_only() {
    let tax = parse_taxonomy(
        r#"
[[topic]]
slug = "defense"
cues = { en = ["military", "army"] }
[[topic]]
slug = "ukraine-war"
cues = { en = ["special military operation", "Ukraine"] }
"#
        .as_bytes(),
    )
    .unwrap();
    let body = "Moscow says its special military operation in Ukraine will go on. \
                The army of Ukraine holds. The special military operation began in 2022.";
    let slugs: Vec<String> = tax.assign("", body, "en").into_iter().map(|t| t.slug).collect();
    // "military" inside the phrase is not a defence cue, so defence has one cue only.
    assert_eq!(slugs, ["ukraine-war"]);
    let body = "The military and the army of Ukraine; the special military operation.";
    let slugs: Vec<String> = tax.assign("", body, "en").into_iter().map(|t| t.slug).collect();
    assert!(slugs.contains(&"defense".to_string()), "{slugs:?}");
}

#[test]
fn bad_taxonomy_files_name_the_line() {
    let e = parse_taxonomy(b"[[topic]]\nslug = \"a\"\nlabels = 3\n").unwrap_err();
    assert_eq!(e.line, Some(3), "{e:?}");
    let e = parse_taxonomy(b"[[topic]]\nslug = \"a\"\n[[topic]]\nslug = \"a\"\n").unwrap_err();
    assert!(e.reason.contains("twice"));
    assert!(parse_taxonomy(b"[[topic]\n").unwrap_err().line.is_some());
}

const GAZETTEER: &str = r#"
[[entity]]
name = "Saïd Chanegriha"
kind = "person"
aliases = ["Chengriha", "Chanegriha", "Шенгриха", "شنقريحة"]
[[entity]]
name = "Sergey Lavrov"
kind = "person"
aliases = ["Lavrov", "Лавров", "لافروف"]
[[entity]]
name = "Vladimir Putin"
kind = "person"
aliases = ["Putin", "Poutine", "Путин", "بوتين"]
[[entity]]
name = "Algeria"
kind = "place"
aliases = ["Algérie", "Алжир", "الجزائر"]
[[entity]]
name = "Russia"
kind = "place"
aliases = ["Russie", "Россия", "روسيا"]
[[entity]]
name = "Wagner Group"
kind = "org"
aliases = ["Wagner", "Groupe Wagner"]
[[entity]]
name = "United Nations"
kind = "org"
aliases = ["UN", "ONU", "ООН"]
"#;

fn counts(text: &str) -> Vec<(String, u32)> {
    let g = parse_gazetteer(GAZETTEER.as_bytes()).unwrap();
    let mut v: Vec<(String, u32)> = g.count(text).into_iter().map(|m| (m.name, m.count)).collect();
    v.sort();
    v
}

fn pairs(v: &[(&str, u32)]) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = v.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    v.sort();
    v
}

#[test]
fn entity_variants_across_scripts() {
    assert_eq!(
        counts("General Chengriha met Lavrov. Chanegriha said Algeria's army and Russia's army... Poutine agreed."),
        pairs(&[("Saïd Chanegriha", 2), ("Sergey Lavrov", 1), ("Algeria", 1), ("Russia", 1), ("Vladimir Putin", 1)])
    );
    assert_eq!(
        counts("Путин принял Лаврова. Глава Алжира и генерал Шенгриха обсудили отношения России и Алжира с Путиным."),
        pairs(&[("Vladimir Putin", 2), ("Sergey Lavrov", 1), ("Algeria", 2), ("Saïd Chanegriha", 1), ("Russia", 1)])
    );
    assert_eq!(
        counts("التقى بوتين ولافروف بالفريق شنقريحة في الجزائر وقال إن روسيا والجزائر شريكان وللجزائر دور"),
        pairs(&[
            ("Vladimir Putin", 1),
            ("Sergey Lavrov", 1),
            ("Saïd Chanegriha", 1),
            ("Algeria", 3),
            ("Russia", 1)
        ])
    );
    assert_eq!(
        counts("L'Algérie et la Russie, avec l'ONU. Le groupe Wagner est présent."),
        pairs(&[
            ("Algeria", 1),
            ("Russia", 1),
            ("United Nations", 1),
            ("Wagner Group", 1)
        ])
    );
}

#[test]
fn word_boundaries_and_acronyms() {
    // "un" in French is not the UN; "Putinism" is not Putin; "Algerian" is not Algeria.
    assert_eq!(
        counts("Un accord, une visite. Putinism and Algerian politics."),
        vec![]
    );
    assert_eq!(
        counts("The UN-backed government and the Wagner Group."),
        pairs(&[("United Nations", 1), ("Wagner Group", 1)])
    );
    assert_eq!(counts("Путинизм и алжирский"), vec![]);
}

#[test]
fn bad_gazetteer_files_name_the_line() {
    let e = parse_gazetteer(b"[[entity]]\nname = \"X\"\nkind = \"person\"\naliases = \"X\"\n").unwrap_err();
    assert_eq!(e.line, Some(4), "{e:?}");
    let e = parse_gazetteer(b"[[entity]]\nname = \"X\"\n").unwrap_err();
    assert!(e.reason.contains("kind"), "{e:?}");
}
