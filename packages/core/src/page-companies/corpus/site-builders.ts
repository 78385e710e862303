import type {NoticeCase} from './notice-case.ts';

// Legal notices of sites made with Wix, Jimdo, Squarespace and Shopify: the publisher writes its own, the builder
// hosts the site from abroad and has no French number. Publishers fictional, numbers checksum-valid, made up.

export const SITE_BUILDERS: NoticeCase[] = [
  {
    title:
      'Wix: "Éditeur du site", "Nom de l’entreprise", Wix.com Ltd. as host',
    shape: 'site-builder',
    text: `MENTIONS LÉGALES

Éditeur du site
Nom de l’entreprise : Studio Yoga Harmonie
Statut : Entreprise individuelle (micro-entreprise)
Adresse : 5 chemin des Vignes, 84000 Avignon
SIRET : 901 258 343 00010
Numéro de TVA : TVA non applicable, art. 293 B du CGI

Hébergeur
Wix.com Ltd.
40 Namal Tel Aviv St., Tel Aviv 6350671, Israël
Téléphone : +1 415-639-9034`,
    expected: {
      chosen: '901258343',
      reason: 'publisher',
      roles: {'901258343': 'publisher'},
    },
  },
  {
    title:
      'Wix rich text: "Propriétaire du site", no-break spaces, one paragraph per line',
    shape: 'site-builder',
    html: `<div data-testid="richTextElement"><h2 class="font_2"><span>Mentions légales</span></h2>
<p class="font_8"><span>Propriétaire du site&nbsp;:</span></p>
<p class="font_8"><span>Les Jardins de Lucie – EARL</span></p>
<p class="font_8"><span>Lieu-dit Les Granges, 47300 Villeneuve-sur-Lot</span></p>
<p class="font_8"><span>SIREN&nbsp;: 448&nbsp;931&nbsp;279</span></p>
<p class="font_8"><span>&nbsp;</span></p>
<p class="font_8"><span>Hébergement&nbsp;: Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv 6350671, Israël</span></p></div>`,
    expected: {
      chosen: '448931279',
      reason: 'publisher',
      roles: {'448931279': 'publisher'},
    },
  },
  {
    title:
      'Jimdo: the company, "Représenté par", "Numéro d’immatriculation", no role word: the only company',
    shape: 'site-builder',
    text: `Mentions légales

Ferme du Moulin
GAEC de la Vallée
Le Bourg
23000 Guéret

Représenté par :
Jean et Luc Moreau

Contact :
Téléphone : 05 55 00 00 00
E-mail : contact@ferme-du-moulin.fr

Numéro d’immatriculation :
SIREN 413 762 592

Hébergement : Jimdo GmbH, Stresemannstraße 375, 22761 Hambourg, Allemagne`,
    expected: {
      chosen: '413762592',
      reason: 'only-company',
      roles: {'413762592': null},
    },
  },
  {
    title:
      'Jimdo with photo credits numbered: the photographer is no publisher',
    shape: 'site-builder',
    text: `Mentions légales

Responsable du site :
Chocolaterie Bonnet SAS
2 place du Marché, 26000 Valence
RCS Romans 352 847 164

Crédits photos :
Studio Clic – SIRET 527 193 643 00014

Ce site est hébergé par Jimdo GmbH, Stresemannstraße 375, 22761 Hambourg, Allemagne.`,
    expected: {
      chosen: '352847164',
      reason: 'publisher',
      roles: {'352847164': 'publisher', '527193643': 'credit'},
    },
  },
  {
    title: 'Squarespace: "Ce site est édité par", Squarespace Ireland as host',
    shape: 'site-builder',
    text: `Mentions légales

Ce site est édité par Céramiques Lune, entreprise individuelle, 22 rue Haute, 13100 Aix-en-Provence.
SIRET : 884 120 932 00014
Directrice de la publication : Claire Lune

Hébergement
Le site est hébergé par Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Irlande.`,
    expected: {
      chosen: '884120932',
      reason: 'publisher',
      roles: {'884120932': 'publisher'},
    },
  },
  {
    title:
      'Shopify: "Informations sur la boutique", the register after the number, Shopify International as host',
    shape: 'site-builder',
    text: `Mentions légales

Informations sur la boutique
Nom de la boutique : Maison Caramel
Société : Maison Caramel SAS, au capital de 3 000 €
Siège social : 9 quai des Chartrons, 33000 Bordeaux
752 193 847 RCS Bordeaux
N° TVA intracommunautaire : FR34752193847

Hébergeur
Shopify International Limited
Victoria Buildings, 2e étage
1-2 Haddington Road
Dublin 4, D04 XN32, Irlande`,
    expected: {
      chosen: '752193847',
      reason: 'publisher',
      roles: {'752193847': 'publisher'},
    },
  },
];
