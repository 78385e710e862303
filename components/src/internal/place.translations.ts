import type {Lang} from '../i18n/lang.ts';

/** The words of a company number typed as a place, shared by every component with a place. */
const fr = {
  companyLoading:
    'Recherche de l’entreprise dans l’annuaire public des entreprises…',
  companyUnreachable:
    'L’annuaire public des entreprises ne répond pas : impossible de localiser ce SIREN ou SIRET pour l’instant.',
  noLookup:
    'Ce site ne consulte pas l’annuaire des entreprises : un SIREN ou SIRET d’entreprise ne peut pas être localisé ici.',
  offlineAlternatives:
    'Tapez plutôt la commune de l’établissement, son code postal ou son code INSEE : la réponse vient alors sans annuaire.',
  retryLookup: 'Réessayer l’annuaire',
  companyNotFound: 'Entreprise introuvable',
  companyNotLocated: 'Entreprise non localisée',
};

const en: typeof fr = {
  companyLoading: 'Looking the company up in the public company directory…',
  companyUnreachable:
    'The public company directory does not answer: this SIREN or SIRET cannot be located for now.',
  noLookup:
    'This site does not use the company directory: a company’s SIREN or SIRET cannot be located here.',
  offlineAlternatives:
    'Type the establishment’s commune, postcode or INSEE code instead: that answer needs no directory.',
  retryLookup: 'Ask the directory again',
  companyNotFound: 'Company not found',
  companyNotLocated: 'Company not located',
};

export type PlaceTexts = typeof fr;
export const placeTexts: Record<Lang, PlaceTexts> = {fr, en};
