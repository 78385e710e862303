// The companies the fixture pages name, as the fake API answers them. Their numbers pass the checksums;
// their names and addresses are made up for the tests.
import {
  apiCompany,
  apiEstablishment,
  apiHeadOffice,
  json,
  searchAnswer,
  type Reply,
} from '@ti-toolkit/core/company-api/testing';

interface Place {
  commune: string;
  code_postal: string;
  libelle_commune: string;
  epci: string;
  adresse: string;
}

const SAINT_NOM: Place = {
  commune: '78571',
  code_postal: '78860',
  libelle_commune: 'SAINT-NOM-LA-BRETECHE',
  epci: '247800550',
  adresse: '2 RUE DES ATELIERS 78860 SAINT-NOM-LA-BRETECHE',
};
const PARIS_8: Place = {
  commune: '75108',
  code_postal: '75008',
  libelle_commune: 'PARIS 8',
  epci: '200054781',
  adresse: '10 RUE DE LA BOETIE 75008 PARIS',
};

interface FakeCompany {
  name: string;
  headOffice: Place;
  /** Where the establishments other than the head office are (one place is enough for the tests). */
  establishments?: Place;
}

/** Atelier Mécanique de Gally: head office in Paris (no territory), workshop in Saint-Nom-la-Bretèche (Seine Aval). */
export const PUBLISHER = {siren: '732829320', siret: '73282932000074'};
export const HOST = {siren: '424761419'};
export const AGENCY = {siren: '842613051'};
export const SPA_SECOND = {siren: '842613069'};
export const REGISTRY_SUBJECT = {siren: '842613077'};

const COMPANIES: Record<string, FakeCompany> = {
  [PUBLISHER.siren]: {
    name: 'ATELIER MECANIQUE DE GALLY',
    headOffice: PARIS_8,
    establishments: SAINT_NOM,
  },
  [HOST.siren]: {name: 'HEBERGEMENT EXEMPLE', headOffice: PARIS_8},
  [AGENCY.siren]: {name: 'AGENCE WEB EXEMPLE', headOffice: PARIS_8},
  [SPA_SECOND.siren]: {name: 'USINAGE DE LA MAULDRE', headOffice: SAINT_NOM},
  [REGISTRY_SUBJECT.siren]: {
    name: 'FONDERIE DE SEINE AVAL',
    headOffice: SAINT_NOM,
  },
};

/** The fake API's answer to `q`: the company, and for a SIRET its establishment; unknown numbers find nothing. */
export const fakeCompanies: Reply = (request, response, url) => {
  const q = url.searchParams.get('q') ?? '';
  const siren = q.slice(0, 9);
  const company = COMPANIES[siren];
  if (company === undefined)
    return json(200, searchAnswer([]))(request, response, url);
  const headOffice = apiHeadOffice(`${siren}00013`, {
    ...company.headOffice,
    est_siege: true,
  });
  const matching =
    q.length === 14
      ? [
          apiEstablishment(q, {
            ...(company.establishments ?? company.headOffice),
            est_siege: false,
          }),
        ]
      : [];
  json(
    200,
    searchAnswer([
      apiCompany(siren, {
        nom_complet: company.name,
        nom_raison_sociale: company.name,
        siege: headOffice,
        matching_etablissements: matching,
      }),
    ])
  )(request, response, url);
};
