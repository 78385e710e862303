import {beforeAll, describe, expect, it} from 'vitest';
import {
  loadPlaces,
  resolvePlace,
  type CompanyLocator,
  type Places,
} from '../places/index.ts';
import {LIST_COLUMNS, listAnswerOf, type ListAnswer} from './index.ts';

let places: Places;
beforeAll(async () => {
  places = await loadPlaces();
});

const locateCompany: CompanyLocator = async ({value}) => {
  if (value === '73282932000074')
    return {
      ok: true,
      siren: '732829320',
      siret: value,
      name: 'ACME',
      location: 'establishment',
      communeCode: '78571',
    };
  if (value === '356000000')
    return {ok: false, reason: 'not-found', detail: 'introuvable'};
  return {ok: false, reason: 'failed', detail: 'HTTP 503'};
};

const answer = async (input: string, lang: 'fr' | 'en' = 'fr') =>
  listAnswerOf(await resolvePlace(places, input, {locateCompany}), lang);

describe('listAnswerOf', () => {
  it.each<[string, Partial<ListAnswer>]>([
    [
      '78571',
      {
        territory_id: 'ti-1109',
        territory_name: 'Seine Aval',
        status: 'in-territory',
        commune: 'Saint-Nom-la-Bretèche (78571)',
        epci: expect.stringMatching(/^CC Gally Mauldre \(\d{9}\)$/) as string,
      },
    ],
    [
      'insee:75108',
      {
        territory_id: '',
        territory_name: '',
        status: 'not-in-territory',
        commune: 'Paris (75056)',
      },
    ],
    ['73282932000074', {status: 'in-territory', territory_id: 'ti-1109'}],
    ['356000000', {status: 'not-found', territory_id: '', commune: ''}],
    ['35600000000048', {status: 'failed', territory_id: '', epci: ''}],
    ['cp:01750', {status: 'ambiguous', territory_id: '', commune: ''}],
    ['nowhere-123-x', {status: 'not-found'}],
    ['', {status: 'invalid'}],
  ])('%j', async (input, expected) => {
    const cells = await answer(input);
    expect(cells).toMatchObject(expected);
    expect(Object.keys(cells).sort()).toEqual([...LIST_COLUMNS].sort());
    for (const value of Object.values(cells))
      expect(typeof value).toBe('string');
    expect(cells.reason).not.toBe('');
  });

  it('says why a failed lookup failed, and never "not found"', async () => {
    const cells = await answer('35600000000048');
    expect(cells.reason).toMatch(/HTTP 503/);
    expect(cells.reason).not.toMatch(/introuvable/i);
  });

  it('marks a company that could not be looked up at all as failed', async () => {
    const offline = await resolvePlace(places, '35600000000048');
    expect(listAnswerOf(offline, 'en').status).toBe('failed');
  });

  it('lists the candidates of an ambiguous answer in the reason', async () => {
    const cells = await answer('cp:01750');
    expect(cells.reason.split(' | ').length).toBeGreaterThan(2);
  });

  it('speaks the language asked for', async () => {
    expect((await answer('78571', 'fr')).reason).toMatch(/dans le Territoire/);
    expect((await answer('78571', 'en')).reason).toMatch(/in the Territoire/);
    expect((await answer('78571', 'en')).reason).not.toMatch(/Source/);
  });
});
