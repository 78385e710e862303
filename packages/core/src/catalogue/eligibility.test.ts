import type {Scheme} from '@ti-toolkit/data/catalogue';
import {describe, expect, it} from 'vitest';
import {
  assessCatalogue,
  assessScheme,
  type EligibilityProfile,
  type Verdict,
} from './eligibility.ts';
import {explainEstimate, explainReason} from './explain-eligibility.ts';
import {testScheme} from './test-scheme.ts';

const inTerritory = {
  status: 'in-territory' as const,
  territory: {
    id: 'ti-8413',
    name: 'Plastics Vallée – Oyonnax',
    phase: '2023-2027' as const,
  },
};
const outside = {status: 'not-in-territory' as const, territory: null};
const ambiguous = {status: 'ambiguous' as const, territory: null};
const vte = testScheme({
  eligibility: {
    who: ['company'],
    companySizes: ['sme', 'mid-cap'],
    projects: ['hiring'],
    estimate: 'per-hire',
    sourceIds: ['source'],
    checks: [],
  },
});
const checked = testScheme({
  eligibility: {
    who: ['company'],
    sourceIds: ['source'],
    checks: [
      {
        text: {fr: 'Accord de la gouvernance', en: 'Governance agreement'},
        sourceIds: ['source'],
      },
    ],
  },
});

describe('assessScheme', () => {
  it.each<[string, Scheme, EligibilityProfile, Verdict, string[]]>([
    [
      'a company in a territory',
      testScheme(),
      {who: 'company', place: inTerritory},
      'eligible',
      ['who-eligible', 'place-in-territory'],
    ],
    [
      'a company outside any territory',
      testScheme(),
      {who: 'company', place: outside},
      'not-eligible',
      ['who-eligible', 'place-not-in-territory'],
    ],
    [
      'a place not given',
      testScheme(),
      {who: 'company'},
      'to-check',
      ['who-eligible', 'place-unknown'],
    ],
    [
      'an ambiguous place',
      testScheme(),
      {who: 'company', place: ambiguous},
      'to-check',
      ['who-eligible', 'place-unknown'],
    ],
    [
      'a local authority for a company scheme',
      testScheme(),
      {who: 'local-authority', place: inTerritory},
      'not-eligible',
      ['who-not-eligible', 'place-in-territory'],
    ],
    [
      'a closed scheme',
      testScheme({status: 'closed'}),
      {who: 'company', place: inTerritory},
      'not-eligible',
      ['who-eligible', 'scheme-closed', 'place-in-territory'],
    ],
    [
      'an upcoming scheme',
      testScheme({status: 'upcoming'}),
      {who: 'company', place: inTerritory},
      'to-check',
      ['who-eligible', 'scheme-upcoming', 'place-in-territory'],
    ],
    [
      'an unconfirmed scheme',
      testScheme({
        status: 'unconfirmed',
        statusNote: {
          fr: 'Édition 2025 non confirmée',
          en: '2025 edition not confirmed',
        },
      }),
      {who: 'company', place: inTerritory},
      'to-check',
      ['who-eligible', 'scheme-unconfirmed', 'place-in-territory'],
    ],
    [
      'an SME',
      vte,
      {who: 'company', companySize: 'sme', place: inTerritory},
      'eligible',
      ['who-eligible', 'place-in-territory', 'size-eligible'],
    ],
    [
      'a large company',
      vte,
      {who: 'company', companySize: 'large', place: inTerritory},
      'not-eligible',
      ['who-eligible', 'place-in-territory', 'size-not-eligible'],
    ],
    [
      'a size not given',
      vte,
      {who: 'company', place: inTerritory},
      'to-check',
      ['who-eligible', 'place-in-territory', 'size-unknown'],
    ],
    [
      'a project it covers',
      vte,
      {
        who: 'company',
        companySize: 'sme',
        place: inTerritory,
        projects: ['hiring', 'studies'],
      },
      'eligible',
      [
        'who-eligible',
        'place-in-territory',
        'size-eligible',
        'project-covered',
      ],
    ],
    [
      'a project it does not cover',
      vte,
      {
        who: 'company',
        companySize: 'sme',
        place: inTerritory,
        projects: ['studies'],
      },
      'not-eligible',
      [
        'who-eligible',
        'place-in-territory',
        'size-eligible',
        'project-not-covered',
      ],
    ],
    [
      'selected territories',
      testScheme({territoryScope: 'selected-territories'}),
      {who: 'company', place: inTerritory},
      'to-check',
      ['who-eligible', 'place-selected-territories'],
    ],
    [
      'no place condition',
      testScheme({
        territoryScope: 'anywhere',
        reservedToTerritories: false,
      }),
      {who: 'company', place: outside},
      'eligible',
      ['who-eligible'],
    ],
    [
      'operator checks only',
      checked,
      {who: 'company', place: inTerritory},
      'eligible',
      ['who-eligible', 'place-in-territory', 'operator-check'],
    ],
  ])('%s', (_, scheme, profile, verdict, codes) => {
    const assessment = assessScheme(scheme, profile);
    expect(assessment.verdict).toBe(verdict);
    expect(assessment.reasons.map((r) => r.code)).toEqual(codes);
  });

  describe('scope, region, sector and timing', () => {
    const regional = testScheme({
      territoryScope: 'anywhere',
      reservedToTerritories: false,
      regions: ['11'],
    });
    const fund = testScheme({
      eligibility: {
        who: ['company'],
        sectors: ['industry'],
        investmentNotStarted: true,
        sourceIds: ['source'],
        checks: [],
      },
    });
    const laureates = testScheme({
      territoryScope: 'selected-territories',
      reservedToTerritories: false,
      laureates: [
        {
          name: {fr: 'Oyonnax', en: 'Oyonnax'},
          territoryId: 'ti-8413',
          year: 2023,
          sourceIds: ['source'],
        },
      ],
    });
    const idf = {...outside, region: '11'};
    it.each<[string, Scheme, EligibilityProfile, Verdict, string[]]>([
      [
        'in its region',
        regional,
        {who: 'company', place: idf},
        'eligible',
        ['who-eligible', 'region-eligible'],
      ],
      [
        'in another region',
        regional,
        {who: 'company', place: {...inTerritory, region: '84'}},
        'not-eligible',
        ['who-eligible', 'region-not-eligible'],
      ],
      [
        'region unknown',
        regional,
        {who: 'company', place: ambiguous},
        'to-check',
        ['who-eligible', 'region-unknown'],
      ],
      [
        'no place for a regional scheme',
        regional,
        {who: 'company'},
        'to-check',
        ['who-eligible', 'region-unknown'],
      ],
      [
        'an industrial company, investment not started',
        fund,
        {
          who: 'company',
          place: inTerritory,
          naf: '25.62B',
          investmentStarted: false,
        },
        'eligible',
        [
          'who-eligible',
          'place-in-territory',
          'sector-eligible',
          'investment-not-started',
        ],
      ],
      [
        'a retailer',
        fund,
        {
          who: 'company',
          place: inTerritory,
          naf: '47.11F',
          investmentStarted: false,
        },
        'not-eligible',
        [
          'who-eligible',
          'place-in-territory',
          'sector-not-eligible',
          'investment-not-started',
        ],
      ],
      [
        'an investment already started',
        fund,
        {
          who: 'company',
          place: inTerritory,
          naf: '2562B',
          investmentStarted: true,
        },
        'not-eligible',
        [
          'who-eligible',
          'place-in-territory',
          'sector-eligible',
          'investment-started',
        ],
      ],
      [
        'activity and timing unknown',
        fund,
        {who: 'company', place: inTerritory, naf: 'garbled'},
        'to-check',
        [
          'who-eligible',
          'place-in-territory',
          'sector-unknown',
          'investment-unknown',
        ],
      ],
      [
        'a local authority asking a company fund',
        fund,
        {who: 'local-authority', place: inTerritory, investmentStarted: false},
        'not-eligible',
        ['who-not-eligible', 'place-in-territory', 'investment-not-started'],
      ],
      [
        'laureates, place outside the programme',
        laureates,
        {who: 'company', place: outside},
        'to-check',
        ['who-eligible', 'place-selected-territories'],
      ],
      [
        'a reserved scheme, place outside',
        testScheme({territoryScope: 'selected-territories'}),
        {who: 'company', place: outside},
        'not-eligible',
        ['who-eligible', 'place-not-in-territory'],
      ],
      [
        'a closed scheme in its territory',
        testScheme({status: 'closed', statusNote: {fr: 'x', en: 'x'}}),
        {who: 'company', place: inTerritory},
        'not-eligible',
        ['who-eligible', 'scheme-closed', 'place-in-territory'],
      ],
    ])('%s', (_, scheme, profile, verdict, codes) => {
      const assessment = assessScheme(scheme, profile);
      expect(assessment.verdict).toBe(verdict);
      expect(assessment.reasons.map((r) => r.code)).toEqual(codes);
      for (const reason of assessment.reasons)
        for (const lang of ['fr', 'en'] as const)
          expect(explainReason(reason, lang)).toMatch(/\S/);
    });

    it("names the laureates a source gives in the place's territory", () => {
      const [, place] = assessScheme(laureates, {
        who: 'company',
        place: inTerritory,
      }).reasons;
      expect(place).toMatchObject({
        code: 'place-selected-territories',
        laureates: ['Oyonnax (2023)'],
      });
      expect(explainReason(place!, 'fr')).toContain('Oyonnax (2023)');
    });

    it('promises no estimate on a scheme the profile cannot get', () => {
      const assessment = assessScheme(vte, {
        who: 'company',
        companySize: 'large',
        hires: 3,
      });
      expect(assessment.verdict).toBe('not-eligible');
      expect(assessment.estimate).toBeNull();
    });
  });

  it('estimates a per-hire amount, flagged unconfirmed when the scheme is', () => {
    expect(assessScheme(vte, {who: 'company', hires: 3}).estimate).toEqual({
      euros: 12_000,
      hires: 3,
      perHire: 4000,
      confirmed: true,
    });
    const unconfirmed = {
      ...vte,
      status: 'unconfirmed' as const,
      statusNote: {fr: 'x', en: 'x'},
    };
    expect(
      assessScheme(unconfirmed, {who: 'company', hires: 2}).estimate
    ).toMatchObject({euros: 8000, confirmed: false});
  });

  it.each([0, -2, Number.NaN, undefined])(
    'gives no estimate for %s hires',
    (hires) => {
      expect(assessScheme(vte, {who: 'company', hires}).estimate).toBeNull();
    }
  );

  it('rounds a fractional number of hires down', () => {
    expect(
      assessScheme(vte, {who: 'company', hires: 2.7}).estimate?.hires
    ).toBe(2);
  });

  it('gives no estimate where no rule allows one', () => {
    expect(
      assessScheme(checked, {who: 'company', hires: 3}).estimate
    ).toBeNull();
  });
});

describe('assessCatalogue', () => {
  it('puts eligible schemes first, then those to check, then the others', () => {
    const schemes = [
      testScheme({id: 'closed', status: 'closed'}),
      testScheme({id: 'open'}),
      vte,
    ];
    const verdicts = assessCatalogue(schemes, {
      who: 'company',
      place: inTerritory,
    }).map((a) => [a.scheme.id, a.verdict]);
    expect(verdicts).toEqual([
      ['open', 'eligible'],
      ['test', 'to-check'],
      ['closed', 'not-eligible'],
    ]);
  });
});

describe('explaining verdicts', () => {
  it('says every reason in French and English', () => {
    const profiles: EligibilityProfile[] = [
      {
        who: 'company',
        place: inTerritory,
        companySize: 'large',
        projects: ['studies'],
      },
      {who: 'local-authority', place: outside},
      {who: 'company'},
    ];
    const schemes = [
      vte,
      checked,
      testScheme({status: 'closed'}),
      testScheme({status: 'upcoming'}),
    ];
    for (const scheme of schemes)
      for (const profile of profiles)
        for (const reason of assessScheme(scheme, profile).reasons) {
          expect(explainReason(reason, 'fr')).toMatch(/\S/);
          expect(explainReason(reason, 'en')).toMatch(/\S/);
        }
    const [reason] = assessScheme(vte, {who: 'local-authority'}).reasons;
    expect(explainReason(reason!, 'fr')).toBe('Réservé à : Entreprise.');
  });

  it('writes the estimate with Intl', () => {
    const text = explainEstimate(
      {euros: 12_000, hires: 3, perHire: 4000, confirmed: false},
      'fr'
    );
    expect(text.replace(/\s/g, ' ')).toBe(
      'Estimation : 3 × 4 000 € = 12 000 € (montant non confirmé)'
    );
    expect(
      explainEstimate(
        {euros: 12_000, hires: 3, perHire: 4000, confirmed: true},
        'en'
      )
    ).toBe('Estimate: 3 × €4,000 = €12,000');
  });
});
