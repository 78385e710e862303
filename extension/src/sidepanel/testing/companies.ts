// Test data for the panel: companies as the API client gives them, in and out of a territory.
import type {Company, Establishment} from '@ti-toolkit/core/company-api';
import type {DetectedCompany} from '@ti-toolkit/core/page-companies';
import type {LookupRecord, TabState} from '../../shared/tab-state.ts';

export const SIREN = '732829320';
export const SIRET = '73282932000074';
export const HEAD_OFFICE_SIRET = '73282932000017';
export const OTHER_SIREN = '356000000';

export const establishment = (
  overrides: Partial<Establishment> = {}
): Establishment => ({
  siret: SIRET,
  isHeadOffice: false,
  state: 'active',
  communeCode: '01283',
  postcode: '01100',
  communeName: 'OYONNAX',
  epciSiren: '200042935',
  department: '01',
  region: '84',
  address: '12 RUE DE LA PLASTURGIE 01100 OYONNAX',
  latitude: null,
  longitude: null,
  ...overrides,
});

/** A plastics moulder with its establishment in Oyonnax (Plastics Vallée) and its head office in Paris. */
export const company = (overrides: Partial<Company> = {}): Company => ({
  siren: SIREN,
  name: 'PLASTIQUES DU HAUT-BUGEY',
  state: 'active',
  activity: {code: '22.29A', label: null},
  size: {
    category: 'PME',
    headcount: {code: '12', min: 20, max: 49, year: '2023'},
  },
  headOffice: establishment({
    siret: HEAD_OFFICE_SIRET,
    isHeadOffice: true,
    communeCode: '75056',
    postcode: '75008',
    communeName: 'PARIS',
    epciSiren: '200054781',
    address: '8 RUE DE LA PAIX 75008 PARIS',
  }),
  establishment: establishment(),
  ...overrides,
});

export const detected = (
  overrides: Partial<DetectedCompany> = {}
): DetectedCompany => ({
  siren: SIREN,
  siret: SIRET,
  source: 'pappers',
  confidence: 'high',
  ...overrides,
});

export const tabState = (overrides: Partial<TabState> = {}): TabState => ({
  url: 'https://www.pappers.fr/entreprise/x',
  companies: [detected()],
  chosen: {siren: SIREN, address: 'establishment'},
  notice: null,
  updatedAt: 0,
  ...overrides,
});

export const found = (identifier: string, value: Company): LookupRecord => ({
  identifier,
  status: 'done',
  result: {ok: true, value},
  finishedAt: 0,
});
