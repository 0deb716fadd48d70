//! The words dates are written with: month names (Gregorian and Hijri), the small
//! words between a date's parts, and the words that announce or surround a date.

/// Gregorian month names (and abbreviations) by month, lower case. Arabic has
/// two series: Egyptian/Gulf and Maghreb names (أبريل, أفريل) and Levantine ones
/// (نيسان, the two-word كانون الثاني). Russian has nominative and genitive forms.
#[rustfmt::skip]
pub const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "janvier", "janv", "enero", "januar", "jänner", "gennaio", "января", "январь", "янв", "يناير", "جانفي", "كانون الثاني"],
    &["february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "februar", "febbraio", "февраля", "февраль", "фев", "فبراير", "فيفري", "شباط"],
    &["march", "mar", "mars", "marzo", "märz", "marz", "maerz", "марта", "март", "مارس", "آذار", "اذار"],
    &["april", "apr", "avril", "avr", "abril", "aprile", "апреля", "апрель", "апр", "أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان"],
    &["may", "mai", "mayo", "maggio", "мая", "май", "مايو", "ماي", "أيار", "ايار"],
    &["june", "jun", "juin", "junio", "juni", "giugno", "июня", "июнь", "يونيو", "يونيه", "جوان", "حزيران"],
    &["july", "jul", "juillet", "juil", "julio", "juli", "luglio", "июля", "июль", "يوليو", "يوليه", "جويلية", "تموز"],
    &["august", "aug", "août", "aout", "agosto", "августа", "август", "авг", "أغسطس", "اغسطس", "أوت", "اوت", "آب"],
    &["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "сентября", "сентябрь", "сен", "سبتمبر", "أيلول", "ايلول"],
    &["october", "oct", "octobre", "octubre", "oktober", "ottobre", "октября", "октябрь", "окт", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    &["november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя", "نوفمبر", "تشرين الثاني"],
    &["december", "dec", "décembre", "decembre", "déc", "diciembre", "dezember", "dicembre", "декабря", "декабрь", "дек", "ديسمبر", "كانون الأول", "كانون الاول"],
];

/// Hijri month names (without diacritics; one or two words). A Hijri date is
/// recognised only to be skipped: the Gregorian date usually follows it.
pub const HIJRI_MONTHS: &[&str] = &[
    "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى",
    "جمادى الاولى", "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال",
    "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
];

/// Small words that may sit between the parts of a date (`3 de enero de 2025`,
/// `12 ноября 2024 г.`, `٩ أبريل ٢٠٢٥م`, `9 شوال 1446 هـ`).
pub const FILLERS: &[&str] = &[
    "de", "del", "of", "the", "er", "st", "nd", "rd", "th", "г", "года", "год", "م", "ه",
];

/// Words that open a publication-date announcement, longest first within a language.
pub const PUBLISHED: &[&str] = &[
    "date of publication", "published on", "published", "posted on", "posted", "dated", "date",
    "publié le", "publié", "paru le", "publicado el", "publicado", "veröffentlicht am",
    "veröffentlicht", "pubblicato il", "pubblicato", "تاريخ النشر", "نشر بتاريخ", "نشر في",
    "نشر", "بتاريخ", "التاريخ", "дата публикации", "опубликовано", "дата",
];

/// Words that open a last-modified date: taken only when nothing better is found.
pub const UPDATED: &[&str] = &[
    "last updated", "last modified", "updated on", "updated", "mis à jour le", "mis à jour",
    "modifié le", "actualizado el", "actualizado", "aktualisiert am", "aktualisiert",
    "aggiornato il", "aggiornato", "آخر تحديث", "تم التحديث", "обновлено", "изменено",
];

/// Words that open a byline; a date may follow the name on the same line.
pub const BYLINE: &[&str] = &[
    "by", "par", "por", "von", "di", "texte", "автор", "текст", "بقلم", "كتب", "كتبت", "إعداد",
];

/// Words that may share a line (or a meta-line part) with a date without making
/// it a sentence: weekdays, times, `le`/`on`, `الموافق` between a Hijri and a
/// Gregorian date.
pub const LINE_FILLERS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "le", "el", "am", "il", "on", "at", "à", "a", "um", "alle", "в", "gmt", "utc", "pm", "h",
    "uhr", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "cet", "cest", "мск",
    "updated", "published", "publié", "mis", "jour", "понедельник", "вторник", "среда",
    "четверг", "пятница", "суббота", "воскресенье", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد", "الموافق", "ه",
    "م", "ص", "مساء", "صباحا", "بتوقيت", "غرينتش",
];

/// Time zones written only by US outlets: evidence that `04/05/2025` is month first.
pub const US_ZONES: &[&str] = &["et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt"];
