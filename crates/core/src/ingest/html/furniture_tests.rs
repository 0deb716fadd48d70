//! Tests of [`super::furniture::remove_furniture`]: named rows go, named prose stays.

use super::furniture::remove_furniture;
use super::text::plain_text;
use dom_query::Document;

const PROSE: &str = "Le conseil municipal a adopté jeudi un budget en hausse de trois pour cent, \
    porté par les investissements dans les écoles et la rénovation des piscines. L'opposition a voté contre, \
    jugeant la dette trop lourde pour une ville de cette taille.";

fn after_removal(body: &str) -> String {
    let doc = Document::from(format!("<html><body>{body}</body></html>"));
    remove_furniture(&doc);
    plain_text(&doc.body().unwrap())
}

#[test]
fn short_or_link_heavy_named_elements_are_removed() {
    let text = after_removal(&format!(
        "<div class='cookieBanner'>Nous utilisons des cookies.</div>\
         <ul class='article-share__row'><li><a href='#'>Facebook</a></li><li><a href='#'>X</a></li></ul>\
         {}\
         <div id='related-stories'>{}</div>\
         <div class='site-footer'>Mentions légales</div>",
        format!("<p>{PROSE}</p>").repeat(5),
        "<p><a href='#'>Un autre article sur le budget de la ville et ses conséquences pour les familles</a></p>".repeat(3)
    ));
    assert_eq!(text, [PROSE; 5].join("\n\n"));
}

#[test]
fn named_prose_and_words_inside_other_words_are_kept() {
    let body = format!(
        "<div class='entry-content entry-content-read-more'><p>{PROSE}</p><p>{PROSE}</p></div>\
         <p class='footnote'>Chiffres de la mairie.</p><p class='menuiserie'>Atelier.</p>"
    );
    let text = after_removal(&body);
    assert!(text.starts_with(PROSE), "{text}");
    assert!(
        text.contains("Chiffres de la mairie.") && text.contains("Atelier."),
        "{text}"
    );
}
