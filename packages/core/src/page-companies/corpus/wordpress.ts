import type {NoticeCase} from './notice-case.ts';

// Legal notices made by the generators WordPress sites paste in, and by WordPress themes and page builders.
// The publishers are fictional; their numbers are checksum-valid and made up for the corpus. The hosts' numbers
// are their published ones: OVH SAS (RCS Lille Métropole 424 761 419), o2switch (RCS Clermont-Ferrand
// 510 909 807), Gandi SAS (RCS Paris 423 093 459), IONOS SARL (RCS Sarreguemines B 431 303 775).

const LCEN_PREAMBLE =
  'Conformément aux dispositions des Articles 6-III et 19 de la Loi n°2004-575 du 21 juin 2004 pour la Confiance dans l’économie numérique, dite L.C.E.N., il est porté à la connaissance des utilisateurs et visiteurs, ci-après l\'"Utilisateur", du site www.boulangerie-martin.fr, ci-après le "Site", les présentes mentions légales.\n\nLa connexion et la navigation sur le Site par l’Utilisateur implique acceptation intégrale et sans réserve des présentes mentions légales.\n\nCes dernières sont accessibles sur le Site à la rubrique « Mentions légales ».';

const tabs = (n: number) => '\t'.repeat(n);
const spaces = (n: number) => ' '.repeat(n);

export const WORDPRESS: NoticeCase[] = [
  {
    title:
      'the "intervenants" generator: the owner after "sa réalisation et de son suivi"',
    shape: 'wordpress',
    text: `Mentions légales

1. Présentation du site.

En vertu de l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, il est précisé aux utilisateurs du site https://www.atelier-dupont.fr l'identité des différents intervenants dans le cadre de sa réalisation et de son suivi :

Propriétaire : Atelier Dupont SARL – Capital social de 8 000 € – N° SIRET 812 345 676 00017 – 14 rue des Tanneurs, 69003 Lyon
Créateur : Pixel & Co
Responsable publication : Marie Dupont – contact@atelier-dupont.fr
Le responsable publication est une personne physique ou une personne morale.
Webmaster : Marie Dupont – contact@atelier-dupont.fr
Hébergeur : OVH – 2 rue Kellermann 59100 Roubaix

2. Conditions générales d’utilisation du site et des services proposés.

L’utilisation du site https://www.atelier-dupont.fr implique l’acceptation pleine et entière des conditions générales d’utilisation ci-après décrites.`,
    expected: {
      chosen: '812345676',
      reason: 'publisher',
      roles: {'812345676': 'publisher'},
    },
  },
  {
    title:
      'the same generator run into one paragraph by the theme, the creator numbered too',
    shape: 'wordpress',
    text: `Mentions légales

En vertu de l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, il est précisé aux utilisateurs du site www.garage-besson.fr l'identité des différents intervenants dans le cadre de sa réalisation et de son suivi : Propriétaire : Garage Besson – SARL au capital de 7 500 € – SIRET 793 456 120 00013 – 4 route de Lyon 38200 Vienne Créateur : Agence Pixelune – SIRET 842 613 051 00015 Responsable publication : Marc Besson – contact@garage-besson.fr Le responsable publication est une personne physique ou une personne morale. Webmaster : Agence Pixelune Hébergeur : o2switch – 222-224 Boulevard Gustave Flaubert 63000 Clermont-Ferrand`,
    expected: {
      chosen: '793456120',
      reason: 'publisher',
      roles: {'793456120': 'publisher', '842613051': 'maker'},
    },
  },
  {
    title:
      'the "ARTICLE 1 - L\'EDITEUR" generator: "L’édition du Site est assurée par", the host unnumbered',
    shape: 'wordpress',
    text: `Mentions légales

${LCEN_PREAMBLE}

ARTICLE 1 - L'EDITEUR

L’édition du Site est assurée par Boulangerie Martin SARL au capital de 10 000 euros, immatriculée au Registre du Commerce et des Sociétés de Tours sous le numéro 539671826 dont le siège social est situé au 3 place du Marché 37000 Tours,
Numéro de téléphone 02 47 00 00 00,
Adresse e-mail : contact@boulangerie-martin.fr.
N° de TVA intracommunautaire : FR33539671826
Le Directeur de la publication est Paul Martin

ARTICLE 2 - L'HEBERGEUR

L'hébergeur du Site est la société o2switch, dont le siège social est situé au 222 Boulevard Gustave Flaubert 63000 Clermont-Ferrand, avec le numéro de téléphone : 04 44 44 60 40.`,
    expected: {
      chosen: '539671826',
      reason: 'publisher',
      roles: {'539671826': 'publisher'},
    },
  },
  {
    title:
      'the same generator for a sole trader: no number for the publisher, the host numbered, the SIRET in the footer',
    shape: 'wordpress',
    text: `Mentions légales

ARTICLE 1 - L'EDITEUR

L’édition du Site est assurée par Julie Roussel, entrepreneur individuel, 12 rue des Capucins 21000 Dijon,
Numéro de téléphone 03 80 00 00 00,
Adresse e-mail : bonjour@julie-roussel-photo.fr.

ARTICLE 2 - L'HEBERGEUR

L'hébergeur du Site est la société O2SWITCH, SARL immatriculée au RCS de Clermont-Ferrand sous le numéro 510 909 807, dont le siège social est situé au 222 Boulevard Gustave Flaubert 63000 Clermont-Ferrand.

© 2024 Julie Roussel Photographe · SIRET 802 563 411 00015
Mentions légales · Politique de confidentialité`,
    expected: {
      chosen: '802563411',
      reason: 'only-company',
      roles: {'510909807': 'host', '802563411': null},
    },
  },
  {
    title:
      'an Elementor page: "Informations sur l’entreprise", "Raison sociale", the host in its own widget',
    shape: 'wordpress',
    html: `<main class="site-main">
  <div class="elementor-widget-container"><h1 class="elementor-heading-title">Mentions légales</h1></div>
  <div class="elementor-widget-container"><h2 class="elementor-heading-title">Informations sur l’entreprise</h2></div>
  <div class="elementor-widget-container">
    <p>Raison sociale&nbsp;: Cabinet Rivière Conseil<br>Forme juridique&nbsp;: SARL au capital de 2&nbsp;000&nbsp;€<br>Siège&nbsp;: 8 allée des Tilleuls, 44000 Nantes<br>SIRET&nbsp;: 839 472 610 00014<br>TVA&nbsp;: FR52839472610</p>
  </div>
  <div class="elementor-widget-container"><h2 class="elementor-heading-title">Hébergement</h2></div>
  <div class="elementor-widget-container">
    <p>Gandi SAS<br>63-65 boulevard Masséna, 75013 Paris<br>RCS Paris 423 093 459</p>
  </div>
</main>`,
    expected: {
      chosen: '839472610',
      reason: 'publisher',
      roles: {'839472610': 'publisher', '423093459': 'host'},
    },
  },
  {
    title:
      'a theme whose template engine indents every line (the label far back in raw characters)',
    shape: 'wordpress',
    text: [
      `${tabs(3)}Mentions légales`,
      `${tabs(3)}${spaces(240)}`,
      `${tabs(4)}Éditeur du site${spaces(180)}`,
      `${tabs(5)}${spaces(300)}`,
      `${tabs(5)}Atelier Verre & Lumière${spaces(120)}`,
      `${tabs(5)}SAS au capital de 5 000 €${spaces(160)}`,
      `${tabs(5)}${spaces(400)}`,
      `${tabs(5)}SIRET : 482 156 734 00014`,
      `${tabs(4)}${spaces(300)}`,
      `${tabs(4)}Hébergeur du site${spaces(200)}`,
      `${tabs(5)}IONOS SARL – 7 place de la Gare, 57200 Sarreguemines${spaces(100)}`,
      `${tabs(5)}RCS Sarreguemines B 431 303 775`,
    ].join('\n'),
    expected: {
      chosen: '482156734',
      reason: 'publisher',
      roles: {'482156734': 'publisher', '431303775': 'host'},
    },
  },
  {
    title:
      'the "Le présent site … est édité par :" template, the host named in a sentence',
    shape: 'wordpress',
    text: `Mentions légales
En vigueur au 01/03/2024

Le présent site, accessible à l’URL https://www.menuiserie-lefort.fr (le « Site »), est édité par :

Menuiserie Lefort, société à responsabilité limitée au capital de 20 000 euros, inscrite au R.C.S. de RENNES sous le numéro RCS RENNES B 508 123 452, dont le siège social est situé au 7 rue des Artisans, 35000 Rennes, représentée par Yves Lefort dûment habilité

Le numéro individuel TVA de l’éditeur est : FR42508123452.

Le Site est hébergé par la société IONOS SARL, situé 7 place de la Gare, BP 70109, 57201 Sarreguemines Cedex (RCS Sarreguemines B 431 303 775), (contact téléphonique ou email : 09 70 80 89 11).

Le Directeur de la publication du Site est Yves Lefort.`,
    expected: {
      chosen: '508123452',
      reason: 'publisher',
      roles: {'508123452': 'publisher', '431303775': 'host'},
    },
  },
  {
    title:
      'a hyphenation plugin’s soft hyphens inside the labels, the names and the SIRET',
    shape: 'wordpress',
    text: `Mentions légales

Édi\u00adteur du site
Menuiserie-Charpente Au\u00adbry SARL
SIRET : 345\u00ad182\u00ad901\u00ad00016

Hé\u00adber\u00adge\u00adment
OVH SAS, 2 rue Kel\u00adler\u00admann, 59100 Roubaix – RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '345182901',
      reason: 'publisher',
      roles: {'345182901': 'publisher', '424761419': 'host'},
    },
  },
];
