// Test helper: a valid scheme to vary one field at a time.
import type {Scheme} from '@ti-toolkit/data/catalogue';

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
        sourceIds: ['source'],
      },
    ],
    dates: {},
    status: 'running',
    statusSourceIds: ['source'],
    reservedToTerritories: true,
    territoryScope: 'all-territories',
    scopeSourceIds: ['source'],
    apply: {url: 'https://example.org/apply', label: text},
    sources: [
      {
        id: 'source',
        url: 'https://example.org/source',
        title: 'Source',
        publisher: 'Publisher',
        publishedOn: '2025-01',
        checkedOn: '2026-12-06',
      },
    ],
    eligibility: {who: ['company'], sourceIds: ['source'], checks: []},
    ...overrides,
  };
}
