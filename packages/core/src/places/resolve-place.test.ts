import {beforeAll, describe, expect, it} from 'vitest';
import type {PlaceAnswer, PlaceStatus} from './place-answer.ts';
import {loadPlaces, type Places} from './places.ts';
import {resolvePlace, type CompanyLocator} from './resolve-place.ts';
import {explainAnswer} from './explain-answer.ts';

let places: Places;
beforeAll(async () => {
  places = await loadPlaces();
});

type Case = [
  input: string,
  status: PlaceStatus,
  territory: string | null,
  commune: string | null,
  reason: string,
];

describe('resolvePlace', () => {
  it.each<Case>([
    // INSEE codes
    ['78571', 'in-territory', 'ti-1109', '78571', 'commune-in-territory'],
    ['insee:78571', 'in-territory', 'ti-1109', '78571', 'commune-in-territory'],
    ['01010', 'in-territory', 'ti-8418', '01010', 'commune-in-territory'],
    ['2A004', 'in-territory', 'ti-9402', '2A004', 'commune-in-territory'],
    ['insee:2a004', 'in-territory', 'ti-9402', '2A004', 'commune-in-territory'],
    ['insee:38185', 'in-territory', 'ti-8420', '38185', 'commune-in-territory'],
    [
      'insee:69123',
      'not-in-territory',
      null,
      '69123',
      'commune-not-in-territory',
    ],
    ['insee:99999', 'not-found', null, null, 'unknown-code'],
    // Paris, Lyon, Marseille arrondissements
    [
      'insee:75108',
      'not-in-territory',
      null,
      '75056',
      'commune-not-in-territory',
    ],
    [
      'insee:69383',
      'not-in-territory',
      null,
      '69123',
      'commune-not-in-territory',
    ],
    ['insee:13216', 'in-territory', 'ti-9301', '13055', 'commune-in-territory'],
    // old code of a merged commune
    [
      'insee:01340',
      'not-in-territory',
      null,
      '01015',
      'commune-not-in-territory',
    ],
    // a bare 01340 is also a postcode: the old-code reading gives way
    ['01340', 'in-territory', 'ti-8402', null, 'postcode-one-outcome'],
    // communes listed on their own, intercommunality left out
    ['insee:58046', 'in-territory', 'ti-2707', '58046', 'commune-in-territory'],
    ['La Courtine', 'in-territory', 'ti-7506', '23067', 'commune-in-territory'],
    // Greater Paris: in a territory through an EPT, not the Métropole
    ['insee:92004', 'in-territory', 'ti-1101', '92004', 'commune-in-territory'],
    [
      'insee:93070',
      'not-in-territory',
      null,
      '93070',
      'commune-not-in-territory',
    ],
    // communes without an intercommunality
    ['Ouessant', 'not-in-territory', null, '29155', 'commune-not-in-territory'],
    // postcodes
    ['cp:01750', 'ambiguous', null, null, 'postcode-several-outcomes'],
    ['cp:01100', 'in-territory', 'ti-8413', null, 'postcode-one-outcome'],
    ['cp:75008', 'not-in-territory', null, '75056', 'postcode-one-outcome'],
    ['75008', 'not-in-territory', null, '75056', 'postcode-one-outcome'],
    ['cp:00000', 'not-found', null, null, 'unknown-postcode'],
    // names
    [
      'saint nom la breteche',
      'in-territory',
      'ti-1109',
      '78571',
      'commune-in-territory',
    ],
    [
      'SAINT-NOM-LA-BRETÈCHE',
      'in-territory',
      'ti-1109',
      '78571',
      'commune-in-territory',
    ],
    [
      'st nom la bretèche',
      'in-territory',
      'ti-1109',
      '78571',
      'commune-in-territory',
    ],
    [
      "L'Île-d'Yeu",
      'not-in-territory',
      null,
      '85113',
      'commune-not-in-territory',
    ],
    [
      'l ile d yeu',
      'not-in-territory',
      null,
      '85113',
      'commune-not-in-territory',
    ],
    ['Saint-Denis', 'ambiguous', null, null, 'name-homonyms'],
    [
      'Saint-Denis 93200',
      'not-in-territory',
      null,
      '93066',
      'commune-not-in-territory',
    ],
    [
      'Saint-Denis (93)',
      'not-in-territory',
      null,
      '93066',
      'commune-not-in-territory',
    ],
    [
      'saint denis, 974',
      'not-in-territory',
      null,
      '97411',
      'commune-not-in-territory',
    ],
    [
      'Saint-Denis (30)',
      'in-territory',
      'ti-7601',
      '30247',
      'commune-in-territory',
    ],
    ['Saint-Denis (99)', 'ambiguous', null, null, 'name-homonyms'],
    ['Oyonn 01100', 'in-territory', 'ti-8413', '01283', 'commune-in-territory'],
    [
      'nom:Cercy-la-Tour',
      'in-territory',
      'ti-2707',
      '58046',
      'commune-in-territory',
    ],
    ['Zzyzx-sur-Mer', 'not-found', null, null, 'unknown-name'],
    // groupement SIRENs
    [
      'siren:200057990',
      'in-territory',
      'ti-1101',
      null,
      'groupement-in-territory',
    ],
    ['245804406', 'in-territory', 'ti-2707', null, 'groupement-in-territory'],
    [
      'siren:200054781',
      'ambiguous',
      null,
      null,
      'groupement-partly-in-territories',
    ],
    [
      'siren:200066744',
      'ambiguous',
      null,
      null,
      'groupement-partly-in-territories',
    ],
    [
      'siren:200046977',
      'not-in-territory',
      null,
      null,
      'groupement-not-in-territory',
    ],
    // companies without a lookup
    ['siren:732829320', 'not-found', null, null, 'company-lookup-unavailable'],
    ['73282932000074', 'not-found', null, null, 'company-lookup-unavailable'],
    // invalid input
    ['', 'invalid', null, null, 'invalid-input'],
    ['   ', 'invalid', null, null, 'invalid-input'],
    ['1234', 'invalid', null, null, 'invalid-input'],
    ['123456789', 'invalid', null, null, 'invalid-input'],
    ['siret:73282932000075', 'invalid', null, null, 'invalid-input'],
    ['insee:7857', 'invalid', null, null, 'invalid-input'],
    ['cp:7862A', 'invalid', null, null, 'invalid-input'],
    ['javascript:alert(1)', 'invalid', null, null, 'invalid-input'],
    ['<img src=x onerror=alert(1)>', 'not-found', null, null, 'unknown-name'],
    ['a'.repeat(5000), 'invalid', null, null, 'invalid-input'],
    ['---', 'invalid', null, null, 'invalid-input'],
  ])(
    '%s -> %s %s %s (%s)',
    async (input, status, territory, commune, reason) => {
      const answer = await resolvePlace(places, input);
      expect(answer).toMatchObject({input, status, reason: {code: reason}});
      expect(answer.territory?.id ?? null).toBe(territory);
      expect(answer.commune?.code ?? null).toBe(commune);
      expect(answer.vintage).toMatchObject({
        phase: '2023-2027',
        perimeterDate: '2024-07-04',
        cogYear: 2026,
      });
    }
  );

  it('names the EPT, not the Métropole, for a Greater Paris commune in a territory', async () => {
    const answer = await resolvePlace(places, 'insee:92004');
    expect(answer.groupement).toEqual({
      siren: '200057990',
      name: 'Boucle Nord de Seine',
      kind: 'ept',
    });
    expect(answer.reason.membership).toBe('groupement');
  });

  it('names the EPTs that bring the Métropole du Grand Paris into territories', async () => {
    const answer = await resolvePlace(places, 'siren:200054781');
    expect(
      answer.candidates?.map((c) => [c.groupement?.kind, c.territory?.id])
    ).toEqual(
      expect.arrayContaining([
        ['ept', 'ti-1101'],
        ['ept', 'ti-1104'],
        ['ept', 'ti-1105'],
      ])
    );
    expect(answer.candidates).toHaveLength(3);
  });

  it('lists the communes of a partial intercommunality that are listed on their own', async () => {
    const answer = await resolvePlace(places, 'siren:200066744');
    expect(answer.candidates).toHaveLength(11);
    expect(
      answer.candidates?.every(
        (c) => c.commune && c.territory?.id === 'ti-7506'
      )
    ).toBe(true);
  });

  it('says when a bare code is read as a postcode although it is also an old INSEE code', async () => {
    const answer = await resolvePlace(places, '75008');
    expect(answer.kind).toBe('postcode');
    expect(answer.reason.oldCodeOf).toEqual({code: '93008', name: 'Bobigny'});
    expect(explainAnswer(answer, 'fr')).toMatch(
      /^75008 est aussi un ancien code INSEE \(Bobigny \(93008\)\), écarté au profit du code postal\./
    );
  });

  it('explains a malformed identifier in words, not with an internal code', async () => {
    const answer = await resolvePlace(places, 'siren:123456789');
    expect(explainAnswer(answer, 'fr')).toMatch(
      /SIREN invalide \(9 chiffres dont une clé de contrôle/
    );
    expect(explainAnswer(answer, 'en')).not.toMatch(/invalid-siren/);
  });

  it('says how a commune listed on its own is in its territory', async () => {
    const answer = await resolvePlace(places, 'insee:58046');
    expect(answer.reason.membership).toBe('commune-listed');
    expect(answer.groupement?.name).toBe('CC Bazois Loire Morvan');
  });

  it('records the code typed when it is an arrondissement or an old code', async () => {
    expect((await resolvePlace(places, '75108')).reason).toMatchObject({
      via: 'arrondissement',
      typed: '75108',
    });
    expect((await resolvePlace(places, 'insee:01340')).reason).toMatchObject({
      via: 'old-code',
      typed: '01340',
    });
  });

  it('lists the candidates of an ambiguous postcode with their outcome', async () => {
    const answer = await resolvePlace(places, 'cp:01750');
    expect(
      answer.candidates?.map((c) => [c.commune?.code, c.territory?.id ?? null])
    ).toEqual([
      ['01134', 'ti-8402'],
      ['01320', null],
      ['01370', null],
    ]);
  });

  it('lists the communes of a postcode that share one outcome', async () => {
    const answer = await resolvePlace(places, 'cp:01100');
    expect(answer.communes?.map((c) => c.name)).toContain('Oyonnax');
  });

  it('reads a bare 5-digit input both ways and says so when the readings differ', async () => {
    expect((await resolvePlace(places, '01010')).kind).toBe('insee'); // Anglefort; no commune has postcode 01010
    const both = await resolvePlace(places, '01100'); // Cheignieu-la-Balme's INSEE code, Oyonnax's postcode
    expect(both).toMatchObject({
      status: 'ambiguous',
      reason: {code: 'code-both-insee-and-postcode'},
    });
    expect(
      both.candidates
        ?.filter((c) => c.kind === 'insee')
        .map((c) => c.commune?.name)
    ).toEqual(['Cheignieu-la-Balme']);
    expect(
      both.candidates
        ?.filter((c) => c.kind === 'postcode')
        .map((c) => c.commune?.name)
    ).toContain('Oyonnax');
  });

  it('explains every answer in French and English with the data vintage', async () => {
    for (const input of [
      '78571',
      '75108',
      'cp:01750',
      'siren:200054781',
      'Ouessant',
      '',
      'siren:732829320',
    ]) {
      const answer = await resolvePlace(places, input);
      expect(explainAnswer(answer, 'fr')).toMatch(
        /mise à jour du 04\/07\/2024.*COG 2026/
      );
      expect(explainAnswer(answer, 'en')).toMatch(/Source: ANCT.*COG 2026/);
    }
  });
});

describe('resolvePlace with a company lookup', () => {
  const locate: CompanyLocator = async ({kind, value}) => {
    if (value.startsWith('552081317'))
      return {ok: false, reason: 'not-found', detail: 'absent'};
    if (value.startsWith('356000000'))
      return {ok: false, reason: 'failed', detail: 'HTTP 500'};
    return {
      ok: true,
      siren: value.slice(0, 9),
      siret: kind === 'siret' ? value : null,
      name: 'Test SA',
      location: kind === 'siret' ? 'establishment' : 'head-office',
      communeCode: kind === 'siret' ? '13216' : null,
    };
  };

  it.each<[string, PlaceStatus, string | null, string]>([
    ['siret:73282932000074', 'in-territory', 'ti-9301', 'commune-in-territory'],
    ['siren:732829320', 'not-found', null, 'company-without-location'],
    ['siren:552081317', 'not-found', null, 'company-not-found'],
    ['siret:35600000000048', 'not-found', null, 'company-lookup-failed'],
  ])('%s -> %s', async (input, status, territory, reason) => {
    const answer: PlaceAnswer = await resolvePlace(places, input, {
      locateCompany: locate,
    });
    expect(answer.status).toBe(status);
    expect(answer.territory?.id ?? null).toBe(territory);
    expect(answer.reason.code).toBe(reason);
  });

  it('keeps the company and the establishment used', async () => {
    const answer = await resolvePlace(places, 'siret:73282932000074', {
      locateCompany: locate,
    });
    expect(answer.company).toEqual({
      siren: '732829320',
      siret: '73282932000074',
      name: 'Test SA',
      location: 'establishment',
    });
    expect(answer.commune).toEqual({code: '13055', name: 'Marseille'});
  });

  it('never asks the lookup for a groupement SIREN', async () => {
    let calls = 0;
    await resolvePlace(places, 'siren:200057990', {
      locateCompany: async (q) => (calls++, locate(q)),
    });
    expect(calls).toBe(0);
  });
});
