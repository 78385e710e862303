import type {Scheme} from '@ti/data/catalogue';
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
    place: 'in-territory',
    companySizes: ['sme', 'mid-cap'],
    projects: ['hiring'],
    estimate: 'per-hire',
    checks: [],
  },
});
const checked = testScheme({
  eligibility: {
    who: ['company'],
    place: 'in-territory',
    checks: [{fr: 'Accord de la gouvernance', en: 'Governance agreement'}],
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
      testScheme({
        eligibility: {
          who: ['company'],
          place: 'selected-territories',
          checks: [],
        },
      }),
      {who: 'company', place: inTerritory},
      'to-check',
      ['who-eligible', 'place-selected-territories'],
    ],
    [
      'no place condition',
      testScheme({
        eligibility: {who: ['company'], place: 'anywhere', checks: []},
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
