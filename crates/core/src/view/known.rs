//! Drops the `lang`, `topic`, `source` and `entity` values of a URL that this
//! dossier does not have: a well-formed but unknown value would otherwise filter silently to
//! nothing (`lang=de` on an English–French dossier, a mistyped topic).

use super::{Notice, ViewState};

/// How many unknown values one notice lists before "and N more": a crafted
/// URL with thousands of values makes one short notice, not thousands.
const LISTED: usize = 3;

impl ViewState {
    /// Removes the languages not in `langs` and the topics not in `topics`,
    /// with one notice per parameter naming the first few dropped values.
    pub fn drop_unknown(&mut self, langs: &[&str], topics: &[&str]) -> Vec<Notice> {
        let mut notices = Vec::new();
        let lang_reason = format!("this dossier has articles in {}", langs.join(", "));
        if let Some(n) = drop_values(&mut self.lang, langs, "lang", lang_reason) {
            notices.push(n);
        }
        let topic_reason = format!("this dossier's topics are {}", topics.join(", "));
        if let Some(n) = drop_values(&mut self.topic, topics, "topic", topic_reason) {
            notices.push(n);
        }
        notices
    }

    /// Removes the outlets not in `sources` and the entities not in
    /// `entities` (canonical names), with one notice per parameter.
    pub fn drop_unknown_names(&mut self, sources: &[&str], entities: &[&str]) -> Vec<Notice> {
        let mut notices = Vec::new();
        let reason = "no article of this dossier comes from this outlet".to_string();
        if let Some(n) = drop_values(&mut self.source, sources, "source", reason) {
            notices.push(n);
        }
        let reason = "not a person, place or organisation of this dossier's gazetteer".to_string();
        if let Some(n) = drop_values(&mut self.entity, entities, "entity", reason) {
            notices.push(n);
        }
        notices
    }
}

/// Keeps the `values` found in `known`; one notice for the rest, if any.
fn drop_values(values: &mut Vec<String>, known: &[&str], param: &str, reason: String) -> Option<Notice> {
    let (kept, dropped): (Vec<String>, Vec<String>) =
        values.drain(..).partition(|v| known.contains(&v.as_str()));
    *values = kept;
    if dropped.is_empty() {
        return None;
    }
    let mut value = dropped.iter().take(LISTED).cloned().collect::<Vec<_>>().join(",");
    if dropped.len() > LISTED {
        value.push_str(&format!(" (+{} more)", dropped.len() - LISTED));
    }
    Some(Notice {
        param: param.into(),
        value,
        reason: format!("not in this dossier ({reason})"),
    })
}

/// Merges the notices of one parameter and reason into one, listing the first
/// [`LISTED`] values: 100,000 malformed `lang` values made 100,000 notices and
/// 1.6 s per keystroke. Notices keep the order of their first value.
pub(super) fn coalesce(notices: Vec<Notice>) -> Vec<Notice> {
    let mut out: Vec<(Notice, usize)> = Vec::new();
    let mut at: std::collections::HashMap<(String, String), usize> = Default::default();
    for n in notices {
        match at.get(&(n.param.clone(), n.reason.clone())) {
            Some(&i) => {
                let (first, count) = &mut out[i];
                if *count < LISTED {
                    first.value.push(',');
                    first.value.push_str(&n.value);
                }
                *count += 1;
            }
            None => {
                at.insert((n.param.clone(), n.reason.clone()), out.len());
                out.push((n, 1));
            }
        }
    }
    out.into_iter()
        .map(|(mut n, count)| {
            if count > LISTED {
                n.value.push_str(&format!(" (+{} more)", count - LISTED));
            }
            n
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_values_make_one_notice_per_parameter_and_reason() {
        let langs: Vec<String> = (0..100_000).map(|i| format!("x{i}")).collect();
        let query = format!(
            "lang={}&topic=Énergie,Газ&lang=fr&from=2024-13&q=gaz",
            langs.join(",")
        );
        let (v, notices) = ViewState::parse(&query);
        assert_eq!(v.lang, ["fr"]);
        let shown: Vec<String> = notices.iter().map(ToString::to_string).collect();
        assert_eq!(notices.len(), 3, "{shown:?}");
        assert_eq!(notices[0].param, "lang");
        assert_eq!(notices[0].value, "x0,x1,x2 (+99997 more)");
        assert_eq!(
            (notices[1].param.as_str(), notices[1].value.as_str()),
            ("topic", "Énergie,Газ")
        );
        assert_eq!(notices[2].param, "from");
    }

    #[test]
    fn unknown_values_are_dropped_with_one_notice_per_parameter() {
        let (mut v, notices) = ViewState::parse("lang=en,de,xx&topic=energy,enrgy&q=gas");
        assert!(notices.is_empty(), "well-formed values pass the URL parser");
        let notices = v.drop_unknown(&["ar", "en", "fr", "ru"], &["defense", "energy"]);
        assert_eq!(v.lang, ["en"]);
        assert_eq!(v.topic, ["energy"]);
        assert_eq!(v.q, "gas");
        assert_eq!(notices.len(), 2);
        assert_eq!(
            (notices[0].param.as_str(), notices[0].value.as_str()),
            ("lang", "de,xx")
        );
        assert!(notices[0].reason.contains("ar, en, fr, ru"), "{}", notices[0]);
        assert_eq!(
            (notices[1].param.as_str(), notices[1].value.as_str()),
            ("topic", "enrgy")
        );
    }

    #[test]
    fn thousands_of_values_make_one_short_notice() {
        let many: Vec<String> = (0..5000).map(|i| format!("t{i}")).collect();
        let (mut v, _) = ViewState::parse(&format!("topic={}", many.join(",")));
        let notices = v.drop_unknown(&["en"], &["energy"]);
        assert!(v.topic.is_empty());
        assert_eq!(notices.len(), 1);
        assert!(notices[0].value.ends_with("(+4997 more)"), "{}", notices[0].value);
        assert!(notices[0].to_string().len() < 200);
    }

    #[test]
    fn unknown_names_are_dropped_with_one_notice_per_parameter() {
        let (mut v, notices) =
            ViewState::parse("source=RFI,Le%20Monde,Fox&entity=Sergey%20Lavrov,Lavrov,Nobody,Wagner%20Group");
        assert!(notices.is_empty());
        let notices = v.drop_unknown_names(&["RFI", "TASS"], &["Sergey Lavrov", "Wagner Group"]);
        assert_eq!(v.source, ["RFI"]);
        assert_eq!(v.entity, ["Sergey Lavrov", "Wagner Group"]);
        assert_eq!(notices.len(), 2);
        assert_eq!(
            (notices[0].param.as_str(), notices[0].value.as_str()),
            ("source", "Fox,Le Monde")
        );
        // An alias is not a canonical name: the link names the canonical one.
        assert_eq!(
            (notices[1].param.as_str(), notices[1].value.as_str()),
            ("entity", "Lavrov,Nobody")
        );
        assert!(v
            .drop_unknown_names(&["RFI"], &["Sergey Lavrov", "Wagner Group"])
            .is_empty());
    }

    #[test]
    fn known_values_give_no_notice() {
        let (mut v, _) = ViewState::parse("lang=fr&topic=energy");
        assert!(v.drop_unknown(&["en", "fr"], &["energy"]).is_empty());
        assert_eq!(v.lang, ["fr"]);
    }
}
