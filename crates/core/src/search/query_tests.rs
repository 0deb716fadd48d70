//! Tests of [`super::parse_query`]: every form, the typed last word, OR,
//! fields, and each problem named.

use super::*;

fn p(c: Clause, negated: bool) -> Part {
    Part {
        any_of: vec![c],
        negated,
    }
}

fn any(cs: Vec<Clause>) -> Part {
    Part {
        any_of: cs,
        negated: false,
    }
}

fn w(s: &str) -> Clause {
    Clause::Word(s.into())
}

fn parts(q: &str) -> Vec<Part> {
    let parsed = parse_query(q);
    assert!(parsed.problems.is_empty(), "{q:?}: {:?}", parsed.problems);
    parsed.parts
}

#[test]
fn each_form() {
    assert_eq!(
        parts(r#"Gas -Wagner "Africa Corps" pipe* -gaz* -"s-400" S-400 - * ... "#),
        vec![
            p(w("gas"), false),
            p(w("wagner"), true),
            p(Clause::Phrase(vec!["africa".into(), "corps".into()]), false),
            p(Clause::Prefix("pipe".into()), false),
            p(Clause::Prefix("gaz".into()), true),
            p(Clause::Phrase(vec!["s".into(), "400".into()]), true),
            p(Clause::Phrase(vec!["s".into(), "400".into()]), false),
        ]
    );
}

#[test]
fn scripts_elisions_and_unclosed_quotes() {
    assert_eq!(parts("l'Algérie "), vec![p(w("algerie"), false)]);
    assert_eq!(parts("الجزائرِ "), vec![p(w("الجزاير"), false)]);
    // An unclosed quote is a phrase being typed: its one-letter last word waits.
    assert_eq!(
        parts("\"Россия и"),
        vec![p(Clause::Phrase(vec!["россия".into()]), false)]
    );
    assert_eq!(
        parts("\"Россия и "),
        vec![p(Clause::Phrase(vec!["россия".into(), "и".into()]), false)]
    );
    assert_eq!(
        parts("\"gaz\""),
        vec![p(Clause::Phrase(vec!["gaz".into()]), false)]
    );
    assert!(parts("\"\" -\"\" \"").is_empty());
}

#[test]
fn the_last_bare_word_is_typed_until_a_space_follows() {
    let typed = |s: &str| Clause::Typed(s.into());
    assert_eq!(parts("Lavr"), vec![p(typed("lavr"), false)]);
    assert_eq!(
        parts("gas Tebbou"),
        vec![p(w("gas"), false), p(typed("tebbou"), false)]
    );
    assert_eq!(
        parts("gas Tebbou "),
        vec![p(w("gas"), false), p(w("tebbou"), false)]
    );
    assert_eq!(parts("الجز"), vec![p(typed("الجز"), false)]);
    assert_eq!(parts("Лавр"), vec![p(typed("лавр"), false)]);
    assert_eq!(parts("énergi"), vec![p(typed("energi"), false)]);
    // Not bare: excluded, prefix, closed quotes.
    assert_eq!(parts("-wag"), vec![p(w("wag"), true)]);
    assert_eq!(parts("gaz*"), vec![p(Clause::Prefix("gaz".into()), false)]);
    assert_eq!(
        parts("\"gaz\""),
        vec![p(Clause::Phrase(vec!["gaz".into()]), false)]
    );
    // A phrase being typed (quote still open): its last word is typed too.
    assert_eq!(parts("\"gaz"), vec![p(typed("gaz"), false)]);
    assert_eq!(
        parts("\"foreign minis"),
        vec![
            p(Clause::Phrase(vec!["foreign".into()]), false),
            p(typed("minis"), false)
        ]
    );
    assert_eq!(
        parts("-\"foreign minis"),
        vec![p(Clause::Phrase(vec!["foreign".into(), "minis".into()]), true)]
    );
    // One letter being typed is left out, in every script.
    for q in ["g", "ا", "Л", "é"] {
        assert!(parts(q).is_empty(), "{q}");
    }
    assert_eq!(parts("russia g"), vec![p(w("russia"), false)]);
    // The same letter followed by a space is a word as typed.
    assert_eq!(parts("g "), vec![p(w("g"), false)]);
}

#[test]
fn or_binds_tighter_than_and() {
    assert_eq!(parts("gas OR oil "), vec![any(vec![w("gas"), w("oil")])]);
    assert_eq!(
        parts("russia gas OR oil OR pétrole "),
        vec![p(w("russia"), false), any(vec![w("gas"), w("oil"), w("petrole")])]
    );
    assert_eq!(
        parts("\"gas deal\" OR pipeline* AND نفط "),
        vec![
            any(vec![
                Clause::Phrase(vec!["gas".into(), "deal".into()]),
                Clause::Prefix("pipeline".into())
            ]),
            p(w("نفط"), false)
        ]
    );
    // Lower-case `or` is a word (French "or", gold), kept as typed.
    assert_eq!(
        parts("réserves or "),
        vec![p(w("reserves"), false), p(w("or"), false)]
    );
    // NOT excludes like `-`.
    assert_eq!(
        parts("gas NOT wagner "),
        vec![p(w("gas"), false), p(w("wagner"), true)]
    );
}

#[test]
fn fields_title_and_source() {
    assert_eq!(
        parts("title:gaz source:RFI "),
        vec![
            p(Clause::Title(Box::new(w("gaz"))), false),
            p(Clause::Source(vec!["rfi".into()]), false)
        ]
    );
    assert_eq!(
        parts(r#"Title:"accord gazier" -source:"The New Arab" title:pipe* "#),
        vec![
            p(
                Clause::Title(Box::new(Clause::Phrase(vec!["accord".into(), "gazier".into()]))),
                false
            ),
            p(
                Clause::Source(vec!["the".into(), "new".into(), "arab".into()]),
                true
            ),
            p(Clause::Title(Box::new(Clause::Prefix("pipe".into()))), false),
        ]
    );
    assert_eq!(
        parts("title:Лавр"),
        vec![p(Clause::Title(Box::new(Clause::Typed("лавр".into()))), false)]
    );
    assert_eq!(
        parts("source:Échorouk OR source:TSA "),
        vec![any(vec![
            Clause::Source(vec!["echorouk".into()]),
            Clause::Source(vec!["tsa".into()])
        ])]
    );
    // Not fields: a time, a link.
    assert_eq!(
        parts("10:30 "),
        vec![p(Clause::Phrase(vec!["10".into(), "30".into()]), false)]
    );
    assert!(parse_query("https://example.com ").problems.is_empty());
}

#[test]
fn what_cannot_be_used_is_named() {
    let problems = |q: &str| parse_query(q).problems;
    let unknown = parse_query("author:Dupont gaz ");
    assert_eq!(
        unknown.problems,
        vec![QueryProblem::UnknownField {
            field: "author".into()
        }]
    );
    // Searched as plain words, never dropped.
    assert_eq!(
        unknown.parts[0],
        p(Clause::Phrase(vec!["author".into(), "dupont".into()]), false)
    );
    assert!(unknown.problems[0].message().contains("author:"));
    let dangling = |op: &str| QueryProblem::DanglingOperator { operator: op.into() };
    assert_eq!(problems("OR gas "), vec![dangling("OR")]);
    assert_eq!(problems("gas OR "), vec![dangling("OR")]);
    assert_eq!(problems("gas OR OR oil "), vec![dangling("OR")]);
    assert_eq!(
        parse_query("gas OR OR oil ").parts,
        vec![any(vec![w("gas"), w("oil")])]
    );
    assert_eq!(problems("gas AND "), vec![dangling("AND")]);
    assert_eq!(problems("gas NOT "), vec![dangling("NOT")]);
    // Still being typed: no notice yet.
    assert!(problems("gas OR").is_empty());
    assert!(problems("gas OR o").is_empty());
    assert_eq!(parse_query("gas OR o").parts, vec![p(w("gas"), false)]);
    assert_eq!(problems("-gas OR oil "), vec![QueryProblem::OrWithExclusion]);
    assert_eq!(
        parse_query("-gas OR oil ").parts,
        vec![p(w("gas"), true), p(w("oil"), false)]
    );
    assert_eq!(problems("russia (gas OR oil) "), vec![QueryProblem::Parentheses]);
    assert_eq!(
        parse_query("russia (gas OR oil) ").parts,
        vec![p(w("russia"), false), any(vec![w("gas"), w("oil")])]
    );
    assert_eq!(
        problems("title: source:\"\" gas "),
        vec![
            QueryProblem::EmptyField {
                field: "title".into()
            },
            QueryProblem::EmptyField {
                field: "source".into()
            }
        ]
    );
    // Each kind once, however often it occurs.
    assert_eq!(problems("(a) (b) (c) ").len(), 1);
    // A paste full of `word:` gives a few notices, every word still searched.
    let paste: String = (0..5000)
        .map(|i| format!("k{}x:mot{i} ", "a".repeat(i % 40)))
        .collect();
    let parsed = parse_query(&paste);
    assert_eq!(parsed.problems.len(), MAX_QUERY_PROBLEMS);
    assert_eq!(parsed.parts.len(), 5000);
}
