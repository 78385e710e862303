// Test helper: a valid scheme to vary one field at a time.
import type {Scheme} from '@ti/data/catalogue';

export function testScheme(overrides: Partial<Scheme> = {}): Scheme {
  const text = {fr: 'Texte', en: 'Text'};
  return {
    id: 'test',
    title: text,
    summary: text,
    description: text,
    priorities: ['skills-recruitment'],
    beneficiaries: ['company'],
    kind: 'recruitment',
    operators: ['bpifrance'],
    amounts: [
      {
        type: 'per-unit',
        euros: 4000,
        unit: {fr: 'par recrutement', en: 'per hire'},
        confirmed: true,
      },
    ],
    dates: {},
    status: 'running',
    apply: {url: 'https://example.org/apply', label: text},
    sources: [{url: 'https://example.org/source', title: 'Source'}],
    verifiedOn: '2026-11-26',
    eligibility: {who: ['company'], place: 'in-territory', checks: []},
    ...overrides,
  };
}
