import type {NoticeCase} from './notice-case.ts';

// The hosts as notices name them. The French hosts' numbers are their published ones: OVH SAS (RCS Lille
// Métropole 424 761 419, head office SIRET 424 761 419 00045, VAT FR22424761419), o2switch (RCS
// Clermont-Ferrand 510 909 807), Gandi SAS (RCS Paris 423 093 459), IONOS SARL (RCS Sarreguemines
// B 431 303 775), Scaleway SAS (RCS Paris B 433 115 904). Foreign hosts have no French number. Publishers are
// fictional, their numbers checksum-valid and made up.

export const HOSTS: NoticeCase[] = [
  {
    title:
      'only the host is numbered: a sole trader without a number, OVH in its own section',
    shape: 'host',
    text: `Mentions légales

Éditeur : Sophie Marchand, couturière, 5 rue des Lices, 49000 Angers – contact@sophie-couture.fr

Hébergement
OVH SAS
2 rue Kellermann – 59100 Roubaix – France
RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: null,
      reason: 'only-host',
      roles: {'424761419': 'host'},
    },
  },
  {
    title:
      'only the host is numbered, its heading run into its text ("Hébergement OVH SAS … SIRET")',
    shape: 'host',
    html: `<h1>Mentions légales</h1>
<p>Site personnel de Pierre Lambert, 7 impasse des Lilas, 86000 Poitiers.</p>
<p><strong>Hébergement</strong> OVH SAS, 2 rue Kellermann, 59100 Roubaix – SIRET 424 761 419 00045</p>`,
    expected: {
      chosen: null,
      reason: 'only-host',
      roles: {'424761419': 'host'},
    },
  },
  {
    title:
      'the publisher first, OVH second, with OVH’s own legal line (capital, SIRET, APE, VAT)',
    shape: 'host',
    text: `Mentions légales

Le site www.cave-des-coteaux.fr est la propriété de la SARL Cave des Coteaux, 12 route des Vins, 71150 Chagny.
SARL au capital de 15 000 € – 830 162 541 RCS Chalon-sur-Saône – TVA FR 25 830 162 541

Hébergement : OVH SAS au capital de 10 174 560 € – RCS Lille Métropole 424 761 419 00045 – Code APE 2620Z – N° TVA : FR 22 424 761 419 – Siège social : 2 rue Kellermann – 59100 Roubaix – France`,
    expected: {
      chosen: '830162541',
      reason: 'publisher',
      roles: {'830162541': 'publisher', '424761419': 'host'},
    },
  },
  {
    title: 'o2switch with its register number, after "Éditeur :"',
    shape: 'host',
    text: `Mentions légales

Éditeur : Les Ateliers du Puy SAS, 14 boulevard Lafayette, 63000 Clermont-Ferrand
SIRET 492 581 731 00014

Hébergeur : o2switch SARL, 222-224 Boulevard Gustave Flaubert, 63000 Clermont-Ferrand – RCS Clermont-Ferrand 510 909 807`,
    expected: {
      chosen: '492581731',
      reason: 'publisher',
      roles: {'492581731': 'publisher', '510909807': 'host'},
    },
  },
  {
    title:
      'Gandi named with the same fields as the publisher ("Raison sociale") under a host heading',
    shape: 'host',
    text: `Mentions légales

Éditeur
Raison sociale : Imprimerie Vasseur
Forme juridique : SAS
Siège social : 40 rue de l’Imprimerie, 59000 Lille
SIRET : 873 614 200 00012

Hébergeur
Raison sociale : Gandi SAS
Siège social : 63-65 boulevard Masséna, 75013 Paris
RCS Paris 423 093 459`,
    expected: {
      chosen: '873614200',
      reason: 'publisher',
      roles: {'873614200': 'publisher', '423093459': 'host'},
    },
  },
  {
    title: 'IONOS named in a sentence with its register and VAT numbers',
    shape: 'host',
    text: `Mentions légales

Exploitant du site : Cabinet Durand Expertise, SELARL, 3 cours Gambetta, 69007 Lyon – RCS Lyon 409 273 851

Le site est hébergé par IONOS SARL, 7 place de la Gare, BP 70109, 57201 Sarreguemines Cedex – RCS Sarreguemines B 431 303 775 – TVA FR 13 431 303 775.`,
    expected: {
      chosen: '409273851',
      reason: 'publisher',
      roles: {'409273851': 'publisher', '431303775': 'host'},
    },
  },
  {
    title: 'Scaleway: "Hébergement du site :" in a two-column table',
    shape: 'host',
    html: `<h1>Mentions légales</h1>
<table>
<tr><th>Éditeur du site</th><td>Robotique Avancée du Jura SAS<br>12 rue de l’Horlogerie, 39000 Lons-le-Saunier<br>SIREN : 855 309 126</td></tr>
<tr><th>Hébergement du site</th><td>Scaleway SAS<br>8 rue de la Ville l’Évêque, 75008 Paris<br>RCS Paris B 433 115 904</td></tr>
</table>`,
    expected: {
      chosen: '855309126',
      reason: 'publisher',
      roles: {'855309126': 'publisher', '433115904': 'host'},
    },
  },
  {
    title:
      'foreign hosts without a French number (Netlify, GitHub Pages): only the publisher is numbered',
    shape: 'host',
    text: `Mentions légales

Éditeur : Code & Café SARL, 6 rue du Port, 29200 Brest, RCS Brest 391 847 266

Hébergement : Netlify, Inc., 44 Montgomery Street, Suite 300, San Francisco, California 94104, États-Unis. Le code source est hébergé par GitHub Inc., 88 Colin P Kelly Jr St, San Francisco, CA 94107, États-Unis.`,
    expected: {
      chosen: '391847266',
      reason: 'publisher',
      roles: {'391847266': 'publisher'},
    },
  },
  {
    title:
      'the publisher’s number only in the footer after the numbered host, no "Mentions légales" line in between',
    shape: 'host',
    text: `Informations légales

Éditeur : Garage Lemoine, 15 avenue de la Gare, 17000 La Rochelle
Directeur de la publication : Éric Lemoine

Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, RCS Lille Métropole 424 761 419

Garage Lemoine – SARL au capital de 8 000 € – SIRET 819 073 644 00018 – Tous droits réservés`,
    expected: {
      chosen: '819073644',
      reason: 'only-company',
      roles: {'424761419': 'host', '819073644': null},
    },
  },
];
