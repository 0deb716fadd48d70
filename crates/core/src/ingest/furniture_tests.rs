//! Tests of [`super::is_furniture`] on lines written for them in several languages.

use super::*;

#[test]
fn furniture_shapes_in_each_language() {
    for l in [
        "Accueil > International > Afrique",
        "Home | World | Africa | Politics | Business",
        "الرئيسية › أخبار › المغرب العربي",
        "Главная / Политика / Ближний Восток",
        "Share: Facebook Twitter WhatsApp Email",
        "Partager : Facebook X LinkedIn E-mail",
        "Поделиться: ВКонтакте Telegram Одноклассники",
        "شارك: فيسبوك تويتر واتساب",
        "Facebook",
        "Tags: Algeria, Russia, Gas, Energy",
        "Mots-clés : Algérie, Russie",
        "Теги: Алжир, Россия",
        "الكلمات المفتاحية: الجزائر، روسيا",
        "We use cookies to improve your experience. By continuing, you accept our use of cookies.",
        "Nous utilisons des cookies pour mesurer l'audience. Accepter",
        "© 2024 Daily Courier. All rights reserved.",
        "Все права защищены © 2024",
        "جميع الحقوق محفوظة © 2024",
        "12 comments",
        "Commentaires (3)",
        "Комментарии: 5",
        "5 min read",
        "Lecture : 4 min",
        "Published 12 March 2024, 10:32, updated 14:05",
        "Publié le 12 mars 2024 à 10h32, mis à jour le 12 mars 2024 à 14h05",
        "Sign up to our daily newsletter and get the best of our reporting every morning.",
        "Abonnez-vous à notre lettre d'information.",
        "Подпишитесь на наш канал в Telegram, чтобы не пропустить главное.",
        "اشترك في النشرة البريدية لتصلك آخر الأخبار",
    ] {
        assert!(is_furniture(l), "{l}");
    }
}

#[test]
fn sentences_and_headings_are_not_furniture() {
    for l in [
        "« Nous voulons la paix », a déclaré le ministre. » Puis il est parti.",
        "The share of gas in exports rose to 90% in 2023, the ministry said.",
        "Partager le fardeau de la dette est une idée ancienne au sein de l'Union africaine.",
        "Role of Algeria",
        "The committee published its report on 12 March after two years of work.",
        "Bilateral trade reached $3 billion in 2021 / 2022, officials said.",
        "Он сказал, что комментарии будут позже.",
        "وقال الوزير إن التعاون بين البلدين سيستمر",
        "Un dialogue politique renforcé",
    ] {
        assert!(!is_furniture(l), "{l}");
    }
}

#[test]
fn meta_lines_audio_players_and_bare_stamps_are_furniture() {
    for l in [
        "Defence · 2023-05-09 · 3 min read",
        "07/02/2024 à 11h20 | Actualisé le 08/02/2024 à 09h05",
        "21.06.2023, 18:02",
        "٢٠٢٤/٠٣/١٤",
        "Listen to this story · 6 min",
        "Listen to this article",
        "Écouter l'article · 3 min",
        "Слушать статью · 4 мин",
        "استمع إلى المقال 5 دقائق",
        "Share this story with your friends",
        "Partagez cet article sur les réseaux sociaux",
        "Politics > Horn of Africa",
        "Le 05.09.2024 à 16:40 · Modifié le 06.09.2024 à 08:00",
        "The Lagos Ledger depends on readers like you. Donate now.",
        "Ce site vit grâce à ses lecteurs. Faites un don !",
        "Поддержите наш проект: каждый рубль важен.",
        "ادعمنا لنواصل العمل الصحفي المستقل",
    ] {
        assert!(is_furniture(l), "{l}");
    }
    for l in [
        "Listen to what the farmers say, the minister told parliament on Tuesday in Nairobi.",
        "Listen carefully",
        "Exports rose 12% in 2023 / 2024, to 4.2 million tonnes, the ministry said.",
        "2 > 1 is all he wrote",
        "Sales > 5 per cent",
        "Gulf states donate $2 billion to Egypt's central bank, officials said.",
        "Soutenu par Moscou, le régime militaire a renforcé son contrôle sur le nord.",
        "Он поддержал эту инициативу на встрече в Москве.",
    ] {
        assert!(!is_furniture(l), "{l}");
    }
}
