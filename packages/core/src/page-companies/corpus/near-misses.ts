import type {NearMiss} from './notice-case.ts';

// Words that look like a legal notice's roles and are none: a company's activity, a hotel's rooms, a news
// article, a menu. The company named after them must get no role. Companies fictional, numbers checksum-valid
// and made up.

export const NEAR_MISSES: NearMiss[] = [
  {
    title: '"spécialisée dans la conception de" describes the activity',
    text: `Qui sommes-nous ?

Notre société est spécialisée dans la conception de machines spéciales pour l’industrie agroalimentaire.
Mécanique Dauphinoise SAS – SIREN 835 791 203`,
    siren: '835791203',
  },
  {
    title: '"Conception et fabrication" heading an industrial company’s line',
    text: `Conception et fabrication de moules pour la plasturgie
Moules Jurassiens SARL
SIRET 440 276 913 00017`,
    siren: '440276913',
  },
  {
    title: '"Création de bijoux" starting a craft shop’s line',
    text: `Création de bijoux artisanaux en argent
Atelier Perle d’Eau – SIRET 501 938 468 00011`,
    siren: '501938468',
  },
  {
    title: '"La création est" and "La société est" in a presentation',
    text: `La création est au cœur de notre métier depuis 1987. La société est spécialisée dans les vitraux d’art.
Vitraux Morel SARL – RCS Chartres 448 931 279`,
    siren: '448931279',
  },
  {
    title: '"Date de publication" is no publisher',
    text: `Date de publication : 12 mars 2024
Dernière mise à jour : 2 avril 2024

Atelier Bois Vivant – SIRET 897 460 127 00011`,
    siren: '897460127',
  },
  {
    title: 'a hotel’s rooms: "hôtes", "Capacité d’hébergement :"',
    text: `Hôtel du Lac

Nos hôtes sont accueillis toute l’année dans nos 12 chambres.
Capacité d’hébergement : 24 personnes

SARL Hôtel du Lac – SIRET 528 147 036 00016`,
    siren: '528147036',
  },
  {
    title: '"Activité : Hébergement – restauration" names an activity',
    text: `Informations légales
Auberge des Cimes
Activité : Hébergement – restauration
SIRET 795 362 185 00014`,
    siren: '795362185',
  },
  {
    title: 'guests "hébergé chez l’habitant"',
    text: `Séjours à la ferme

Vous serez hébergé chez l’habitant, au cœur du vignoble.
EARL Les Coteaux – SIRET 920 468 154 00017`,
    siren: '920468154',
  },
  {
    title:
      'a gîte’s menu ("Hébergement", "Photos") before its "Mentions légales"',
    text: `Accueil
Hébergement
Photos
Tarifs
Contact

Mentions légales

Gîte Les Tilleuls
SCI Les Tilleuls – SIREN 318 570 421`,
    siren: '318570421',
  },
  {
    title: '"photos de nos réalisations" before the company’s number',
    text: `Découvrez les photos de nos réalisations : cuisines, dressings, escaliers.

Menuiserie Artisanale Fabre – SIRET 835 791 203 00010`,
    siren: '835791203',
  },
  {
    title: 'a company described in a news article "publié par" the editors',
    text: `Actualités

Publié par la rédaction le 3 mai 2024

La société Forges de l’Est (SIREN 440 276 913) a inauguré une nouvelle ligne de production à Metz.`,
    siren: '440276913',
  },
  {
    title: 'an article whose product was "conçue par" the company’s engineers',
    text: `Cette presse hydraulique est conçue par notre bureau d’études et fabriquée dans notre usine de Roanne.
Presses du Forez SAS, RCS Roanne 501 938 468`,
    siren: '501938468',
  },
  {
    title: 'an estate agency naming itself "Agence"',
    text: `Agence immobilière du Parc
12 avenue Foch, 54000 Nancy
SIRET 897 460 127 00011`,
    siren: '897460127',
  },
  {
    title: 'English: a blog post "Published by", a company in the article',
    text: `Published by John Carter on 3 May 2024

Loire Robotics SAS (SIREN 528 147 036) opened its new plant in Angers.`,
    siren: '528147036',
  },
  {
    title: 'English: "Our company designs and develops"',
    text: `About us
Our company designs and develops sensors for the automotive industry.
Capteurs Alsace SAS – SIREN 795 362 185`,
    siren: '795362185',
  },
];
