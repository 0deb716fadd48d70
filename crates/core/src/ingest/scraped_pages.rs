//! Scraped pages written for the cleaning tests (English and French), as a
//! reader's scraper saves them: menus, mastheads, banners and footers around the
//! article. Each line opens with its role: `F ` furniture (must leave the body),
//! `T ` the headline, `M ` metadata (byline, date, caption: leaves the body),
//! `P ` a paragraph and `H ` a subheading (both must stay, unchanged).

/// One scraped page: its language, whether lines are blank-separated, its tagged lines.
pub struct Page {
    pub name: &'static str,
    pub blank_separated: bool,
    pub tagged: &'static str,
}

pub const EN_FR: [Page; 4] = [
    Page {
        name: "en-courier",
        blank_separated: false,
        tagged: r#"F Skip to main content
F Menu
F Search
F The Daily Courier
F Home | World | Business | Politics | Opinion | Sport
F We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.
F Accept all
F World > Africa > North Africa
F ANALYSIS
T Algeria weighs gas price rise as European demand recovers
M By Sarah Whitfield, Energy Correspondent
M 14 March 2024
F Share: Facebook Twitter WhatsApp Email
F 5 min read
P Algeria's state energy company is preparing to raise the price it charges European buyers for pipeline gas, three people familiar with the talks said, as demand in Italy and Spain picks up after two mild winters.
M Workers at the Hassi R'Mel gas field in southern Algeria, the country's largest. [Photo]
P Sonatrach has told customers it wants to revise contracts signed in 2022, when prices surged after Russia's invasion of Ukraine.
H Talks in Rome
P Negotiators from Sonatrach and the Italian company Eni met in Rome last week to discuss volumes for the coming winter, according to a document seen by the Courier.
P "We are not in a hurry," one Algerian official said.
P Spain, which imports about a third of its gas from Algeria, has not yet been approached, its energy ministry said on Wednesday.
P The price review comes as Algeria tries to increase output from ageing fields in the south, where production has stagnated for a decade despite new investment from foreign partners.
F Tags: Algeria, Gas, Energy, Europe, Sonatrach
F 12 comments
F Related articles
F Italy signs new gas deal with Algeria
F Why Spain's gas bill keeps rising
F Sonatrach profits fall for the second year
F About us
F Contact
F Terms of use
F Privacy policy
F © 2024 The Daily Courier. All rights reserved."#,
    },
    Page {
        name: "en-monitor",
        blank_separated: true,
        tagged: r#"F Maghreb Monitor
F News
F Opinion
F Videos
F Podcasts
F Subscribe
F Home › News › Africa
F Cookie settings: we and our partners use cookies to personalise content and ads and to analyse our traffic.
F Africa
T Russian warships dock in Algiers for joint naval drills
M Published 2 November 2023, 09:15
M By Karim Haddad
F Share on Facebook
F Share on X
F Copy link
P Three Russian navy ships arrived in the port of Algiers on Thursday for a week of joint exercises with the Algerian navy, the defence ministry said in a statement.
P The drills, the third of their kind since 2021, will take place off the coast between Algiers and Oran and include search-and-rescue and anti-submarine training.
M Russian frigate Admiral Grigorovich entering the port of Algiers on Thursday. (AFP)
P Algeria is one of the largest buyers of Russian weapons in Africa.
P "Our cooperation is not directed against anyone," the ministry said.
P Western diplomats in Algiers said they were watching the exercise closely, given the tension in the Mediterranean since the war in Ukraine began, but added that the drills had been planned well in advance.
F Topics: Algeria, Russia, Navy
F Comments (4)
F Read more
F Algeria and Russia hold talks on arms deliveries
F Russian navy chief visits Oran base
F Follow us on Telegram
F Copyright © 2023 Maghreb Monitor"#,
    },
    Page {
        name: "fr-courrier",
        blank_separated: false,
        tagged: r#"F Aller au contenu principal
F Le Courrier d'Alger
F Accueil | International | Économie | Culture | Sport
F Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.
F Tout accepter
F Accueil > International > Afrique du Nord
F DIPLOMATIE
T Alger et Moscou relancent leur commission économique mixte
M Par Nadia Benali
M Publié le 12 mars 2024 à 10h32
F Partager : Facebook X LinkedIn E-mail
F Lecture : 4 min
P La commission économique mixte algéro-russe s'est réunie mardi à Alger pour la première fois depuis quatre ans, a annoncé le ministère des affaires étrangères dans un communiqué.
P Les deux délégations ont examiné une vingtaine de projets dans l'énergie, l'agriculture et les transports, dont la construction d'une usine de wagons près d'Annaba.
M Le ministre algérien des affaires étrangères, Ahmed Attaf, et son homologue russe à Alger, mardi. [Photo]
H Blé et engrais
P La Russie est devenue en deux ans le premier fournisseur de blé de l'Algérie, devant la France.
P « Nous voulons aller plus loin », a déclaré le ministre russe.
P Selon un diplomate européen, Alger cherche surtout à diversifier ses partenaires sans rompre avec aucun d'entre eux, une ligne que le président Tebboune revendique depuis son élection.
F Mots-clés : Algérie, Russie, Diplomatie, Commerce
F 3 commentaires
F À lire aussi
F L'Algérie et la Russie signent un accord sur le blé
F Attaf reçu à Moscou par Sergueï Lavrov
F Le gazoduc transsaharien relancé
F Mentions légales
F Nous contacter
F © Le Courrier d'Alger 2024 - Tous droits réservés"#,
    },
    Page {
        name: "fr-echo",
        blank_separated: true,
        tagged: r#"F Menu
F Rechercher
F Se connecter
F S'abonner
F L'Écho du Sahel
F Monde › Afrique › Algérie
F Ce site utilise des cookies. Paramétrer les cookies
F EXCLUSIF
T Le Sahel au cœur d'une brouille entre Alger et Moscou
P Les frappes de drones au nord du Mali inquiètent les autorités algériennes, qui reprochent à Moscou de fermer les yeux sur l'action de ses paramilitaires.
M Karim Ould Ahmed
M Alger
M 3 janvier 2025
F Partager
F Facebook
F Twitter
F WhatsApp
P Depuis l'été, les relations entre l'Algérie et la Russie traversent une zone de turbulences, selon plusieurs diplomates en poste à Alger.
F Lire aussi : Le groupe Wagner change de nom au Mali
P En cause, la présence au Mali de combattants russes, accusés d'avoir mené des frappes près de la frontière algérienne en août.
P Le ministre des affaires étrangères, Ahmed Attaf, a évoqué « une ligne rouge » lors d'une conférence de presse.
M Des soldats maliens près de Kidal, en novembre 2023. (Photo AFP)
P Moscou n'a pas répondu.
P Les deux pays doivent pourtant se retrouver au printemps pour la session annuelle de leur dialogue stratégique, prévue à Moscou, et aucune annulation n'a été annoncée à ce stade.
F Thèmes : Algérie, Mali, Russie, Sahel
F Réagir (7)
F Sur le même sujet
F Wagner au Mali : ce que l'on sait des frappes
F Alger convoque l'ambassadeur du Mali
F Qui sommes-nous ?
F Contact
F Tous droits réservés - L'Écho du Sahel 2025"#,
    },
];
