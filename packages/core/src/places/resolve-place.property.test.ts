import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import type {PlaceAnswer, PlaceStatus} from './place-answer.ts';
import {territoryForCommune} from './perimeter.ts';
import {loadPlaces, type Places} from './places.ts';
import {resolvePlace, type CompanyLocator} from './resolve-place.ts';

let places: Places;
beforeAll(async () => {
  places = await loadPlaces();
});

const STATUSES: readonly PlaceStatus[] = [
  'in-territory',
  'not-in-territory',
  'ambiguous',
  'not-found',
  'invalid',
];

// What people type in a place field, and what a hostile page puts in an attribute.
const placeText = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 130}),
  fc
    .tuple(
      fc.constantFrom('', 'insee:', 'cp:', 'siren:', 'siret:', 'nom:', 'x:'),
      fc.string({
        unit: fc.constantFrom(..."0123456789 2AB-.,()\u00A0saintéÉœ'’"),
        maxLength: 20,
      })
    )
    .map(([prefix, rest]) => prefix + rest)
);

// A company lookup answering with any commune code, or failing: the resolver must cope with both.
const locatorAnswering =
  (code: string | null, ok: boolean): CompanyLocator =>
  async ({kind, value}) =>
    ok
      ? {
          ok: true,
          siren: value.slice(0, 9),
          siret: kind === 'siret' ? value : null,
          name: 'Société',
          location: kind === 'siret' ? 'establishment' : 'head-office',
          communeCode: code,
        }
      : {ok: false, reason: 'failed', detail: 'timeout'};

describe('resolvePlace on any input', () => {
  it('never throws and answers with a documented status', async () => {
    await fc.assert(
      fc.asyncProperty(
        placeText,
        fc.option(
          fc.oneof(
            fc.string({maxLength: 6}),
            fc.constantFrom('78571', '75108', '01340', '2A004', '99999')
          )
        ),
        fc.boolean(),
        async (input, code, ok) => {
          const answer = await resolvePlace(places, input, {
            locateCompany: locatorAnswering(code, ok),
          });
          expect(STATUSES).toContain(answer.status);
          expectConsistent(answer);
          expect(answer.input).toBe(input);
          expect(answer.vintage).toBe(places.perimeter.vintage);
        }
      ),
      {numRuns: 300}
    );
  });
});

describe('every code of the tables', () => {
  // Exhaustive: the tables are finite. Mismatches are collected, so a failure lists them all at once.
  it('each current INSEE code resolves to its own commune and territory', async () => {
    const wrong: string[] = [];
    for (const code of places.directory.codes) {
      const answer = await resolvePlace(places, `insee:${code}`);
      const territory = territoryForCommune(places.perimeter, code);
      const status = territory ? 'in-territory' : 'not-in-territory';
      if (
        answer.commune?.code !== code ||
        answer.territory?.id !== territory?.id ||
        answer.status !== status
      )
        wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('a bare current code keeps its INSEE reading among the answers', async () => {
    const {codes} = places.directory;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 0, max: codes.length - 1}),
        async (i) => {
          const code = codes[i]!;
          const answer = await resolvePlace(places, code);
          const read = [
            answer.commune,
            ...(answer.communes ?? []),
            ...(answer.candidates ?? []).map((c) => c.commune),
          ].map((commune) => commune?.code);
          expect(read).toContain(code);
        }
      ),
      {numRuns: 300}
    );
  });

  it('each postcode answers with exactly its communes, ambiguous only when their territories differ', async () => {
    const {indexesByPostcode, codes} = places.directory;
    const wrong: string[] = [];
    for (const [postcode, indexes] of indexesByPostcode) {
      const answer = await resolvePlace(places, `cp:${postcode}`);
      const expected = indexes.map((i) => codes[i]!);
      const territories = new Set(
        expected.map((c) => territoryForCommune(places.perimeter, c)?.id)
      );
      const consistent =
        territories.size > 1
          ? answer.status === 'ambiguous'
          : answer.territory?.id === [...territories][0];
      if (!consistent || communesOf(answer).join() !== expected.join())
        wrong.push(postcode);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a commune name however it is typed', () => {
  const variants = (name: string): string[] => [
    name.toUpperCase(),
    name.toLowerCase(),
    name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    name.normalize('NFD'),
    name.replace(/-/g, ' '),
    name.replace(/\bSaint(e?)-/g, 'St$1 '),
    `  ${name.replace(/[-']/g, ' ').toLowerCase()}  `,
  ];

  it('gives the same answer as the name as written in the tables', async () => {
    const {names} = places.directory;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 0, max: names.length - 1}),
        async (i) => {
          const name = names[i]!;
          const expected = comparable(await resolvePlace(places, name));
          for (const variant of variants(name))
            expect(
              comparable(await resolvePlace(places, variant)),
              variant
            ).toEqual(expected);
        }
      ),
      {numRuns: 150}
    );
  });
});

/** What each status promises about the rest of the answer. */
function expectConsistent(answer: PlaceAnswer): void {
  const {status, territory, candidates, reason} = answer;
  expect(territory !== null).toBe(status === 'in-territory');
  if (status === 'ambiguous')
    expect(candidates?.length).toBeGreaterThanOrEqual(2);
  expect(reason.code === 'invalid-input').toBe(status === 'invalid');
}

const communesOf = (answer: PlaceAnswer): string[] =>
  (
    answer.candidates?.map((c) => c.commune) ??
    answer.communes ?? [answer.commune]
  ).map((commune) => commune?.code ?? '');

/** An answer without the input it echoes. */
const comparable = (answer: PlaceAnswer) => ({...answer, input: null});
