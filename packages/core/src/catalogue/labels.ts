import type {
  Beneficiary,
  CompanySize,
  Lang,
  Localized,
  ProjectKind,
  SchemeKind,
  SchemeStatus,
  Sector,
  TerritoryScope,
} from '@ti-toolkit/data/catalogue';

/** Display names of the catalogue's closed vocabularies, for the command line and the components. */
export const BENEFICIARY_LABELS: Record<Beneficiary, Localized> = {
  company: {fr: 'Entreprise', en: 'Company'},
  'local-authority': {fr: 'Collectivité', en: 'Local authority'},
  'training-body': {fr: 'Organisme de formation', en: 'Training body'},
  association: {fr: 'Association', en: 'Association'},
  'employer-group': {fr: "Groupement d'employeurs", en: 'Employer group'},
  'young-graduate': {fr: 'Jeune diplômé', en: 'Young graduate'},
  developer: {fr: 'Aménageur, SEM ou SPL', en: 'Developer (SEM, SPL)'},
};

export const KIND_LABELS: Record<SchemeKind, Localized> = {
  funding: {fr: 'Financement', en: 'Funding'},
  engineering: {fr: 'Ingénierie', en: 'Engineering'},
  support: {fr: 'Accompagnement', en: 'Support'},
  recruitment: {fr: 'Recrutement', en: 'Recruitment'},
  land: {fr: 'Foncier', en: 'Land'},
  information: {fr: 'Information', en: 'Information'},
};

export const STATUS_LABELS: Record<SchemeStatus, Localized> = {
  open: {fr: 'Ouvert', en: 'Open'},
  running: {fr: 'En cours', en: 'Running'},
  upcoming: {fr: 'À venir', en: 'Upcoming'},
  unconfirmed: {fr: 'Non confirmé', en: 'Unconfirmed'},
  closed: {fr: 'Clos', en: 'Closed'},
};

export const SIZE_LABELS: Record<CompanySize, Localized> = {
  micro: {fr: 'Microentreprise', en: 'Micro-enterprise'},
  sme: {fr: 'PME', en: 'SME'},
  'mid-cap': {fr: 'ETI', en: 'Mid-cap'},
  large: {fr: 'Grande entreprise', en: 'Large company'},
};

export const PROJECT_LABELS: Record<ProjectKind, Localized> = {
  decarbonisation: {fr: 'Décarbonation', en: 'Decarbonisation'},
  'circular-economy': {fr: 'Économie circulaire', en: 'Circular economy'},
  'industrial-investment': {
    fr: 'Investissement industriel',
    en: 'Industrial investment',
  },
  innovation: {fr: 'Innovation', en: 'Innovation'},
  'skills-training': {
    fr: 'Compétences et formation',
    en: 'Skills and training',
  },
  hiring: {fr: 'Recrutement', en: 'Hiring'},
  'land-brownfield': {fr: 'Foncier et friches', en: 'Land and brownfields'},
  'industrial-real-estate': {
    fr: 'Immobilier industriel',
    en: 'Industrial real estate',
  },
  studies: {fr: 'Études', en: 'Studies'},
  international: {fr: 'International', en: 'International'},
  'territory-project-lead': {
    fr: 'Chef de projet du territoire',
    en: "Territory's project lead",
  },
};

/** The current regions by INSEE code (COG), for regional schemes. */
export const REGION_LABELS: Record<string, Localized> = {
  '01': {fr: 'Guadeloupe', en: 'Guadeloupe'},
  '02': {fr: 'Martinique', en: 'Martinique'},
  '03': {fr: 'Guyane', en: 'French Guiana'},
  '04': {fr: 'La Réunion', en: 'Réunion'},
  '06': {fr: 'Mayotte', en: 'Mayotte'},
  '11': {fr: 'Île-de-France', en: 'Île-de-France'},
  '24': {fr: 'Centre-Val de Loire', en: 'Centre-Val de Loire'},
  '27': {fr: 'Bourgogne-Franche-Comté', en: 'Bourgogne-Franche-Comté'},
  '28': {fr: 'Normandie', en: 'Normandy'},
  '32': {fr: 'Hauts-de-France', en: 'Hauts-de-France'},
  '44': {fr: 'Grand Est', en: 'Grand Est'},
  '52': {fr: 'Pays de la Loire', en: 'Pays de la Loire'},
  '53': {fr: 'Bretagne', en: 'Brittany'},
  '75': {fr: 'Nouvelle-Aquitaine', en: 'Nouvelle-Aquitaine'},
  '76': {fr: 'Occitanie', en: 'Occitanie'},
  '84': {fr: 'Auvergne-Rhône-Alpes', en: 'Auvergne-Rhône-Alpes'},
  '93': {
    fr: "Provence-Alpes-Côte d'Azur",
    en: "Provence-Alpes-Côte d'Azur",
  },
  '94': {fr: 'Corse', en: 'Corsica'},
};

export const SECTOR_LABELS: Record<Sector, Localized> = {
  industry: {fr: 'industrie', en: 'industry'},
};

export const SCOPE_LABELS: Record<TerritoryScope, Localized> = {
  'all-territories': {
    fr: "Tous les Territoires d'industrie",
    en: "Every Territoire d'industrie",
  },
  'selected-territories': {
    fr: 'Territoires lauréats',
    en: 'Selected territories',
  },
  anywhere: {fr: 'Partout', en: 'Anywhere'},
};

export const label = (
  labels: Record<string, Localized>,
  key: string,
  lang: Lang
): string => labels[key]?.[lang] ?? key;
