import type {NoticeCase} from './notice-case.ts';

// English legal notices of French companies ("Legal notice", "Imprint") and their register wording. Publishers
// fictional, their numbers checksum-valid and made up; OVH's number is its published one (424 761 419).

export const ENGLISH: NoticeCase[] = [
  {
    title:
      'English: "Website publisher", "is published by", "registered with the … Trade and Companies Register under number"',
    shape: 'english',
    text: `Legal notice

Website publisher
The website www.lumiere-optics.com is published by Lumière Optics SAS, a simplified joint-stock company with share capital of €50,000, registered with the Lyon Trade and Companies Register under number 897 460 127, whose registered office is at 10 rue de la République, 69002 Lyon, France.
VAT number: FR87897460127
Director of publication: Anne Morel, Chair

Hosting
This website is hosted by OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.`,
    expected: {
      chosen: '897460127',
      reason: 'publisher',
      roles: {'897460127': 'publisher'},
    },
  },
  {
    title:
      'English: "Company name", "Registered office", "Hosting:", "Website designed by"',
    shape: 'english',
    text: `Legal Information

Company name: Alpine Gear SARL
Registered office: 4 place Saint-Bruno, 38000 Grenoble, France
Registered in the Grenoble Trade and Companies Register under No. 795 362 185
Publication director: Luc Favre

Hosting: Squarespace Ireland Limited, Le Pole House, Ship Street Great, Dublin 8, Ireland

Website designed by Studio Nord (SIRET 920 468 154 00017)`,
    expected: {
      chosen: '795362185',
      reason: 'publisher',
      roles: {'795362185': 'publisher', '920468154': 'maker'},
    },
  },
  {
    title:
      'English: the register wording alone, no role word, beside a numbered host',
    shape: 'english',
    text: `Legal notice

Seine Robotics SAS is a French company registered in the Paris Trade and Companies Register under No. 501 938 468, with its registered office at 5 quai de la Seine, 75019 Paris.

Hosting: OVH SAS, 2 rue Kellermann, 59100 Roubaix, France – RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '501938468',
      reason: 'only-company',
      roles: {'501938468': null, '424761419': 'host'},
    },
  },
  {
    title: 'English imprint: "Site owner", GitHub Pages as host',
    shape: 'english',
    text: `Imprint

Site owner: Breizh Data SAS, 3 rue du Port, 56100 Lorient, France
SIREN: 440 276 913
Contact: hello@breizhdata.fr

Host: GitHub Inc., 88 Colin P Kelly Jr St, San Francisco, CA 94107, United States`,
    expected: {
      chosen: '440276913',
      reason: 'publisher',
      roles: {'440276913': 'publisher'},
    },
  },
  {
    title:
      'English: "operated by", Amazon Web Services EMEA as host, photo credits and web design numbered',
    shape: 'english',
    text: `Legal notice

This website is operated by Atlantic Composites SAS, RCS Nantes 835 791 203, 1 boulevard de l’Estuaire, 44000 Nantes, France.

The website is hosted by Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg.

Web design and development: Studio Loire Digital – SIRET 318 570 421 00012

Photo credits: Marine Le Goff Photography – SIRET 897 460 127 00011`,
    expected: {
      chosen: '835791203',
      reason: 'publisher',
      roles: {
        '835791203': 'publisher',
        '318570421': 'maker',
        '897460127': 'credit',
      },
    },
  },
  {
    title:
      'English: "the Company" defined before the number, "Hosting provider" in its own line',
    shape: 'english',
    text: `Legal Notice

This website is the property of Rhône Valves SAS (hereinafter "the Company"), a company with share capital of €200,000, registered in the Lyon Trade and Companies Register under number 528 147 036, 7 chemin du Rhône, 69100 Villeurbanne.

Hosting provider
IONOS SARL, 7 place de la Gare, 57200 Sarreguemines, France – RCS Sarreguemines B 431 303 775`,
    expected: {
      chosen: '528147036',
      reason: 'publisher',
      roles: {'528147036': 'publisher', '431303775': 'host'},
    },
  },
];
