import type {Amount} from '@ti-toolkit/data/catalogue';
import catalogue from '@ti-toolkit/data/catalogue-data';
import {describe, expect, it} from 'vitest';
import {formatAmount} from './format-amount.ts';

/** Intl writes narrow and plain no-break spaces; the tables below use plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const facts = {confirmed: true, sourceIds: ['s']};

describe('formatAmount, every shape', () => {
  it.each<[Amount, string, string]>([
    [
      {
        type: 'per-unit',
        euros: 4000,
        unit: {fr: 'par VTE recruté', en: 'per VTE hire'},
        ...facts,
      },
      '4 000 € par VTE recruté',
      '€4,000 per VTE hire',
    ],
    [
      {
        type: 'rate',
        rate: 0.5,
        upTo: true,
        of: {fr: "du coût de l'étude", en: 'of the cost of the study'},
        ...facts,
      },
      "jusqu'à 50 % du coût de l'étude",
      'up to 50% of the cost of the study',
    ],
    [
      {
        type: 'rate',
        rate: 0.5,
        upTo: false,
        ceiling: 800_000,
        of: {fr: "de l'investissement", en: 'of the investment'},
        ...facts,
      },
      "50 % de l'investissement (plafond 800 000 €)",
      '50% of the investment (capped at €800,000)',
    ],
    [
      {
        type: 'ceiling',
        ceiling: 1_000_000,
        unit: {fr: 'par projet', en: 'per project'},
        ...facts,
      },
      "jusqu'à 1 M € par projet",
      'up to €1m per project',
    ],
    [
      {type: 'envelope', euros: 52_000_000, year: 2025, ...facts},
      'Enveloppe 2025 : 52 M €',
      'Budget 2025: €52m',
    ],
    [
      {type: 'envelope', year: 2026, ...facts, confirmed: false},
      'Enveloppe 2026 : montant non publié [non confirmé]',
      'Budget 2026: amount not published [unconfirmed]',
    ],
    [
      {type: 'envelope', euros: 1_150_000_000, ...facts},
      'Enveloppe : 1,2 Md €',
      'Budget: €1.2bn',
    ],
  ])('%j', (amount, fr, en) => {
    expect(plain(formatAmount(amount, 'fr'))).toBe(fr);
    expect(plain(formatAmount(amount, 'en'))).toBe(en);
  });
});

/**
 * Every phrase the catalogue produces, as a reader sees it. A new or changed amount fails here until its
 * wording is read and written into the table: French grammar is checked by a person once, then kept.
 */
const CATALOGUE_PHRASES: Record<string, string[]> = {
  'chef-de-projet': ['Enveloppe : 6,7 M €'],
  'ingenierie-anct': ['Enveloppe : 2 M €'],
  'etudes-banque-des-territoires': [
    "jusqu'à 50 % du coût des études d'ingénierie du projet [non confirmé]",
  ],
  'fonds-vert-axe-3-volet-1': [
    'Enveloppe 2024 : 100 M €',
    'Enveloppe 2025 : 52 M €',
    'Enveloppe 2026 : montant non publié [non confirmé]',
  ],
  'fonds-vert-axe-3-volet-2': [
    'Enveloppe 2024 : 100 M €',
    'Enveloppe 2025 : 52 M €',
    'Enveloppe 2026 : montant non publié [non confirmé]',
  ],
  'fonds-vert-axe-3-volet-3': [
    'Enveloppe 2024 : 100 M €',
    'Enveloppe 2025 : 52 M €',
    'Enveloppe 2026 : montant non publié [non confirmé]',
  ],
  'rebond-industriel-financement': ['Enveloppe : 90 M €'],
  'rebond-industriel-ingenierie': [
    "100 % du coût des missions d'ingénierie menées par des cabinets experts",
    'Enveloppe : 10 M €',
  ],
  'vte-ti': ['4 000 € par VTE recruté [non confirmé]'],
  'investissement-banque-des-territoires': [
    'Enveloppe : 1 Md € [non confirmé]',
  ],
  'bpifrance-programme': ['Enveloppe : montant non publié [non confirmé]'],
  'vte-vert': [
    '12 000 € pour un recrutement en CDI ou en CDD [non confirmé]',
    "8 000 € pour un recrutement cumulé avec l'aide à l'alternance [non confirmé]",
  ],
  'sites-cles-en-main': ['Enveloppe : 450 M € [non confirmé]'],
  'fonds-vert-recyclage-foncier': [
    'Enveloppe 2026 : montant non publié [non confirmé]',
  ],
  'ile-de-france-pmup-jeunes-pousses-industrielles': [
    "jusqu'à 1 M € par projet [non confirmé]",
    "jusqu'à 1,2 M € par projet en zone de reconquête économique [non confirmé]",
    "jusqu'à 50 % des dépenses éligibles [non confirmé]",
    'Enveloppe : 8 M € [non confirmé]',
  ],
  'normandie-impulsion-developpement': [
    "jusqu'à 25 % des dépenses éligibles, en prêt à taux zéro (plafond 1 M €) [non confirmé]",
    "jusqu'à 35 % des dépenses éligibles pour un projet très créateur d'emplois (plafond 1 M €) [non confirmé]",
  ],
  'hauts-de-france-feder-pme-industrielles': [
    'Enveloppe 2025 : 12,2 M € [non confirmé]',
  ],
  'fonds-acceleration-investissements-industriels': [
    "50 % de l'investissement industriel (plafond 800 000 €)",
    'Enveloppe : 400 M €',
  ],
};

describe('formatAmount, every phrase of the catalogue', () => {
  const withAmounts = catalogue.schemes.filter((s) => s.amounts.length > 0);

  it('has a reviewed phrase for each amount, and nothing else', () => {
    expect(Object.keys(CATALOGUE_PHRASES).sort()).toEqual(
      withAmounts.map((s) => s.id).sort()
    );
  });

  it.each(withAmounts.map((s) => [s.id, s] as const))('%s', (id, scheme) => {
    expect(scheme.amounts.map((a) => plain(formatAmount(a, 'fr')))).toEqual(
      CATALOGUE_PHRASES[id]
    );
  });

  it.each(withAmounts.flatMap((s) => s.amounts.map((a) => [s.id, a] as const)))(
    '%s reads as French and English should',
    (_, amount) => {
      const fr = plain(formatAmount(amount, 'fr'));
      const en = plain(formatAmount(amount, 'en'));
      // Contractions French writes by itself ("du", "des", "au", "aux") and English leftovers.
      expect(fr).not.toMatch(
        /(^|\s)(de le|de les|à le|à les)\s|jusqu'à jusqu'à|\s{2}/i
      );
      expect(en).not.toMatch(/\bup to up to\b|\s{2}/i);
      for (const text of [fr, en])
        expect(text).not.toMatch(/\b(NaN|undefined|null)\b/);
      expect(fr).toMatch(/\d|non publié/);
      expect(en).toMatch(/\d|not published/);
    }
  );
});
