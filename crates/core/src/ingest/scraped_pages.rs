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

pub const EN_FR: [Page; 6] = [
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
    Page {
        name: "en-rift",
        blank_separated: false,
        tagged: r#"F Skip to navigation
F THE RIFT REVIEW
F Long-form journalism on politics and business in East Africa
F Home | Politics | Economy | Regions | Opinion | Podcasts
F Become a member
T Ethiopia and Russia agree to expand grain shipments through Djibouti
F Politics > Horn of Africa
F INVESTIGATION
F Ethiopia and Russia agree to expand grain shipments through Djibouti
M Trade · 2024-06-03 · 7 minute read
M By Daniel Mekonnen, Africa Editor
F Listen to this story · 7 min
P Ethiopia and Russia have agreed to double the amount of Russian wheat shipped to Addis Ababa through the port of Djibouti, officials from both countries said on Monday.
P The deal, signed after two days of talks in the Ethiopian capital, also covers fertiliser and a plan to build grain silos near the border with Djibouti.
M [Photo] Lorries loaded with sacks of wheat queue outside the port of Djibouti before the drive to Ethiopia.
P Russia has become one of the main suppliers of grain to the Horn of Africa since the war in Ukraine disrupted shipments from the Black Sea.
P "We need predictable supplies," an Ethiopian trade official said.
P Western donors, who still fund much of the country's food aid, have watched Moscow's growing role in the region with concern but have not publicly criticised the agreement.
F Topics: Ethiopia, Russia, Grain, Djibouti
F More from The Rift Review
F Kenya courts Gulf investors for its new railway
F Can Addis Ababa afford another dam?
F Somalia's president in Ankara for defence talks
F © 2024 The Rift Review"#,
    },
    Page {
        name: "fr-sahel",
        blank_separated: true,
        tagged: r#"F Aller au contenu
F LE COURRIER DU FLEUVE
F L'information indépendante sur le Niger et l'Afrique de l'Ouest
F Accueil | Politique | Sécurité | Économie | Société | Sport
F Se connecter
F ÉCONOMIE
T Niamey et Moscou relancent le projet de raffinerie de Zinder
M Par Aïssatou Diallo, le 14 février 2025 à 9h30
F Partagez cet article avec vos amis
F Écouter cet article · 4 min
P Le gouvernement nigérien et une société russe ont signé jeudi à Niamey un protocole d'accord pour agrandir la raffinerie de Zinder, dans le sud-est du pays, a annoncé le ministère du pétrole.
P La capacité du site doit passer de 20 000 à 40 000 barils par jour d'ici à la fin de 2027, selon le texte.
M [Photo] Des camions-citernes à l'entrée de la raffinerie de Zinder, dans le sud-est du Niger
P Le projet avait été lancé avec un partenaire chinois, qui s'est retiré l'an dernier.
P « Nous voulons transformer notre pétrole chez nous », a déclaré le ministre.
P Plusieurs économistes doutent cependant que le financement soit réuni, alors que les recettes pétrolières du pays restent fragiles depuis la fermeture de l'oléoduc vers le Bénin.
F Mots-clés : Niger, Russie, pétrole, raffinerie
F Sur le même sujet
F Le Niger suspend ses exportations de brut vers le Bénin
F Uranium : Orano peut-il encore rester au Niger ?
F © 2025 Le Courrier du Fleuve"#,
    },
];
