import type {NoticeCase} from './notice-case.ts';

// Legal notices written by web agencies into the sites they make: the publisher, the director of publication
// and their company, "Conception & réalisation", photo credits. Publishers and agencies fictional, numbers
// checksum-valid and made up; OVH's is its published one (RCS Lille Métropole 424 761 419).

export const AGENCIES: NoticeCase[] = [
  {
    title:
      'an agency template: "Conception & réalisation" after the publisher and the host',
    shape: 'agency',
    text: `Mentions légales

Éditeur
Transports Girard & Fils – SAS au capital de 150 000 €
ZI du Moulin, 42000 Saint-Étienne
RCS Saint-Étienne 913 720 587 – TVA FR70913720587

Hébergement
OVH SAS – 2 rue Kellermann – 59100 Roubaix – France

Conception & réalisation : Agence Pixelune – SIRET 842 613 051 00015`,
    expected: {
      chosen: '913720587',
      reason: 'publisher',
      roles: {'913720587': 'publisher', '842613051': 'maker'},
    },
  },
  {
    title:
      'the director of publication and their company, the agency on its own line',
    shape: 'agency',
    text: `Mentions légales

Directeur de la publication : M. Thomas Girard, gérant de la société Girard Métallerie SARL, SIREN 388 257 461, 14 rue de la Forge, 08000 Charleville-Mézières.

Réalisation : Agence Web Ardennes – SIRET 308 417 567 00010

Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix – RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '388257461',
      reason: 'publisher',
      roles: {
        '388257461': 'publisher',
        '308417567': 'maker',
        '424761419': 'host',
      },
    },
  },
  {
    title:
      'the publisher named twice (notice and terms of use), the agency once in a footer sentence',
    shape: 'agency',
    text: `Mentions légales

Éditeur : Fromagerie des Monts SAS, 3 route du Col, 74000 Annecy, RCS Annecy 539 671 826.

Propriété intellectuelle
L’ensemble des contenus de ce site (textes, images, logos) est protégé. Toute reproduction sans l’accord écrit de la société Fromagerie des Monts (SIREN 539 671 826) est interdite.

Site réalisé par l’agence Alpage Digital – SIRET 890 334 717 00018 – www.alpage-digital.fr`,
    expected: {
      chosen: '539671826',
      reason: 'publisher',
      roles: {'539671826': 'publisher', '890334717': 'maker'},
    },
  },
  {
    title:
      'photo credits with the photographer’s SIRET, the host numbered, the publisher first',
    shape: 'agency',
    text: `Mentions légales

Éditeur du site :
Domaine des Trois Chênes SCEA
Route de Saint-Émilion, 33330 Libourne
SIRET : 476 129 085 00017

Hébergeur :
OVH SAS, 2 rue Kellermann, 59100 Roubaix
RCS Lille Métropole 424 761 419

Crédits photos :
© Studio Lumière – SIRET 927 184 630 00014
© Adobe Stock`,
    expected: {
      chosen: '476129085',
      reason: 'publisher',
      roles: {
        '476129085': 'publisher',
        '424761419': 'host',
        '927184630': 'credit',
      },
    },
  },
  {
    title:
      'an agency template without the publisher’s number: only the host and the agency are numbered',
    shape: 'agency',
    text: `Mentions légales

Éditeur : Association Les Amis du Vieux Moulin, 1 place de l’Église, 56000 Vannes

Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, RCS Lille Métropole 424 761 419

Design & développement : Studio Breizh Web, SIRET 844 719 351 00018`,
    // Not "only the host": the agency is named too.
    expected: {
      chosen: null,
      reason: 'no-publisher',
      roles: {'424761419': 'host', '844719351': 'maker'},
    },
  },
  {
    title:
      'an agency’s Twig template: indented cells, "Webmaster" and "Hébergement" headings',
    shape: 'agency',
    text: `
        Mentions légales
        
            
                Société éditrice
                
                    Brasserie du Canal
                    SARL au capital de 12 000 €
                    
                    RCS Toulouse 514 738 293
                
            
            
                Webmaster
                
                    Agence Occitanie Web
                    SIRET 308 417 567 00010
                
            
            
                Hébergement
                
                    Scaleway SAS
                    8 rue de la Ville l’Évêque, 75008 Paris
                    RCS Paris B 433 115 904
                
            
        `,
    expected: {
      chosen: '514738293',
      reason: 'publisher',
      roles: {
        '514738293': 'publisher',
        '308417567': 'maker',
        '433115904': 'host',
      },
    },
  },
];
