import {html, type Html} from '../build/html.ts';
import type {Bilingual, Lang} from '../build/lang.ts';

/** What the demo page's words say from the data: counts and names, never typed by hand. */
export interface DemoFacts {
  territory: string;
  population: number;
  communes: number;
  /** The territory's other intercommunalities, by name. */
  members: string[];
  territories: number;
  singleCommunes: number;
  schemes: number;
  statuses: readonly string[];
  reserved: number;
  regional: number;
  attribution: string;
  licence: string;
  cogYear: number | string;
  reviewedOn: string;
}

interface Source {
  url: string;
  text: Bilingual;
}

/** Sources the page's own words rest on (the catalogue entries carry theirs); all of them are in French. */
const SOURCES = {
  regions: {
    url: 'https://www.allier.gouv.fr/Actualites/Actualites/Lancement-selection-Territoires-d-industrie-2023-2027',
    text: {
      fr: "Préfecture de l'Allier, juillet 2023",
      en: "Préfecture de l'Allier, July 2023",
    },
  },
  partners: {
    url: 'https://senat.fr/rap/r24-217/r24-2176.html',
    text: {fr: 'Sénat, décembre 2024', en: 'Sénat, December 2024'},
  },
  projects: {
    url: 'https://www.lagazettedescommunes.com/877579/les-prochains-territoires-dindustrie-tournes-vers-le-zan-et-le-developpement-des-competences/',
    text: {
      fr: 'La Gazette des communes, juillet 2023',
      en: 'La Gazette des communes, July 2023',
    },
  },
  seineAval: {
    url: 'https://lagazette-yvelines.fr/2023/11/23/seine-aval-encore-labellise-territoire-dindustrie/',
    text: {
      fr: 'La Gazette en Yvelines, novembre 2023',
      en: 'La Gazette en Yvelines, November 2023',
    },
  },
} satisfies Record<string, Source>;

/** A source in brackets; on the English page the link says that it leads to a French page. */
const cite = (lang: Lang, source: Source) =>
  lang === 'fr'
    ? html`(<a href="${source.url}">${source.text.fr}</a>)`
    : html`(<a href="${source.url}" hreflang="fr">${source.text.en}</a>, in
        French)`;

const LOCALE: Bilingual = {fr: 'fr-FR', en: 'en-GB'};

/** "1 est réservé", "11 sont réservés": the verb agrees with the count. */
const agree = (n: number, one: string, many: string) =>
  `${n} ${n > 1 ? many : one}`;

/** "A, B et C" / "A, B and C". */
const list = (items: readonly string[], and: string) =>
  items.length > 1
    ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
    : (items[0] ?? '');

const STATUS_WORDS: Bilingual<[string[], string, string][]> = {
  fr: [
    [['open', 'running'], 'en cours ou ouvert', 'en cours ou ouverts'],
    [['upcoming'], 'annoncé', 'annoncés'],
    [['unconfirmed'], 'à confirmer', 'à confirmer'],
    [['closed'], 'clos', 'clos'],
  ],
  en: [
    [['open', 'running'], 'running or open', 'running or open'],
    [['upcoming'], 'announced', 'announced'],
    [['unconfirmed'], 'to be confirmed', 'to be confirmed'],
    [['closed'], 'closed', 'closed'],
  ],
};

/** "14 en cours ou ouverts, 9 à confirmer et 2 clos": the catalogue's own counts, by status. */
function statusCounts(lang: Lang, statuses: readonly string[]): string {
  const said = STATUS_WORDS[lang]
    .map(
      ([wanted, one, many]) =>
        [statuses.filter((s) => wanted.includes(s)).length, one, many] as const
    )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => agree(n, one, many));
  return said.length
    ? list(said, lang === 'fr' ? 'et' : 'and')
    : {fr: 'aucun', en: 'none'}[lang];
}

export interface DemoText {
  title: string;
  description: string;
  skip: string;
  about: string;
  banner: (home: string) => Html;
  menuLabel: string;
  menu: Record<
    'programme' | 'priorites' | 'services' | 'financements' | 'territoire',
    string
  >;
  heading: string;
  lead: (facts: DemoFacts) => Html;
  phase1: (name: string) => Html;
  programme: {heading: string; paragraphs: (facts: DemoFacts) => Html[]};
  priorities: {heading: string; intro: string};
  services: {heading: string; intro: string};
  funding: {heading: string; intro: string};
  territory: {heading: string; map: string; communes: string};
  contact: {heading: string; text: string};
  footer: (facts: DemoFacts) => Html[];
}

const fr: DemoText = {
  title: "La CCGM labellisée Territoire d'industrie · démonstration",
  description:
    "Reconstitution d'une page partenaire avec les composants Territoires d'industrie",
  skip: 'Aller au contenu',
  about: 'À propos de cette page',
  banner: (home) =>
    html`Page de démonstration de la
      <a href="${home}">boîte à outils Territoires d'industrie</a> : une
      reconstitution, non officielle, de la page d'une intercommunalité
      partenaire.`,
  menuLabel: 'Menu de la communauté de communes',
  menu: {
    programme: 'Le programme',
    priorites: 'Les priorités',
    services: 'Les services',
    financements: 'Les financements',
    territoire: 'Notre territoire',
  },
  heading: "La CCGM labellisée Territoire d'industrie",
  lead: (f) =>
    html`Avec ses ${f.communes} communes, la Communauté de communes Gally
      Mauldre fait partie du Territoire d'industrie
      <strong>${f.territory}</strong>, aux côtés de ${list(f.members, 'et')}.
      Les entreprises, les communes et les acteurs de la formation de notre
      territoire ont ainsi accès aux services et aux financements du programme :
      certains sont réservés aux Territoires d'industrie, d'autres sont ouverts
      à tous les territoires ou à des lauréats choisis sur appel, et la Région
      Île-de-France propose ses propres aides à l'industrie.`,
  phase1: (name) =>
    html`La CCGM est dans le programme depuis sa première phase (2018-2022) :
    les données de l'ANCT la comptent alors dans le Territoire d'industrie «
    ${name} ». Le territoire a été retenu une seconde fois en novembre 2023
    ${cite('fr', SOURCES.seineAval)}.`,
  programme: {
    heading: 'Le programme en quelques mots',
    paragraphs: (f) => [
      html`Territoires d'industrie est le programme de l'État pour les
      territoires qui font vivre l'industrie française. Pour la période
      2023-2027, ${f.territories} territoires ont été retenus, formés
      d'intercommunalités et, pour quelques-uns, de communes prises isolément
      (${f.singleCommunes} dans les données de l'ANCT). Lors de la première
      phase, les territoires auraient porté quelque 1 800 projets industriels
      ${cite('fr', SOURCES.projects)}.`,
      html`Le programme est piloté au niveau national par l'Agence nationale de
      la cohésion des territoires (ANCT) et la Direction générale des
      entreprises, en partenariat avec Régions de France, Intercommunalités de
      France et France Industrie ${cite('fr', SOURCES.regions)}. Sur le terrain,
      chaque territoire est animé par un binôme formé d'un élu et d'un
      industriel.`,
      html`Les partenaires du programme sont les opérateurs publics (Bpifrance,
      Banque des Territoires, ADEME, France Travail, Business France, Action
      Logement) et les conseils régionaux, qui y mobilisent aussi leurs propres
      crédits ${cite('fr', SOURCES.partners)}. Notre catalogue compte
      ${f.schemes} dispositifs : ${statusCounts('fr', f.statuses)}.
      ${agree(f.reserved, 'est réservé', 'sont réservés')} aux Territoires
      d'industrie, ${agree(f.regional, 'relève', 'relèvent')} de la Région
      Île-de-France. Chacun tient ci-dessous en une ligne (statut, type d'aide,
      montant, disponibilité) et s'ouvre sur ses détails et la date de ses
      sources.`,
    ],
  },
  priorities: {
    heading: 'Quatre priorités pour 2023-2027',
    intro:
      "Le programme concentre ses moyens sur quatre priorités. Choisissez-en une : la liste des services ci-dessous se filtre d'elle-même.",
  },
  services: {
    heading: 'Les services du panier',
    intro:
      "Cherchez par mot-clé, filtrez par bénéficiaire ou type d'aide. Les disponibilités sont données pour la CCGM ; saisissez une autre commune pour vérifier la vôtre.",
  },
  funding: {
    heading: 'Quels financements pour votre projet ?',
    intro:
      'Trois questions suffisent : qui vous êtes, où vous êtes et ce que vous voulez faire. Chaque dispositif, une fois ouvert, dit pourquoi il correspond, ou pas, et ce qui reste à confirmer ; ceux qui ne correspondent pas restent repliés.',
  },
  territory: {
    heading: "Notre Territoire d'industrie",
    map: "Sur la carte des Territoires d'industrie",
    communes: 'Les communes de la CCGM',
  },
  contact: {
    heading: 'Qui contacter ?',
    text: "Chaque territoire a un chef ou une cheffe de projet Territoire d'industrie, porté par une intercommunalité du territoire, et des référents chez chaque opérateur. Sur le site réel de la CCGM, ses coordonnées figureraient ici ; cette démonstration n'en invente pas.",
  },
  footer: (f) => [
    html`Données : ${f.attribution} (${f.licence}) ; communes au COG
    ${f.cogYear}. Catalogue des services revu en entier le
    ${longDate('fr', f.reviewedOn)} ; chaque fiche donne la date de ses sources.
    Population du territoire : ${f.population.toLocaleString(LOCALE.fr)}
    habitants.`,
    html`Aucun cookie, aucun traceur : les composants ne font aucune requête
    vers un autre site.`,
  ],
};

const en: DemoText = {
  title: "The CCGM, a labelled Territoire d'industrie · demonstration",
  description:
    "Reconstruction of a partner's page with the Territoires d'industrie components",
  skip: 'Skip to content',
  about: 'About this page',
  banner: (home) =>
    html`Demonstration page of the
      <a href="${home}">Territoires d'industrie toolkit</a>: an unofficial
      reconstruction of a partner intercommunality's page, here in English.`,
  menuLabel: 'Menu of the communauté de communes',
  menu: {
    programme: 'The programme',
    priorites: 'The priorities',
    services: 'The services',
    financements: 'Funding',
    territoire: 'Our territory',
  },
  heading: "The CCGM, a labelled Territoire d'industrie",
  lead: (f) =>
    html`With its ${f.communes} communes, the Communauté de communes Gally
      Mauldre is part of the Territoire d'industrie
      <strong>${f.territory}</strong>, alongside ${list(f.members, 'and')}. The
      companies, communes and training bodies of our territory thus have access
      to the programme's services and funding: some are reserved to Territoires
      d'industrie, others are open to every territory or to winners chosen by a
      call, and the Île-de-France Region offers its own aid to industry.`,
  phase1: (name) =>
    html`The CCGM has been in the programme since its first phase (2018-2022):
    the ANCT's data then count it in the Territoire d'industrie "${name}". The
    territory was selected a second time in November 2023
    ${cite('en', SOURCES.seineAval)}.`,
  programme: {
    heading: 'The programme in a few words',
    paragraphs: (f) => [
      html`Territoires d'industrie is the French State's programme for the
      territories that keep French industry alive. For 2023-2027,
      ${f.territories} territories were selected, made of intercommunalities
      and, for a few, of single communes (${f.singleCommunes} in the ANCT's
      data). In the first phase, the territories reportedly carried some 1,800
      industrial projects ${cite('en', SOURCES.projects)}.`,
      html`The programme is steered nationally by the Agence nationale de la
      cohésion des territoires (ANCT) and the Direction générale des
      entreprises, in partnership with Régions de France, Intercommunalités de
      France and France Industrie ${cite('en', SOURCES.regions)}. On the ground,
      each territory is led by a pair: an elected official and an industrialist.`,
      html`The programme's partners are the public operators (Bpifrance, Banque
      des Territoires, ADEME, France Travail, Business France, Action Logement)
      and the regional councils, which also bring their own funds
      ${cite('en', SOURCES.partners)}. Our catalogue holds ${f.schemes} schemes:
      ${statusCounts('en', f.statuses)}. ${agree(f.reserved, 'is', 'are')}
      reserved to Territoires d'industrie, ${agree(f.regional, 'comes', 'come')}
      under the Île-de-France Region. Each takes one line below (status, kind of
      aid, amount, availability) and opens onto its details and the date of its
      sources.`,
    ],
  },
  priorities: {
    heading: 'Four priorities for 2023-2027',
    intro:
      'The programme focuses its means on four priorities. Choose one: the list of services below filters itself.',
  },
  services: {
    heading: 'The basket of services',
    intro:
      'Search by keyword, filter by beneficiary or kind of aid. Availability is given for the CCGM; enter another commune to check yours.',
  },
  funding: {
    heading: 'What funding for your project?',
    intro:
      'Three questions are enough: who you are, where you are and what you want to do. Each scheme, once opened, says why it fits, or not, and what remains to be confirmed; those that do not fit stay folded.',
  },
  territory: {
    heading: "Our Territoire d'industrie",
    map: "On the map of the Territoires d'industrie",
    communes: 'The communes of the CCGM',
  },
  contact: {
    heading: 'Whom to contact?',
    text: "Each territory has a Territoire d'industrie project manager, employed by one of the territory's intercommunalities, and contacts at each operator. On the CCGM's real site, their details would be here; this demonstration does not invent any.",
  },
  footer: (f) => [
    html`Data: ${f.attribution} (${f.licence}); communes as of the ${f.cogYear}
    COG. Catalogue of services reviewed in full on
    ${longDate('en', f.reviewedOn)}; each entry gives the date of its sources.
    Population of the territory: ${f.population.toLocaleString(LOCALE.en)}
    inhabitants.`,
    html`No cookies, no trackers: the components make no request to another
    site.`,
  ],
};

function longDate(lang: Lang, isoDate: string): string {
  return new Date(isoDate).toLocaleDateString(LOCALE[lang], {
    dateStyle: 'long',
  });
}

/** The demo partner page's words: French, as the partner wrote them, and English. */
export const DEMO_TEXT: Bilingual<DemoText> = {fr, en};
