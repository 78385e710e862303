import communeTerritory from '@ti-toolkit/data/commune-territory';
import territories from '@ti-toolkit/data/territories';
import {describe, expect, it} from 'vitest';
import type {Company, Establishment} from '../company-api/index.ts';
import {createPerimeter} from '../places/index.ts';
import {
  addressChoiceFor,
  chosenAddress,
  communeVerdict,
  companyVerdict,
  unknownCommunePhrase,
  type AddressChoice,
} from './index.ts';

const perimeter = createPerimeter(territories, communeTerritory);

const address = (
  siret: string,
  communeCode: string | null,
  isHeadOffice = false
): Establishment => ({
  siret,
  isHeadOffice,
  state: 'active',
  communeCode,
  postcode: null,
  communeName: null,
  epciSiren: null,
  department: null,
  region: null,
  address: null,
  latitude: null,
  longitude: null,
});

/** Head office in Paris (no territory); the establishment a SIRET lookup names is in Saint-Nom (Seine Aval). */
const company = (
  headOffice: string | null,
  establishment?: string | null
): Company => ({
  siren: '732829320',
  name: 'ATELIER MECANIQUE DE GALLY',
  state: 'active',
  activity: null,
  size: {category: null, headcount: null},
  headOffice: address('73282932000017', headOffice, true),
  establishment:
    establishment === undefined
      ? null
      : address('73282932000074', establishment),
});

describe('a SIRET means that establishment’s address', () => {
  it.each([
    ['73282932000074', 'establishment'],
    [null, 'head-office'],
  ] as const)('%s: %s', (siret, choice) =>
    expect(addressChoiceFor(siret)).toBe(choice)
  );

  const cases: [string, Company, AddressChoice, string | undefined][] = [
    [
      'the establishment, when chosen and known',
      company('75056', '78571'),
      'establishment',
      '73282932000074',
    ],
    [
      'the head office, when chosen',
      company('75056', '78571'),
      'head-office',
      '73282932000017',
    ],
    [
      'the head office, when the lookup was by SIREN',
      company('75056'),
      'establishment',
      '73282932000017',
    ],
  ];
  it.each(cases)('%s', (_, value, choice, siret) =>
    expect(chosenAddress(value, choice)?.siret).toBe(siret)
  );
});

describe('the company verdict', () => {
  const cases: [string, Company, AddressChoice, object][] = [
    [
      'an establishment in a territory',
      company('75056', '78571'),
      'establishment',
      {
        status: 'in-territory',
        communeCode: '78571',
        territory: {id: 'ti-1109', name: 'Seine Aval'},
      },
    ],
    [
      'its head office outside every territory',
      company('75056', '78571'),
      'head-office',
      {status: 'not-in-territory', communeCode: '75056'},
    ],
    [
      'a municipal arrondissement: its commune',
      company('75108'),
      'head-office',
      {status: 'not-in-territory', communeCode: '75056'},
    ],
    [
      'a merged commune’s old code: the current commune',
      company('10001'),
      'head-office',
      {status: 'in-territory', communeCode: '10289'},
    ],
    [
      'a Corsican commune',
      company('2A004'),
      'head-office',
      {communeCode: '2A004'},
    ],
    [
      'no commune in the register',
      company(null),
      'head-office',
      {status: 'no-location'},
    ],
    [
      'an empty commune code',
      company('', '78571'),
      'head-office',
      {status: 'no-location'},
    ],
  ];
  it.each(cases)('%s', (_, value, choice, expected) =>
    expect(companyVerdict(perimeter, value, choice)).toMatchObject(expected)
  );

  it('carries the address it is about', () => {
    const verdict = companyVerdict(
      perimeter,
      company('75056', '78571'),
      'establishment'
    );
    expect(verdict.address?.siret).toBe('73282932000074');
  });
});

describe('a commune code the data does not know', () => {
  it.each(['00000', '2A999', '97999', '99999', '2a999', ' 00000 ', 'ABCDE'])(
    '%s: unknown to the data, never "not in a territory"',
    (code) => {
      const verdict = communeVerdict(perimeter, code);
      expect(verdict).toMatchObject({
        status: 'unknown-commune',
        communeCode: code.trim().toUpperCase(),
        vintage: {cogYear: perimeter.vintage.cogYear},
      });
    }
  );

  it.each(['00000', '2A999', '97999'])(
    'a head office registered in %s',
    (code) =>
      expect(
        companyVerdict(perimeter, company(code), 'head-office').status
      ).toBe('unknown-commune')
  );

  it('is said with the data’s vintage, in French and English', () => {
    expect(unknownCommunePhrase({cogYear: 2026}, 'fr')).toBe(
      'commune inconnue des données (millésime COG 2026)'
    );
    expect(unknownCommunePhrase({cogYear: 2026}, 'en')).toBe(
      'commune unknown to the data (COG 2026 vintage)'
    );
  });

  it('knows every current commune of the tables', () => {
    for (const code of ['01001', '2A004', '2B033', '97411', '97601', '75056'])
      expect(perimeter.currentCommunes.has(code), code).toBe(true);
  });
});
