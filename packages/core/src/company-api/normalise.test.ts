import * as v from 'valibot';
import {describe, expect, it} from 'vitest';
import {
  answerFor,
  apiCompany,
  apiHeadOffice,
  LA_POSTE_SIREN,
  LA_POSTE_SIRET,
  SIREN,
  SIRET,
  searchAnswer,
} from './fixtures.ts';
import {headcountBand} from './headcount.ts';
import type {CompanyId} from './identifier.ts';
import {
  companyFromAnswer,
  departmentOfCommune,
  normaliseEstablishment,
} from './normalise.ts';
import {
  establishmentSchema,
  searchAnswerSchema,
  type SearchAnswer,
} from './schema.ts';

const parse = (json: unknown): SearchAnswer =>
  v.parse(searchAnswerSchema, json);
const bySiren: CompanyId = {kind: 'siren', siren: SIREN};
const bySiret: CompanyId = {kind: 'siret', siren: SIREN, siret: SIRET};

describe('companyFromAnswer', () => {
  it('normalises a company found by SIREN', () => {
    const company = companyFromAnswer(parse(answerFor(SIREN)), bySiren, {
      nafLabel: (code) =>
        code === '68.32A'
          ? 'Administration d’immeubles et autres biens immobiliers'
          : undefined,
    });
    expect(company).toEqual({
      siren: SIREN,
      name: 'CARREFOUR (CTIM)',
      state: 'active',
      activity: {
        code: '68.32A',
        label: 'Administration d’immeubles et autres biens immobiliers',
      },
      size: {
        category: 'PME',
        headcount: {code: 'NN', min: 0, max: 0, year: null},
      },
      headOffice: {
        siret: `${SIREN}00013`,
        isHeadOffice: true,
        state: 'active',
        communeCode: '06030',
        postcode: '06110',
        communeName: 'LE CANNET',
        epciSiren: '200039915',
        department: '06',
        region: '93',
        address: '15 AVENUE DES ECOLES 06110 LE CANNET',
        latitude: 43.570079,
        longitude: 7.005921,
      },
      establishment: null,
    });
  });

  it('takes the asked establishment from matching_etablissements for a SIRET', () => {
    const company = companyFromAnswer(parse(answerFor(SIRET)), bySiret);
    expect(company?.establishment).toEqual({
      siret: SIRET,
      isHeadOffice: false,
      state: 'active',
      communeCode: '2B033',
      postcode: '20200',
      communeName: 'BASTIA',
      epciSiren: '242000354',
      department: '2B',
      region: '94',
      address: '1 RUE DU PORT 20200 BASTIA',
      latitude: 42.7,
      longitude: 9.45,
    });
    expect(company?.activity).toEqual({code: '68.32A', label: null});
  });

  it.each<[string, unknown, CompanyId]>([
    ['no result', searchAnswer([]), bySiren],
    ['another company', searchAnswer([apiCompany('552100554')]), bySiren],
    ['a SIRET missing from matching_etablissements', answerFor(SIREN), bySiret],
    ['another SIRET of the company', answerFor(`${SIREN}00013`), bySiret],
    [
      'the SIRET as head office only',
      searchAnswer([
        apiCompany(LA_POSTE_SIREN, {siege: apiHeadOffice(LA_POSTE_SIRET)}),
      ]),
      {kind: 'siret', siren: LA_POSTE_SIREN, siret: LA_POSTE_SIRET},
    ],
  ])('finds nothing in %s', (_case, json, id) => {
    expect(companyFromAnswer(parse(json), id)).toBeNull();
  });

  it('reads a closed company, a missing head office and unknown codes', () => {
    const json = searchAnswer([
      apiCompany(SIREN, {
        etat_administratif: 'C',
        siege: null,
        nom_complet: '  ',
        nom_raison_sociale: null,
        activite_principale: null,
        categorie_entreprise: 'XXL',
        tranche_effectif_salarie: '99',
        annee_tranche_effectif_salarie: '2023',
      }),
    ]);
    expect(companyFromAnswer(parse(json), bySiren)).toMatchObject({
      name: null,
      state: 'closed',
      activity: null,
      size: {
        category: null,
        headcount: {code: '99', min: null, max: null, year: '2023'},
      },
      headOffice: null,
    });
  });
});

describe('normaliseEstablishment', () => {
  const establishment = (overrides: Record<string, unknown>) =>
    normaliseEstablishment(
      v.parse(establishmentSchema, apiHeadOffice(SIRET, overrides))
    );

  it.each<[unknown, unknown, number | null, number | null]>([
    ['48.83002', '2.275688', 48.83002, 2.275688],
    [48.8, -61.5, 48.8, -61.5],
    [null, undefined, null, null],
    ['', ' ', null, null],
    ['abc', 'NaN', null, null],
    ['91', '181', null, null],
  ])('coordinates %j, %j -> %j, %j', (latitude, longitude, lat, lon) => {
    expect(establishment({latitude, longitude})).toMatchObject({
      latitude: lat,
      longitude: lon,
    });
  });

  it('turns empty strings into null and closed establishments into closed', () => {
    expect(
      establishment({epci: '', code_postal: null, etat_administratif: 'F'})
    ).toMatchObject({
      epciSiren: null,
      postcode: null,
      state: 'closed',
    });
  });
});

describe('departmentOfCommune', () => {
  it.each([
    ['06030', '06'],
    ['75108', '75'],
    ['2A004', '2A'],
    ['2B033', '2B'],
    ['97411', '974'],
    ['97502', '975'],
    ['98735', '987'],
    ['99134', null],
    ['6030', null],
    [null, null],
  ])('%s -> %s', (commune, department) => {
    expect(departmentOfCommune(commune)).toBe(department);
  });
});

describe('headcountBand', () => {
  it.each([
    ['12', {code: '12', min: 20, max: 49, year: '2022'}],
    ['53', {code: '53', min: 10000, max: null, year: '2022'}],
    ['00', {code: '00', min: 0, max: 0, year: '2022'}],
    ['toString', {code: 'toString', min: null, max: null, year: '2022'}],
    [null, null],
    ['', null],
  ])('%s', (code, band) => {
    expect(headcountBand(code, '2022')).toEqual(band);
  });
});

describe('searchAnswerSchema', () => {
  it.each([
    ['no results array', {}],
    ['a short SIREN', searchAnswer([apiCompany('12345')])],
    [
      'an unknown state',
      searchAnswer([apiCompany(SIREN, {etat_administratif: 'X'})]),
    ],
    [
      'a SIRET of 13 digits',
      searchAnswer([
        apiCompany(SIREN, {siege: apiHeadOffice('1234567890123')}),
      ]),
    ],
    [
      'coordinates as objects',
      searchAnswer([
        apiCompany(SIREN, {siege: apiHeadOffice(SIRET, {latitude: {}})}),
      ]),
    ],
  ])('rejects %s', (_case, json) => {
    expect(v.safeParse(searchAnswerSchema, json).success).toBe(false);
  });
});
