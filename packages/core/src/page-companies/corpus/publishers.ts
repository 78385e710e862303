import type {NoticeCase} from './notice-case.ts';

// How notices name their publisher: co-publishers, register mentions in their several forms, a VAT number
// alone, a label after the number, terms of sale naming the seller. Publishers fictional, their numbers
// checksum-valid and made up; OVH's is its published one (RCS Lille Métropole 424 761 419).

export const PUBLISHERS: NoticeCase[] = [
  {
    title:
      'co-publishers listed after "est co-édité par :": the adviser is asked',
    shape: 'publisher',
    text: `Mentions légales

Le site www.salon-industrie-alpes.fr est co-édité par :

Alpes Expo SAS, au capital de 40 000 €, 5 avenue d’Innsbruck, 38000 Grenoble, RCS Grenoble 476 129 085

et

MécaAlpes SARL, 12 rue des Usines, 73000 Chambéry, RCS Chambéry 890 334 717

Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix`,
    expected: {
      chosen: null,
      reason: 'several-publishers',
      roles: {'476129085': 'publisher', '890334717': 'publisher'},
    },
  },
  {
    title: 'co-publishers under an "Éditeurs" heading, one per cell',
    shape: 'publisher',
    html: `<h2>Éditeurs</h2>
<div class="col">Coopérative Laitière du Haut-Doubs<br>SIREN 456 702 182</div>
<div class="col">Fromageries Réunies SAS<br>SIREN 792 810 350</div>
<h2>Hébergeur</h2>
<p>Gandi SAS, 63-65 boulevard Masséna, 75013 Paris</p>`,
    expected: {
      chosen: null,
      reason: 'several-publishers',
      roles: {'456702182': 'publisher', '792810350': 'publisher'},
    },
  },
  {
    title: 'two publishers in one sentence ("édité par X … et Y …")',
    shape: 'publisher',
    text: `Mentions légales

Ce site est édité par Bois & Forêt SARL (SIREN 345 182 901) et Scierie Vallet SAS (SIREN 906 137 484), partenaires du projet.`,
    expected: {
      chosen: null,
      reason: 'several-publishers',
      roles: {'345182901': 'publisher', '906137484': 'publisher'},
    },
  },
  {
    title:
      'the register written "RCS Lyon B 732 829 320" after "Dénomination sociale"',
    shape: 'publisher',
    text: `Mentions légales

Dénomination sociale : Lyon Mécanique Précision
Forme juridique : SAS au capital de 100 000 €
Immatriculation : RCS Lyon B 732 829 320
Siège : 22 rue de Gerland, 69007 Lyon

Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix, RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '732829320',
      reason: 'publisher',
      roles: {'732829320': 'publisher', '424761419': 'host'},
    },
  },
  {
    title:
      'a VAT number only ("TVA intracommunautaire"), no role word, a foreign host',
    shape: 'publisher',
    text: `Mentions légales

Boulangerie Le Fournil d’Antan
8 place de l’Église, 24000 Périgueux
N° TVA intracommunautaire : FR 57 835 791 203

Site hébergé par Wix.com Ltd., 40 Namal Tel Aviv St., Tel Aviv 6350671, Israël`,
    expected: {
      chosen: '835791203',
      reason: 'only-company',
      roles: {'835791203': null},
    },
  },
  {
    title:
      'the label after the number ("441 639 465 83642 (SIRET)") under "Éditeur"',
    shape: 'publisher',
    text: `Mentions légales

Éditeur
Atelier Métal Concept
3 rue de l’Usine, 25000 Besançon
441 639 465 83642 (SIRET)

Hébergeur
o2switch, 222-224 Boulevard Gustave Flaubert, 63000 Clermont-Ferrand`,
    expected: {
      chosen: '441639465',
      reason: 'publisher',
      roles: {'441639465': 'publisher'},
    },
  },
  {
    title:
      'the label after the number and no role word, beside a numbered host',
    shape: 'publisher',
    text: `Mentions légales

Chaudronnerie Vosgienne
ZA du Breuil, 88000 Épinal
830 162 541 00015 (SIRET)

Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix, RCS Lille Métropole 424 761 419`,
    expected: {
      chosen: '830162541',
      reason: 'only-company',
      roles: {'830162541': null, '424761419': 'host'},
    },
  },
  {
    title:
      'the publisher and its parent group on separate lines: the group is no publisher',
    shape: 'publisher',
    text: `Mentions légales

Éditeur : Menuiseries Aluminium du Centre SAS
SIREN 440 276 913
Société du groupe Habitat Confort Holding, SIREN 501 938 468

Hébergeur : Gandi SAS, 63-65 boulevard Masséna, 75013 Paris`,
    expected: {
      chosen: '440276913',
      reason: 'publisher',
      roles: {'440276913': 'publisher', '501938468': null},
    },
  },
  {
    title:
      'terms of sale: "Identification du vendeur", the seller’s register number',
    shape: 'terms-of-sale',
    text: `Conditions générales de vente

Article 1 – Identification du vendeur

Les présentes conditions générales de vente (CGV) s’appliquent aux ventes conclues sur le site www.coutellerie-thiers.fr entre la Coutellerie du Pont SARL, au capital de 30 000 €, 4 rue de la Coutellerie, 63300 Thiers, immatriculée au RCS de Clermont-Ferrand sous le numéro 906 137 484, et toute personne effectuant un achat sur le site (ci-après « le Client »).

Article 2 – Commandes

Le Client passe commande en ligne…`,
    expected: {
      chosen: '906137484',
      reason: 'publisher',
      roles: {'906137484': 'publisher'},
    },
  },
  {
    title:
      'terms of sale: the seller defined as « le Vendeur » before its number',
    shape: 'terms-of-sale',
    text: `CONDITIONS GÉNÉRALES DE VENTE

Préambule

La société Maison Caramel (ci-après « le Vendeur »), SAS au capital de 3 000 €, dont le siège est 9 quai des Chartrons, 33000 Bordeaux, immatriculée au RCS de Bordeaux sous le n° 752 193 847, propose à la vente des confiseries artisanales sur sa boutique en ligne. La boutique est hébergée par Shopify International Limited, Dublin, Irlande.

Article 1 – Objet

Les présentes conditions régissent les ventes…`,
    expected: {
      chosen: '752193847',
      reason: 'publisher',
      roles: {'752193847': 'publisher'},
    },
  },
  {
    title:
      'terms of sale with the payment provider and the carrier named after the seller',
    shape: 'terms-of-sale',
    text: `CGV

Vendeur : Les Confitures de Mamie SAS, 2 chemin des Vergers, 84000 Avignon, RCS Avignon 492 581 731

Article 4 – Paiement
Les paiements sont traités par Stripe Payments Europe Ltd., 1 Grand Canal Street Lower, Dublin 2, Irlande.

Article 5 – Livraison
Les colis sont remis à Colissimo, La Poste SA.`,
    expected: {
      chosen: '492581731',
      reason: 'publisher',
      roles: {'492581731': 'publisher'},
    },
  },
];
