//! Stop words per language, compared in folded form.

use super::fold::fold;
use std::collections::HashSet;
use std::sync::OnceLock;

const EN: &str = "a about above after again against all am an and any are aren't as at be because been before \
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during \
each few for from further had hadn't has hasn't have haven't having he he'd he'll her here hers herself him himself \
his how i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not \
of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll should shouldn't so \
some such than that that's the their theirs them themselves then there there's these they they'd they'll they're \
they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's \
when when's where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll \
you're you've your yours yourself yourselves also said says";

const FR: &str = "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me même \
mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos \
votre vous c d j l à m n s t y été étée étées étés étant suis es est sommes êtes sont serai seras sera serons serez \
seront serais serait serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit \
soyons soyez soient fusse fusses fût fussions fussiez fussent ayant eu eue eues eus ai as avons avez ont aurai \
auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eûmes \
eûtes eurent aie aies ait ayons ayez aient eusse eusses eût eussions eussiez eussent ceci cela celà cet cette ici \
ils les leurs quel quels quelle quelles sans soi dont lors entre comme plus aussi selon";

const ES: &str = "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o \
este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno \
les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho \
quienes nada muchos cual poco ella estar estas algunas algo nosotros es son fue ha han era";

const DE: &str = "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes \
auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß du dein deine er es ein eine einem \
einen einer eines für hat hatte hatten hier ich ihr ihre im in ist ja kein keine mit man mich mir nach nicht noch \
nun nur ob oder sein seine sich sie sind so über um und uns unter vom von vor war waren was weil wenn wer wie wir \
wird wurde wurden zu zum zur zwischen";

const IT: &str = "ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di \
del dello dei degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull \
sugl sulla sulle per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro \
nostra nostri nostre il lo la i gli le un uno una ma ed se perché anche come dove che chi cui non più quale quanto \
quanti quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti a c e o è ha hanno sono \
era erano stato stata";

const RU: &str = "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне \
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять \
уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего \
раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее \
сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про \
всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более \
всегда конечно всю между это также";

const AR: &str = "في من إلى على عن مع أن إن كان كانت هذا هذه ذلك تلك التي الذي الذين اللذان اللتان هو هي هم \
هما نحن أنت أنا لا لم لن ما ماذا هل قد كل بعض بين حيث حتى ثم أو أم بل لكن و ف ب ل ك عند منذ خلال حول دون ضد غير \
سوف أي إذا إذ كما لقد وقد فقد وفي ومن وعلى وإلى وأن وهو وهي وهذا وهذه ولا وكان وكانت أيضا قال وقال";

/// More function words per language, counted by [`is_function_word`] (jusText's
/// stop-word density when cleaning) but not dropped from the search index, so
/// that adding them changes no query's results.
const EXTRA: &[(&str, &str)] = &[
    ("en", "its may might must shall would which while since among per upon"),
    ("fr", "depuis après avant contre chez vers sous tout tous toute toutes très encore déjà ainsi donc \
alors si non deux leur été selon lors"),
    ("ar", "أنه أنها إنه إنها بأن لأن وإن به بها له لها فيه فيها منه منها عليه عليها إليه إليها عنه عنها لدى \
عبر ضمن نحو أمام بعد قبل حين عندما بينما كذلك هناك هنا ذات التى هؤلاء أولئك يكون تكون ومع وبين وعن ولم ولن وما \
وكل وفيما فيما مما بما يمكن أكثر أقل جدا وأضاف أضاف وأكد أكد يوم"),
    ("ru", "которые который которая которое которых этих эти своих свои чтобы однако этом также будут стал \
стала стали сообщил сообщила заявил"),
    ("es", "sobre entre desde hasta según"),
    ("de", "einem einer eines seit gegen ohne durch"),
    ("it", "dopo prima contro senza sotto secondo"),
];

fn raw(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "en" => EN,
        "fr" => FR,
        "es" => ES,
        "de" => DE,
        "it" => IT,
        "ru" => RU,
        "ar" => AR,
        _ => return None,
    })
}

const LANGS: [&str; 7] = ["en", "fr", "es", "de", "it", "ru", "ar"];

fn sets() -> &'static [(&'static str, HashSet<String>)] {
    static SETS: OnceLock<Vec<(&'static str, HashSet<String>)>> = OnceLock::new();
    SETS.get_or_init(|| {
        LANGS
            .iter()
            .map(|&l| (l, raw(l).unwrap_or("").split_whitespace().map(fold).collect()))
            .collect()
    })
}

/// Whether `folded_term` (already passed through [`fold`]) is a stop word of `lang`.
///
/// Languages with lists: `en`, `fr`, `es`, `de`, `it`, `ru`, `ar`; any other
/// language has no stop words.
pub fn is_stop_word(folded_term: &str, lang: &str) -> bool {
    sets()
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, set)| set.contains(folded_term))
}

fn extra_sets() -> &'static [(&'static str, HashSet<String>)] {
    static SETS: OnceLock<Vec<(&'static str, HashSet<String>)>> = OnceLock::new();
    SETS.get_or_init(|| {
        EXTRA
            .iter()
            .map(|&(l, words)| (l, words.split_whitespace().map(fold).collect()))
            .collect()
    })
}

/// Whether `folded_term` is a function word of `lang`: a stop word, or one of
/// the further words of [`EXTRA`]. For measuring how much a line reads like
/// running text; the index uses [`is_stop_word`] only.
pub fn is_function_word(folded_term: &str, lang: &str) -> bool {
    is_stop_word(folded_term, lang)
        || extra_sets()
            .iter()
            .find(|(l, _)| *l == lang)
            .is_some_and(|(_, set)| set.contains(folded_term))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_list() {
        assert!(is_stop_word("the", "en"));
        assert!(!is_stop_word("the", "fr"));
        assert!(is_stop_word("etait", "fr")); // folded form of "était"
        assert!(is_stop_word("и", "ru"));
        assert!(is_stop_word("еще", "ru")); // folded form of "ещё"
        assert!(is_stop_word("في", "ar"));
        assert!(is_stop_word("الي", "ar")); // folded form of "إلى"
        assert!(!is_stop_word("algerie", "fr"));
        assert!(!is_stop_word("the", "xx"));
        assert!(is_function_word("depuis", "fr") && !is_stop_word("depuis", "fr"));
        assert!(is_function_word("الي", "ar") && is_function_word("عليها", "ar"));
        assert!(is_function_word("которые", "ru") && !is_function_word("газ", "ru"));
    }
}
