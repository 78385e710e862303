import type {
  Beneficiary,
  CompanySize,
  Lang,
  Localized,
  ProjectKind,
  SchemeKind,
  SchemeStatus,
} from '@ti/data/catalogue';

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

export const label = (
  labels: Record<string, Localized>,
  key: string,
  lang: Lang
): string => labels[key]?.[lang] ?? key;
