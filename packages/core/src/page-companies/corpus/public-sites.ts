import type {NoticeCase} from './notice-case.ts';

// Sites of communes, intercommunalities, prefectures and State bodies: often no company number at all, or the
// SIREN of the public body publishing the site (a commune's begins with 21, an intercommunality's with 24 or
// 200, a State public body's with 1). The bodies are fictional and their numbers checksum-valid and made up in
// those ranges; the hosts' numbers are their published ones (OVH SAS 424 761 419, Scaleway SAS 433 115 904).

export const PUBLIC_SITES: NoticeCase[] = [
  {
    title:
      'a commune publishing its site with its SIRET, an agency and OVH named',
    shape: 'public-site',
    text: `Mentions légales

Éditeur
Commune de Saint-Aubin-des-Bois
Hôtel de ville, 1 place de la Mairie, 86300 Saint-Aubin-des-Bois
SIRET : 218 601 946 00013
Téléphone : 05 49 00 00 00

Directeur de la publication : M. le Maire, Jean-Pierre Royer

Conception et réalisation : Agence Com’Une – SIRET 318 570 421 00012

Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix – RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '218601946',
      reason: 'publisher',
      roles: {
        '218601946': 'publisher',
        '318570421': 'maker',
        '424761419': 'host',
      },
    },
  },
  {
    title: 'a commune without a number, its host numbered: only the host',
    shape: 'public-site',
    text: `Mentions légales

Le site www.mairie-lesvignes.fr est édité par la Mairie des Vignes, 2 rue de l’École, 51100 Les Vignes.
Directrice de la publication : Mme Hélène Bertin, maire.

Le site est hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix (RCS Lille Métropole 424 761 419).`,
    expected: {
      chosen: null,
      reason: 'only-host',
      roles: {'424761419': 'host'},
    },
  },
  {
    title:
      'a prefecture: State services as publisher and host, no number at all',
    shape: 'public-site',
    text: `Mentions légales

Éditeur
Préfecture de la Haute-Vallée
Place de la Préfecture, 04000 Digne

Directeur de la publication : M. le préfet de la Haute-Vallée

Conception et réalisation : Service d’information du Gouvernement (SIG) et Direction du numérique du ministère de l’Intérieur

Hébergement : ministère de l’Intérieur, place Beauvau, 75008 Paris`,
    expected: {chosen: null, reason: 'none', roles: {}},
  },
  {
    title:
      'an intercommunality ("Communauté de communes") and its agency in a table',
    shape: 'public-site',
    html: `<h1>Mentions légales</h1>
<table>
<tr><td>Propriétaire du site</td><td>Communauté de communes du Plateau<br>SIREN 243 800 125</td></tr>
<tr><td>Création du site</td><td>Agence Alti-Web, SIRET 528 147 036 00016</td></tr>
<tr><td>Hébergeur</td><td>Scaleway SAS, RCS Paris B 433 115 904</td></tr>
</table>`,
    expected: {
      chosen: '243800125',
      reason: 'publisher',
      roles: {
        '243800125': 'publisher',
        '528147036': 'maker',
        '433115904': 'host',
      },
    },
  },
  {
    title:
      'a State public body: "Le site est édité par l’établissement public"',
    shape: 'public-site',
    text: `Mentions légales

Le site est édité par l’Agence nationale des friches industrielles (établissement public administratif), 20 avenue de Ségur, 75007 Paris, SIREN 130 028 418.

Directrice de la publication : Mme Anne Fabre, directrice générale.

Le site est hébergé par Scaleway SAS, 8 rue de la Ville l’Évêque, 75008 Paris, RCS Paris B 433 115 904.`,
    expected: {
      chosen: '130028418',
      reason: 'publisher',
      roles: {'130028418': 'publisher', '433115904': 'host'},
    },
  },
];
