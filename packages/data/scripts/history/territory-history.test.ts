import {describe, expect, it} from 'vitest';
import history from '../../generated/territory-history.js';
import {phase1Territories, territoryHistory} from './territory-history.ts';

const t = (id: string, name: string, sirens: string[]) => ({id, name, sirens});

describe('territoryHistory', () => {
  const cases = [
    {
      name: 'every groupement in one first-phase territory',
      current: [t('ti-1109', 'Seine Aval', ['200034130', '200059889'])],
      earlier: [
        t('ti-1108', 'Seine Aval - Mantes', ['200059889', '200034130']),
      ],
      expected: {
        'ti-1109': [{id: 'ti-1108', name: 'Seine Aval - Mantes', shared: 2}],
      },
    },
    {
      name: 'groupements from two first-phase territories, most shared first, then by id',
      current: [t('ti-2401', 'Nouveau', ['1', '2', '3', '4'])],
      earlier: [t('ti-2405', 'B', ['4']), t('ti-2402', 'A', ['1', '2'])],
      expected: {
        'ti-2401': [
          {id: 'ti-2402', name: 'A', shared: 2},
          {id: 'ti-2405', name: 'B', shared: 1},
        ],
      },
    },
    {
      name: 'the same id in both phases for other territories: matched by SIREN only',
      current: [t('ti-1108', 'Meaux', ['200072130'])],
      earlier: [
        t('ti-1108', 'Seine Aval - Mantes', ['200059889']),
        t('ti-1107', 'Nord Est 77 - Meaux', ['200072130']),
      ],
      expected: {
        'ti-1108': [{id: 'ti-1107', name: 'Nord Est 77 - Meaux', shared: 1}],
      },
    },
    {
      name: 'no groupement in the first phase: no entry',
      current: [t('ti-5301', 'Neuf', ['111111111'])],
      earlier: [t('ti-5301', 'Autre', ['222222222'])],
      expected: {},
    },
    {
      name: 'a SIREN listed twice counts once',
      current: [t('ti-7501', 'X', ['1', '1'])],
      earlier: [t('ti-7502', 'Y', ['1', '1'])],
      expected: {'ti-7501': [{id: 'ti-7502', name: 'Y', shared: 1}]},
    },
  ];
  for (const {name, current, earlier, expected} of cases)
    it(name, () => {
      expect(territoryHistory(current, earlier)).toEqual(expected);
    });
});

describe('phase1Territories', () => {
  const feature = (properties: Record<string, unknown>) => ({properties});
  const file = (...features: unknown[]) => JSON.stringify({features});

  it('reads the territories with their SIRENs, joining the features of one id', () => {
    expect(
      phase1Territories(
        file(
          feature({
            id_ti: 'ti-0101',
            lib_ti: ' Cap ',
            siren_groupement: '200018653',
          }),
          feature({
            id_ti: 'ti-2706',
            lib_ti: 'Nord Franche-Comté',
            siren_groupement: '200041887, 242504496',
          }),
          feature({id_ti: 'ti-0101', lib_ti: 'Cap', siren_groupement: ''})
        )
      )
    ).toEqual([
      {id: 'ti-0101', name: 'Cap', sirens: ['200018653']},
      {
        id: 'ti-2706',
        name: 'Nord Franche-Comté',
        sirens: ['200041887', '242504496'],
      },
    ]);
  });

  const malformed = [
    {properties: {lib_ti: 'A'}, message: 'no territory id'},
    {properties: {id_ti: 'ti-0101'}, message: 'no name'},
    {
      properties: {
        id_ti: 'ti-0101',
        lib_ti: 'A',
        siren_groupement: '=HYPERLINK("x")',
      },
      message: 'is not a SIREN',
    },
  ];
  for (const {properties, message} of malformed)
    it(`refuses a malformed feature: ${message}`, () => {
      expect(() => phase1Territories(file(feature(properties)))).toThrow(
        message
      );
    });
});

describe('the generated history', () => {
  it('gives Seine Aval its first-phase past and keeps the phases apart', () => {
    expect(history.earlier.phase).toBe('2018-2022');
    expect(history.territories['ti-1109']).toEqual([
      {id: 'ti-1108', name: 'Seine Aval - Mantes', shared: 4},
    ]);
    // Today's ti-1108 (Meaux) is not the first phase's ti-1108 (Seine Aval - Mantes).
    expect(history.territories['ti-1108']?.map((e) => e.id)).not.toContain(
      'ti-1108'
    );
    expect(Object.keys(history.territories).length).toBeGreaterThan(140);
  });
});
