import type {Source} from '../src/catalogue/types.ts';

/**
 * The public pages cited by the entries added in December 2026 (schemes-added.ts), beside the shared ones of
 * sources.ts. Same rules: `publishedOn` is the page's own date, null when the page shows none (a date found only
 * in the text, such as an event's or an adoption's, is not the page's date); `checkedOn` is the day the entries
 * were compared with the page.
 */
const REVIEW = '2026-12-06';

// VTE Vert

export const vteVertGazette: Source = {
  id: 'picardie-gazette-vte-vert',
  url: 'https://picardiegazette.fr/article/le-vte-vert-booste-le-recrutement-de-jeunes-talents',
  title: 'Le VTE vert booste le recrutement de jeunes talents',
  publisher: 'Picardie La Gazette',
  publishedOn: null,
  checkedOn: REVIEW,
};

// Ready-to-use industrial sites

export const sitesEsteval: Source = {
  id: 'esteval-55-sites-clefs-en-mains',
  url: 'https://www.esteval.fr/article.36691.initiative-les-intercommunalites-mobilisees-pour-la-reindustrialisation-55-sites-clefs-en-mains',
  title:
    '[Initiative] Les intercommunalités mobilisées pour la réindustrialisation : 55 sites clefs en mains',
  publisher: "Esteval (relais d'Intercommunalités de France)",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const sitesDge: Source = {
  id: 'dge-sites-cles-en-main-laureats',
  url: 'https://entreprises.gouv.fr/fr/actualites/dispositif-sites-cles-main-france-2030-annonce-des-premiers-laureats',
  title:
    'Dispositif « sites clés en main France 2030 » : annonce des premiers lauréats',
  publisher: 'Direction générale des entreprises (entreprises.gouv.fr)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const sitesCner: Source = {
  id: 'cner-55-sites-cles-en-main',
  url: 'https://www.cner-france.com/Actualites/Actualites-generales/Le-gouvernement-devoile-55-sites-cles-en-main-pour-accelerer-la-reindustrialisation',
  title:
    'Le gouvernement dévoile 55 sites clés en main pour accélérer la réindustrialisation',
  publisher: 'CNER',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const sitesCall: Source = {
  id: 'bdt-sites-cles-en-main-premiere-salve',
  url: 'https://www.banquedesterritoires.fr/nouveaux-sites-industriels-cles-en-main-une-premiere-salve-prevue-en-decembre',
  title:
    'Nouveaux sites industriels "clés en main" : une première salve prévue en décembre',
  publisher: 'Banque des Territoires (Localtis)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const sitesBdtFunding: Source = {
  id: 'bdt-course-au-foncier-industriel',
  url: 'https://banquedesterritoires.fr/course-au-foncier-industriel-le-gouvernement-en-appelle-aux-intercommunalites',
  title:
    'Course au foncier industriel : le gouvernement en appelle aux intercommunalités',
  publisher: 'Banque des Territoires (Localtis)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const sitesTribune2024: Source = {
  id: 'la-tribune-2024-sites-cles-en-main-aura',
  url: 'https://region-aura.latribune.fr/strategie/industrie/2024-04-17/reindustrialisation-quels-sont-ces-cinq-sites-cles-en-main-que-l-etat-compte-accelerer-en-auvergne-rhone-alpes-995528.html',
  title:
    "Réindustrialisation : quels sont ces cinq sites « clés en main » que l'État compte accélérer en Auvergne-Rhône-Alpes",
  publisher: 'La Tribune Auvergne-Rhône-Alpes',
  publishedOn: '2024-04-17',
  checkedOn: REVIEW,
};

export const sitesRevueFonciere: Source = {
  id: 'revue-fonciere-55-sites-cles-en-main',
  url: 'https://www.revue-fonciere.com/france-2030-55-sites-industriels-cles-en-main-devoiles-pour-stimuler-la-reindustrialisation/',
  title:
    'France 2030 : 55 sites industriels clés en main dévoilés pour stimuler la réindustrialisation',
  publisher: 'Revue foncière',
  publishedOn: null,
  checkedOn: REVIEW,
};

// Brownfields (Fonds vert « recyclage foncier »)

export const frichesAnct: Source = {
  id: 'anct-ressource-354-recyclage-foncier',
  url: 'https://monespacecollectivite.incubateur.anct.gouv.fr/ressource/354',
  title:
    "Fonds vert : bénéficier d'une subvention pour une opération de recyclage foncier",
  publisher: 'ANCT (Mon espace collectivité)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const frichesDrieat: Source = {
  id: 'drieat-faq-2025-recyclage-foncier',
  url: 'https://www.drieat.ile-de-france.developpement-durable.gouv.fr/faq-2024-mesure-recyclage-foncier-des-friches-du-a12924.html',
  title: 'FAQ 2025 - Mesure « recyclage foncier » des friches du fonds vert',
  publisher: "DRIEAT Île-de-France (services de l'État)",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const frichesDrealPaca: Source = {
  id: 'dreal-paca-fonds-vert-2025-recyclage-foncier',
  url: 'https://www.dre.paca.developpement-durable.gouv.fr/fonds-vert-2025-mesure-recyclage-foncier-en-a16260.html',
  title:
    'FONDS VERT 2025 : Mesure "Recyclage foncier" en Provence-Alpes-Côte d\'Azur',
  publisher: "DREAL Provence-Alpes-Côte d'Azur (services de l'État)",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const frichesGuide: Source = {
  id: 'fmpc-recycler-le-foncier',
  url: 'https://fmpc.fr/subventions/recycler-le-foncier-friches/2136/14',
  title: 'Recycler le foncier (friches)',
  publisher: 'fmpc.fr (reprise du cahier national de la mesure)',
  publishedOn: null,
  checkedOn: REVIEW,
};

// The 10,000 ha for industry under ZAN

export const zanAmendments2025: Source = {
  id: 'environnementsantepolitique-2025-zan-industrie',
  url: 'https://environnementsantepolitique.fr/2025/06/02/plusieurs-amendements-qui-prevoient-de-nouvelles-derogations-au-dispositif-de-zero-artificialisation-nette-zan',
  title:
    "ZAN : les députés facilitent l'implantation de projets industriels, routiers ou de centres de données",
  publisher: "environnementsantepolitique.fr (reprise d'Actu-Environnement)",
  publishedOn: '2025-06-02',
  checkedOn: REVIEW,
};

// Île-de-France (11)

export const idfPmupPage: Source = {
  id: 'region-idf-pmup-jeunes-pousses-industrielles',
  url: 'https://www.iledefrance.fr/pmup-jeunes-pousses-industrielles',
  title: "PM'up Jeunes pousses industrielles",
  publisher: 'Région Île-de-France',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const idfPmupLesAides: Source = {
  id: 'les-aides-pmup-jeunes-pousses-industrielles',
  url: 'https://les-aides.fr/aide/cSEP3w/region-ile-de-france/pm-up-jeunes-pousses-industrielles.html',
  title: "PM'up Jeunes pousses industrielles",
  publisher: "les-aides.fr (base d'aides du réseau des CCI)",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const idfPmupReopening2023: Source = {
  id: 'seine-et-marne-attractivite-2023-reindustrialisation',
  url: 'https://www.tourisme-seine-et-marne.fr/actualites/la-region-accelere-la-reindustrialisation-decarbonee-en-ile-de-france/',
  title:
    'La Région accélère la réindustrialisation décarbonée en Île-de-France',
  publisher: 'Seine-et-Marne Attractivité',
  publishedOn: '2023-10-27',
  checkedOn: REVIEW,
};

export const idfPlan2023: Source = {
  id: 'environnement-magazine-2023-idf-plan-400-millions',
  url: 'https://www.environnement-magazine.fr/territoires/article/2023/10/25/146352/reindustrialisation-decarbonation-iledefrance-annonce-plan-400-millions-euros',
  title:
    "Réindustrialisation et décarbonation : l'Ile-de-France annonce un plan à 400 millions d'euros",
  publisher: 'Environnement Magazine',
  publishedOn: '2023-10-25',
  checkedOn: REVIEW,
};

// Hauts-de-France (32)

export const hdfFeder2026: Source = {
  id: 'region-hdf-2026-pme-industrielles-feder',
  url: 'https://www.hautsdefrance.fr/la-region-soutien-les-pme-industrielles-des-hauts-de-france/',
  title: 'La Région soutient les PME industrielles des Hauts-de-France',
  publisher: 'Région Hauts-de-France',
  publishedOn: '2026-02-06',
  checkedOn: REVIEW,
};

// Normandie (28)

export const adnImpulsion: Source = {
  id: 'ad-normandie-impulsion-developpement',
  url: 'https://adnormandie.fr/nos-solutions-aux-entreprises/aides-financieres/impulsion-developpement/',
  title: 'Impulsion Développement',
  publisher: 'AD Normandie (agence de développement de la Région Normandie)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const adnImpulsionBtob: Source = {
  id: 'ad-normandie-impulsion-developpement-btob',
  url: 'https://adnormandie.fr/offre/impulsion-developpement-btob-investissement-productif/',
  title: 'Impulsion Développement BtoB : investissement productif',
  publisher: 'AD Normandie (agence de développement de la Région Normandie)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const normandieImpulsion: Source = {
  id: 'region-normandie-impulsion-developpement',
  url: 'https://aides.normandie.fr/impulsion-developpement',
  title: 'Impulsion Développement',
  publisher: 'Région Normandie (aides.normandie.fr)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const impulsionLesAides2022: Source = {
  id: 'les-aides-2022-impulsion-developpement',
  url: 'https://les-aides.fr/fiche/a5ViCHlGxfTeBGZeTUzZ4_Vm/ad-normandie/impulsion-developpement.html',
  title: 'Impulsion Développement',
  publisher: "les-aides.fr (base d'aides du réseau des CCI)",
  publishedOn: '2022-04-22',
  checkedOn: REVIEW,
};

// Occitanie (76)

export const occitanieCea: Source = {
  id: 'region-occitanie-contrat-entreprise-avenir',
  url: 'https://www.laregion.fr/Contrat-Entreprise-d-Avenir',
  title: "Contrat Entreprise d'Avenir",
  publisher: 'Région Occitanie',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const occitanieCeaFondsPublics: Source = {
  id: 'fonds-publics-contrat-entreprise-avenir',
  url: 'https://www.fonds-publics.fr/?p=145547',
  title: "Contrat Entreprise d'Avenir",
  publisher: "fonds-publics.fr (site d'information sur les aides)",
  publishedOn: null,
  checkedOn: REVIEW,
};
