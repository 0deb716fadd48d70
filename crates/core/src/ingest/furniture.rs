//! Page furniture recognised by its shape, one line at a time, in any language:
//! menus and breadcrumbs (runs of short items between separators), share rows,
//! tag lists, cookie banners, copyright lines, comment counters, reading times,
//! newsletter pitches and "published/updated" stamps. Word lists are short cue words per language;
//! the shapes (separators, digits, a cue plus little else) carry the rest.

use crate::text::{fold, is_letter, is_letter_or_digit};
use std::sync::OnceLock;

/// Characters that separate the items of a menu, a breadcrumb or a share row.
const SEPARATORS: &[char] = &['|', '>', '›', '»', '·', '•', '/', '¦', '┃', '→'];

/// Share targets (each list `|`-separated): a line made only of these (and [`SHARE_WORDS`]) is a share row.
const SOCIAL: &str = "facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|mail|messenger|pinterest|\
reddit|vk|vkontakte|вконтакте|вк|одноклассники|viber|instagram|youtube|tiktok|rss|فيسبوك|\
تويتر|واتساب|تلغرام|تيليغرام|انستغرام|يوتيوب|لينكدان|print|imprimer|печать|طباعة";

/// Cue words that open a share row ("Share: ...", "Поделиться ...").
const SHARE_CUES: &str =
    "share|partager|partagez|поделиться|شارك|شاركوا|مشاركة|teilen|compartir|condividi|tweet|\
copy|copier|скопировать|نسخ";

/// Words that may fill a share row around targets and cues ("Share this article on").
const SHARE_WORDS: &str =
    "e|this|article|story|on|via|link|cet|sur|le|lien|эту|статью|статьей|на|в|ссылку|соцсетях|\
социальных|сетях|les|reseaux|sociaux|social|media|networks|with|your|friends|avec|vos|amis|\
с|друзьями|مع|اصدقائك|مواقع|التواصل|الاجتماعي|هذا|المقال|على|عبر|الرابط|البريد|الالكتروني";

/// Openings of a tag or topic list ("Tags: Algeria, Russia").
const TAG_CUES: &str =
    "tags|tag|topics|keywords|mots-cles|mots cles|themes|sujets|theme|теги|тэги|метки|темы|\
ключевые слова|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم|مواضيع|schlagworter|etiquetas|\
argomenti";

/// Cues of a cookie or consent banner (folded).
const COOKIE_CUES: &str = "cookie|temoins de connexion|traceurs|куки|ملفات تعريف الارتباط|الكوكيز|\
ملفات الارتباط";

/// Cues of a copyright or legal footer line (folded).
const COPYRIGHT_CUES: &str = "©|copyright|all rights reserved|tous droits reserves|все права защищены|\
جميع الحقوق محفوظة|الحقوق محفوظة|todos los derechos|alle rechte vorbehalten|\
tutti i diritti|reproduction interdite|toute reproduction|при цитировании|перепечатка|\
использование материалов";

/// Stems of "comment(s)" for comment counters ("12 comments", "Комментарии: 3").
const COMMENT_CUES: &str = "comment|коммент|تعليق|reaction|reagir|kommentar|comentario|commenti";

/// Cues of a reading time ("5 min read", "Lecture : 3 min", "Время чтения").
const READING_CUES: &str =
    "min read|minute read|minutes read|lecture|temps de lecture|время чтения|мин чтения|\
للقراءة|قراءة|lesezeit|lectura";

/// Openings of an audio player's label ("Listen to this story · 7 min").
const LISTEN_CUES: &str = "listen|ecouter|слушать|прослушать|استمع|استمعوا|استمع الى";

/// What an audio player reads out, when its label gives no duration ("Écouter cet article").
const ARTICLE_WORDS: [&str; 4] = ["article", "story", "стать", "مقال"];

/// Openings of a sentence asking readers for money ("Donate now.", "Faites un don").
const DONATION_CUES: &str = "donate|make a donation|support us|support our journalism|\
support independent journalism|faites un don|soutenez-nous|soutenez notre|поддержите|\
пожертвуйте|ادعمنا|ادعم الصحافة|تبرع";

/// Cues of a newsletter or channel pitch ("Sign up to our newsletter ...").
const NEWSLETTER_CUES: &str = "newsletter|abonnez-vous|inscrivez-vous|подпишитесь на|подписывайтесь на|\
النشرة البريدية|النشرة الإخبارية|اشترك في";

/// Openings of a publication stamp ("Published 12 March 2024, 10:32, updated ...").
const STAMP_CUES: &str =
    "published|updated|posted|publie|mis a jour|modifie|опубликовано|обновлено|обновлено:|نشر|\
تم النشر|اخر تحديث|تحديث";

/// The cue lists, folded once as lines are ([`fold`] changes Arabic and accented letters).
struct Cues {
    social: Vec<String>,
    share: Vec<String>,
    share_words: Vec<String>,
    tags: Vec<String>,
    cookie: Vec<String>,
    copyright: Vec<String>,
    comment: Vec<String>,
    reading: Vec<String>,
    stamp: Vec<String>,
    listen: Vec<String>,
    donation: Vec<String>,
    newsletter: Vec<String>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        // Cues are `|`-separated, as some span several words.
        let f = |list: &str| list.split('|').map(fold).collect();
        Cues {
            social: f(SOCIAL),
            share: f(SHARE_CUES),
            share_words: f(SHARE_WORDS),
            tags: f(TAG_CUES),
            cookie: f(COOKIE_CUES),
            copyright: f(COPYRIGHT_CUES),
            comment: f(COMMENT_CUES),
            reading: f(READING_CUES),
            stamp: f(STAMP_CUES),
            listen: f(LISTEN_CUES),
            donation: f(DONATION_CUES),
            newsletter: f(NEWSLETTER_CUES),
        }
    })
}

/// Whether `line` is page furniture by its shape alone.
pub fn is_furniture(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words == 0 || words > 80 {
        return false;
    }
    let folded = fold(line);
    let cues = cues();
    let contains = |list: &[String]| list.iter().any(|c| folded.contains(c.as_str()));
    is_separated_items(line)
        || is_share_row(&folded, cues)
        || has_cue_opening(&folded, &cues.tags, words, 40, true)
        || (words <= 60 && contains(&cues.cookie))
        || (words <= 25 && contains(&cues.copyright))
        || (words <= 4 && has_digit(line) && contains(&cues.comment))
        || (words <= 6 && has_digit(line) && contains(&cues.reading))
        || (words <= 20 && has_digit(line) && has_cue_opening(&folded, &cues.stamp, words, 20, false))
        || (words <= 30 && contains(&cues.newsletter))
        || (has_cue_opening(&folded, &cues.listen, words, 8, false)
            && (has_digit(line) || ARTICLE_WORDS.iter().any(|w| folded.contains(w))))
        || (words <= 8 && has_digit(line) && !line.chars().any(is_letter))
        || (words <= 25 && asks_for_donations(&folded, cues))
}

/// Whether one of the sentences of `folded` opens with a call for donations
/// (a pitch in the footer: "We depend on readers like you. Donate now.").
fn asks_for_donations(folded: &str, cues: &Cues) -> bool {
    folded
        .split(['.', '!', '?', ':'])
        .map(str::trim)
        .any(|sentence| has_cue_opening(sentence, &cues.donation, 0, 0, false))
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_numeric())
}

/// `folded` opens with one of `cues` as whole words (followed by `:` when `colon`).
fn has_cue_opening(folded: &str, cues: &[String], words: usize, max_words: usize, colon: bool) -> bool {
    words <= max_words
        && cues.iter().any(|c| {
            folded.strip_prefix(c.as_str()).is_some_and(|rest| {
                if colon {
                    rest.trim_start().starts_with([':', '：'])
                } else {
                    !rest.starts_with(is_letter_or_digit)
                }
            })
        })
}

/// Two or more separators between items of at most four words each, none a sentence,
/// some with letters and the others numbers (a date in a meta line):
/// "Accueil > International > Afrique", "Home | World | Politics", "World · 2024-05-02 · 3 min read".
fn is_separated_items(line: &str) -> bool {
    // A French quotation uses » once, after «: not a separator then.
    let separators: &[char] = if line.contains('«') {
        &SEPARATORS[..3]
    } else {
        SEPARATORS
    };
    let items: Vec<&str> = line
        .split(separators)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let count = line.chars().filter(|c| separators.contains(c)).count();
    // One breadcrumb arrow between two capitalised items: "World > Middle East".
    let crumb = count == 1
        && line.contains(['>', '›'])
        && items.len() == 2
        && items
            .iter()
            .all(|i| i.chars().next().is_some_and(char::is_uppercase));
    // Numbers, dates and times do not count as words: "Modifié le 06.09.2024 à 08:00".
    let max_words = items
        .iter()
        .map(|i| {
            i.split_whitespace()
                .filter(|w| w.chars().filter(|&c| is_letter(c)).count() > 1)
                .count()
        })
        .max()
        .unwrap_or(0);
    // Stamps on either side of one separator: "12.03.2024, 10:32 | Updated 14:05".
    let stamps = items
        .iter()
        .all(|i| i.chars().filter(|c| c.is_numeric()).count() >= 3);
    (count >= 2 || crumb || stamps)
        && items.len() >= 2
        && max_words <= 4
        && items.iter().all(|i| i.chars().any(is_letter_or_digit))
        && items.iter().any(|i| i.chars().any(is_letter))
        && !items.iter().any(|i| i.ends_with(['.', '?', '!', '؟']))
}

/// A share or follow row: only share targets, cues and filler words, with a
/// target or a cue among them ("Share: Facebook X", "Поделиться", "Twitter").
fn is_share_row(folded: &str, cues: &Cues) -> bool {
    let words: Vec<&str> = folded
        .split(|c: char| !is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[String], w: &str| list.iter().any(|c| c == w);
    let in_list = |w: &&str| has(&cues.social, w) || has(&cues.share, w);
    (1..=24).contains(&words.len())
        && words.iter().any(in_list)
        && words.iter().all(|w| in_list(w) || has(&cues.share_words, w))
}

#[cfg(test)]
#[path = "furniture_tests.rs"]
mod tests;
