//! Language detection with `whatlang`, restricted to the languages a corpus is
//! expected to hold.

use whatlang::{Detector, Lang};

/// Languages detection may answer, with their ISO 639-1 codes.
pub const LANGUAGES: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Fra, "fr"),
    (Lang::Ara, "ar"),
    (Lang::Rus, "ru"),
    (Lang::Spa, "es"),
    (Lang::Deu, "de"),
    (Lang::Ita, "it"),
];

/// Code used when no language can be told.
pub const UNDETERMINED: &str = "und";

/// How much text is looked at; enough for a confident answer, bounded for speed.
const SAMPLE_CHARS: usize = 20_000;

/// A detected language and the detector's confidence in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detected {
    pub lang: &'static str,
    pub confidence: f32,
}

/// Detects the language of `text`; `None` when there is too little text to tell.
pub fn detect(text: &str) -> Option<Detected> {
    let end = text
        .char_indices()
        .nth(SAMPLE_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let detector = Detector::with_allowlist(LANGUAGES.iter().map(|(l, _)| *l).collect());
    let info = detector.detect(&text[..end])?;
    let lang = LANGUAGES
        .iter()
        .find(|(l, _)| *l == info.lang())
        .map(|(_, c)| *c)?;
    Some(Detected {
        lang,
        confidence: info.confidence() as f32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language() {
        let cases = [
            ("en", "The foreign ministers met in Algiers on Tuesday to discuss military cooperation and gas exports to Europe."),
            ("fr", "Les ministres des Affaires étrangères se sont réunis mardi à Alger pour discuter de la coopération militaire."),
            ("ar", "التقى وزيرا الخارجية في الجزائر العاصمة يوم الثلاثاء لبحث التعاون العسكري وصادرات الغاز إلى أوروبا."),
            ("ru", "Министры иностранных дел встретились во вторник в Алжире, чтобы обсудить военное сотрудничество."),
            ("es", "Los ministros de Asuntos Exteriores se reunieron el martes en Argel para discutir la cooperación militar."),
            ("de", "Die Außenminister trafen sich am Dienstag in Algier, um über die militärische Zusammenarbeit zu sprechen."),
            ("it", "I ministri degli Esteri si sono incontrati martedì ad Algeri per discutere della cooperazione militare."),
        ];
        for (want, text) in cases {
            let d = detect(text).unwrap();
            assert_eq!(d.lang, want, "{text}");
            assert!(d.confidence > 0.0 && d.confidence <= 1.0);
        }
        assert_eq!(detect("12345 678"), None);
    }
}
