import type {Source} from '../src/catalogue/types.ts';

/**
 * The public pages cited by the catalogue, all taken from shared/docs/programme-facts.md.
 * Kept in one place so that every entry cites the same URL and title.
 */
export const anctProgramme: Source = {
  url: 'https://agence-cohesion-territoires.gouv.fr/territoires-dindustrie-44',
  title: "ANCT – Territoires d'industrie (page officielle du programme)",
};

export const gazettePhase2: Source = {
  url: 'https://www.lagazettedescommunes.com/896440/le-nouveau-programme-territoires-dindustrie-integre-plus-de-la-moitie-des-epci/',
  title:
    "La Gazette des communes – Le nouveau programme Territoires d'industrie intègre plus de la moitié des EPCI",
};

export const senateReport2024: Source = {
  url: 'https://senat.fr/rap/r24-217/r24-2176.html',
  title: "Sénat – rapport d'information (décembre 2024)",
};

export const senateDebate2025: Source = {
  url: 'https://www.senat.fr/seances/s202501/s20250114/s20250114013.html',
  title: 'Sénat – compte rendu de la séance du 14 janvier 2025',
};

export const petrPhase2: Source = {
  url: 'https://petr-gqg.fr/contrats-du-petr/territoire-dindustrie/phase-ii-territoire-dindustrie-32/82-2023-2027',
  title: "PETR – Territoire d'industrie, phase II (2023-2027)",
};

export const bdtAcceleration: Source = {
  url: 'https://www.banquedesterritoires.fr/acceleration-du-programme-territoires-dindustrie-la-banque-des-territoires-mobilisee',
  title:
    "Banque des Territoires – Accélération du programme Territoires d'industrie : la Banque des Territoires mobilisée",
};

export const fundApplication: Source = {
  url: 'https://www.demarches-simplifiees.fr/commencer/fonds-vert-3-territoires-industrie',
  title:
    "Démarches simplifiées – Fonds vert, axe 3 « Territoires d'industrie en transition écologique »",
};

export const fundResource: Source = {
  url: 'https://monespacecollectivite.incubateur.anct.gouv.fr/ressource/528',
  title: 'Mon espace collectivité (ANCT) – fiche ressource n° 528',
};

export const fundInfogreffe: Source = {
  url: 'https://mesaidespubliques.infogreffe.fr/aides/territoires-industrie-transition-ecologique-axe-1',
  title:
    "Mes aides publiques (Infogreffe) – Territoires d'industrie en transition écologique",
};

export const bdtRebond: Source = {
  url: 'https://www.banquedesterritoires.fr/ingenierie-rebond-industriel',
  title: 'Banque des Territoires – Ingénierie Rebond industriel',
};

export const revueRebond: Source = {
  url: 'https://www.revue-de-territoire.fr/post/21-territoires-labellisés-territoires-d-industrie-dans-la-région',
  title:
    "Revue de territoire – 21 territoires labellisés Territoires d'industrie dans la région",
};

export const bdtVte: Source = {
  url: 'https://banquedesterritoires.fr/blog-des-territoires/vte-plus-de-250-jeunes-pepites-bien-formees-pour-les-territoires-dindustrie',
  title:
    "Banque des Territoires (blog) – VTE : plus de 250 jeunes pépites bien formées pour les Territoires d'industrie",
};

export const bpifranceVte: Source = {
  url: 'https://presse.bpifrance.fr/?p=27935',
  title: 'Bpifrance – communiqué de presse sur le VTE',
};

export const bdtOperators: Source = {
  url: 'https://banquedesterritoires.fr/territoires-dindustrie-les-operateurs-publics-sengagent',
  title:
    "Banque des Territoires – Territoires d'industrie : les opérateurs publics s'engagent",
};

export const bdtRecovery: Source = {
  url: 'https://www.banquedesterritoires.fr/territoires-dindustrie-17000-emplois-crees-grace-au-plan-de-relance',
  title:
    "Banque des Territoires – Territoires d'industrie : 17 000 emplois créés grâce au plan de relance",
};

/** The VTE site, given as "vte-france.fr" by the facts sheet: an apply link, not a cited source. */
export const vteSite = 'https://vte-france.fr';
