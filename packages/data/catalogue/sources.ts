import type {Source} from '../src/catalogue/types.ts';

/**
 * The public pages the programme's national entries cite, kept in one place so that every entry cites the same
 * page the same way. `publishedOn` is the page's own date, null when the page shows none (a date found only in
 * the text, such as an event's, is not the page's date). `checkedOn` is the day the entries were compared with
 * the page. How to review and refresh: docs/catalogue-review.md.
 */
const REVIEW = '2026-12-06';

export const gouvernement183: Source = {
  id: 'gouvernement-2023-183-territoires',
  url: 'https://www.gouvernement.fr/actualite/183-nouveaux-territoires-dindustrie-pour-reindustrialiser-la-france',
  title: "183 nouveaux territoires d'industrie pour réindustrialiser la France",
  publisher: 'Gouvernement',
  publishedOn: '2023-11-13',
  checkedOn: REVIEW,
};

export const allierSelection: Source = {
  id: 'prefecture-allier-2023-selection',
  url: 'https://www.allier.gouv.fr/Actualites/Actualites/Lancement-selection-Territoires-d-industrie-2023-2027',
  title:
    "Lancement de la nouvelle phase de sélection pour Territoires d'industrie 2023-2027",
  publisher: "Préfecture de l'Allier",
  publishedOn: '2023-07-19',
  checkedOn: REVIEW,
};

export const gazettePhase2: Source = {
  id: 'gazette-2023-nouveau-programme',
  url: 'https://www.lagazettedescommunes.com/896440/le-nouveau-programme-territoires-dindustrie-integre-plus-de-la-moitie-des-epci/',
  title:
    "Le nouveau programme Territoires d'industrie intègre plus de la moitié des EPCI",
  publisher: 'La Gazette des communes',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const gazetteZan: Source = {
  id: 'gazette-2023-zan-competences',
  url: 'https://www.lagazettedescommunes.com/877579/les-prochains-territoires-dindustrie-tournes-vers-le-zan-et-le-developpement-des-competences/',
  title:
    "Les prochains Territoires d'industrie tournés vers le ZAN et le développement des compétences",
  publisher: 'La Gazette des communes',
  publishedOn: '2023-07',
  checkedOn: REVIEW,
};

export const senateReport2024: Source = {
  id: 'senat-2024-rapport-217',
  url: 'https://senat.fr/rap/r24-217/r24-2176.html',
  title:
    "Rapport d'information n° 217 (2024-2025) relatif au programme Territoires d'industrie",
  publisher: 'Sénat',
  publishedOn: '2024-12-18',
  checkedOn: REVIEW,
};

export const senateDebate2025: Source = {
  id: 'senat-2025-debat',
  url: 'https://www.senat.fr/seances/s202501/s20250114/s20250114013.html',
  title:
    "Compte rendu de la séance du 14 janvier 2025 : débat sur le programme Territoires d'industrie",
  publisher: 'Sénat',
  publishedOn: '2025-01-14',
  checkedOn: REVIEW,
};

export const senateAmendment2025: Source = {
  id: 'senat-2025-amendement-ii-2319',
  url: 'https://www.senat.fr/amendements/2025-2026/138/Amdt_II-2319.html',
  title:
    'Amendement n° II-2319 au projet de loi de finances pour 2026 (mission Économie)',
  publisher: 'Sénat',
  publishedOn: '2025-12-10',
  checkedOn: REVIEW,
};

export const petrPhase2: Source = {
  id: 'petr-gqg-phase-2',
  url: 'https://petr-gqg.fr/contrats-du-petr/territoire-dindustrie/phase-ii-territoire-dindustrie-32/82-2023-2027',
  title: "Phase II Territoire d'industrie 32/82 (2023-2027)",
  publisher: 'PETR Garonne-Quercy-Gascogne',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const bdtAcceleration: Source = {
  id: 'bdt-2019-acceleration',
  url: 'https://www.banquedesterritoires.fr/acceleration-du-programme-territoires-dindustrie-la-banque-des-territoires-mobilisee',
  title:
    "Accélération du programme « Territoires d'Industrie » : la Banque des Territoires mobilisée !",
  publisher: 'Banque des Territoires',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const cdcMobilized: Source = {
  id: 'cdc-2019-mobilized',
  url: 'https://www.caissedesdepots.fr/en/news/territoires-dindustrie-banque-des-territoires-mobilized-favou',
  title: "Territoires d'industrie: Banque des Territoires mobilized",
  publisher: 'Caisse des Dépôts',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fundApplication: Source = {
  id: 'ds-fonds-vert-axe-3',
  url: 'https://www.demarches-simplifiees.fr/commencer/fonds-vert-3-territoires-industrie',
  title: "FONDS VERT - Territoires d'Industrie en transition écologique",
  publisher: 'État (Démarches simplifiées)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fundResource: Source = {
  id: 'anct-2025-ressource-528',
  url: 'https://monespacecollectivite.incubateur.anct.gouv.fr/ressource/528',
  title:
    'Fonds vert : bénéficier d’une subvention pour un projet industriel ambitieux sur le plan environnemental',
  publisher: 'ANCT (Mon espace collectivité)',
  publishedOn: '2025-03-17',
  checkedOn: REVIEW,
};

export const fundInfogreffe: Source = {
  id: 'infogreffe-fonds-vert-axe-3',
  url: 'https://mesaidespubliques.infogreffe.fr/aides/territoires-industrie-transition-ecologique-axe-1',
  title: "Territoires d'industrie en transition écologique",
  publisher: 'Infogreffe (Mes aides publiques)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fundMissionTransition: Source = {
  id: 'mission-transition-fonds-vert-ti',
  url: 'https://mission-transition-ecologique.beta.gouv.fr/aides-entreprise/fond-vert-territoires-d-industrie',
  title: "Fonds Vert - Territoires d'Industrie",
  publisher: 'Mission Transition Écologique des entreprises',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fundClubster: Source = {
  id: 'clubster-fonds-vert-axe-3',
  url: 'https://www.clubster-nsl.com/appels-projets/fond-vert-axe3-territoire-dindustrie/',
  title: "Fonds vert axe 3 : Territoire d'industrie",
  publisher: 'Clubster NSL',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fundOccitanie2026: Source = {
  id: 'hit-radio-2026-fonds-vert-occitanie',
  url: 'https://hit-radio.fr/news/transition-ecologique-22-projets-industriels-soutenus-par-l-etat-en-occitanie-pour-6-8-millions-d-euros-5339',
  title:
    "Transition écologique : 22 projets industriels soutenus par l'État en Occitanie pour 6,8 millions d'euros",
  publisher: 'Hit Radio',
  publishedOn: '2026-01-19',
  checkedOn: REVIEW,
};

export const generalAssembly2025: Source = {
  id: 'bdt-2025-assemblee-generale',
  url: 'https://www.banquedesterritoires.fr/assemblee-generale-des-territoires-dindustrie-les-collectivites-moitie-satisfaites',
  title:
    "Assemblée générale des Territoires d'industrie : les collectivités à moitié satisfaites",
  publisher: 'Banque des Territoires (Localtis)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const cner2025: Source = {
  id: 'cner-2025-bilan',
  url: 'https://cner-france.com/?p=5793&post_type=post',
  title:
    "Réindustrialisation, transition, ingénierie : les Territoires d'industrie à l'heure du bilan",
  publisher: 'CNER',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const fondsVert2026: Source = {
  id: 'public-senat-2025-fonds-vert',
  url: 'https://www.publicsenat.fr/actualites/politique/ecologie-le-senat-confirme-les-coupes-budgetaires-dans-le-fonds-vert',
  title:
    'Écologie : le Sénat confirme les coupes budgétaires dans le Fonds vert',
  publisher: 'Public Sénat',
  publishedOn: '2025-12-08',
  checkedOn: REVIEW,
};

export const fondsVertRabote: Source = {
  id: 'linfodurable-fonds-vert-2026',
  url: 'https://www.linfodurable.fr/budgetcollectivites-le-fonds-vert-fortement-rabote-pour-2026-53221',
  title: 'Budget collectivités : le fonds vert fortement raboté pour 2026',
  publisher: "L'Info Durable",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const bdtRebond: Source = {
  id: 'bdt-rebond-industriel',
  url: 'https://www.banquedesterritoires.fr/ingenierie-rebond-industriel',
  title:
    'Rebond Industriel : ingénierie et subventions clés en mains pour les territoires exposés aux mutations des filières transports',
  publisher: 'Banque des Territoires',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const cciIndreRebond: Source = {
  id: 'cci-indre-rebond-industriel',
  url: 'https://www.indre.cci.fr/actualite/epci-beneficiez-du-rebond-industriel-pour-vos-entreprises-du-secteur-transport-et-auto',
  title:
    'EPCI : bénéficiez du Rebond industriel pour vos entreprises du secteur transport et auto',
  publisher: "CCI de l'Indre",
  publishedOn: null,
  checkedOn: REVIEW,
};

export const seineAval2023: Source = {
  id: 'gazette-yvelines-2023-seine-aval',
  url: 'https://lagazette-yvelines.fr/2023/11/23/seine-aval-encore-labellise-territoire-dindustrie/',
  title: "Seine Aval encore labellisé Territoire d'industrie",
  publisher: 'La Gazette en Yvelines',
  publishedOn: '2023-11-23',
  checkedOn: REVIEW,
};

export const bdtVte: Source = {
  id: 'bdt-blog-vte',
  url: 'https://banquedesterritoires.fr/blog-des-territoires/vte-plus-de-250-jeunes-pepites-bien-formees-pour-les-territoires-dindustrie',
  title:
    "VTE : plus de 250 jeunes « pépites » bien formées pour les Territoires d'industrie",
  publisher: 'Banque des Territoires',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const vteExperts2023: Source = {
  id: 'experts-decideurs-2023-vte',
  url: 'https://www.experts-et-decideurs.fr/ressources-humaines/recrutement/volontariat-territorial-en-entreprise-les-etapes-a-suivre/',
  title: 'Volontariat territorial en entreprise : les étapes à suivre',
  publisher: 'Experts & Décideurs',
  publishedOn: '2023-10-30',
  checkedOn: REVIEW,
};

export const vteDossierFamilial: Source = {
  id: 'dossier-familial-vte',
  url: 'https://www.dossierfamilial.com/emploi/recrutement/tout-savoir-sur-le-volontariat-territorial-en-entreprise-665974',
  title: 'Tout savoir sur le volontariat territorial en entreprise',
  publisher: 'Dossier Familial',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const vteCapMetiers: Source = {
  id: 'cap-metiers-2021-vte',
  url: 'https://www.cap-metiers.pro/Fiches-techniques/Aides-embauche/970/Volontariat-Territorial-Entreprise-VTE/',
  title: 'Volontariat Territorial en Entreprise (VTE), fiche A 3.8',
  publisher: 'Cap Métiers Nouvelle-Aquitaine',
  publishedOn: '2021-12',
  checkedOn: REVIEW,
};

export const vteVertFondsPublics: Source = {
  id: 'fonds-publics-vte-vert',
  url: 'https://fonds-publics.fr/aides/vte-vert-recrutement-transition-ecologique',
  title: 'Aide Volontariat Territorial en Entreprise Vert (VTE Vert)',
  publisher: 'fonds-publics.fr',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const vteVertPuyDeDome: Source = {
  id: 'prefecture-puy-de-dome-2022-vte-vert',
  url: 'https://www.puy-de-dome.gouv.fr/Actions-de-l-Etat/Plan-de-relance/Aide-volontariat-territorial-en-entreprise-vert-VTE-vert',
  title: 'Aide volontariat territorial en entreprise vert (VTE vert)',
  publisher: 'Préfecture du Puy-de-Dôme',
  publishedOn: '2022-02-28',
  checkedOn: REVIEW,
};

export const bdtOperators: Source = {
  id: 'bdt-2019-operateurs',
  url: 'https://banquedesterritoires.fr/territoires-dindustrie-les-operateurs-publics-sengagent',
  title: "Territoires d'industrie : les opérateurs publics s'engagent",
  publisher: 'Banque des Territoires (Localtis)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const bdtBillion2020: Source = {
  id: 'picardie-gazette-2020-bdt-milliard',
  url: 'https://www.picardiegazette.fr/2020/12/banque-des-territoires-un-milliard-deuros-pour-lamenagement-industriel/',
  title:
    "Banque des territoires : un milliard d'euros pour l'aménagement industriel",
  publisher: 'Picardie La Gazette',
  publishedOn: '2020-12',
  checkedOn: REVIEW,
};

export const bdtRecovery: Source = {
  id: 'bdt-plan-de-relance-17000-emplois',
  url: 'https://www.banquedesterritoires.fr/territoires-dindustrie-17000-emplois-crees-grace-au-plan-de-relance',
  title:
    "Territoires d'industrie : 17.000 emplois créés grâce au plan de relance",
  publisher: 'Banque des Territoires (Localtis)',
  publishedOn: null,
  checkedOn: REVIEW,
};

export const draafFund: Source = {
  id: 'draaf-normandie-fonds-acceleration',
  url: 'https://draaf.normandie.agriculture.gouv.fr/soutien-a-l-investissement-industriel-dans-les-territoires-a2278.html',
  title: "Soutien à l'investissement industriel dans les territoires",
  publisher: 'DRAAF Normandie',
  publishedOn: null,
  checkedOn: REVIEW,
};

/** The VTE site, given as "vte-france.fr" by the programme's pages: an apply link, not a cited source. */
export const vteSite = 'https://vte-france.fr';

/** How to apply to either VTE grant: its official site. */
export const vteApply = {
  url: vteSite,
  label: {
    fr: 'Site officiel du volontariat territorial en entreprise (vte-france.fr)',
    en: 'Official site of company-based territorial volunteering (vte-france.fr)',
  },
};

export const fundGuide2024: Source = {
  id: 'cahier-2024-fonds-vert-axe-3',
  url: 'https://portail.documentation.developpement-durable.gouv.fr/pub/MPDOUV00263831-fonds-vert-fonds-acceleration-transition-ecologiqu.html',
  title:
    "Le fonds vert : fonds d'accélération de la transition écologique dans les territoires : axe 3 territoires d'industrie en transition écologique (cahier d'accompagnement, édition 2024)",
  publisher:
    'Ministère de la Transition écologique et de la Cohésion des territoires',
  publishedOn: '2024-01',
  checkedOn: REVIEW,
};

export const litiRebond: Source = {
  id: 'liti-2022-rebond-industriel',
  url: 'https://liti.fr/rebond-industriel-pour-lautomobile',
  title: "Rebond industriel pour l'automobile",
  publisher: 'liti.fr',
  publishedOn: null,
  checkedOn: REVIEW,
};

/** Bpifrance's presentation of the financing strand, at the address the stored copy gives. */
export const bpifranceRebond: Source = {
  id: 'bpifrance-rebond-industriel',
  url: 'https://assurance-export.bpifrance.fr/homepage',
  title: 'Rebond industriel',
  publisher: 'Bpifrance',
  publishedOn: null,
  checkedOn: REVIEW,
};
