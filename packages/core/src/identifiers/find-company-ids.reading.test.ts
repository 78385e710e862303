import {describe, expect, it} from 'vitest';
import {findCompanyIds, type CompanyIdMatch} from './find-company-ids.ts';

/** kind, SIRET or else SIREN, confidence, label, value as read, the span in the original text. */
type Read = [
  CompanyIdMatch['kind'],
  string,
  CompanyIdMatch['confidence'],
  CompanyIdMatch['label'],
  string,
  string,
];

const read = (text: string): Read[] =>
  findCompanyIds(text).map((m) => [
    m.kind,
    m.siret ?? m.siren,
    m.confidence,
    m.label,
    m.value,
    text.slice(m.index, m.index + m.length),
  ]);

// Characters a reader does not see, inside the number or its label.
const INVISIBLE: [string, string, Read[]][] = [
  [
    'soft hyphens between groups',
    'SIREN : 732\u00AD829\u00AD320',
    [
      [
        'siren',
        '732829320',
        'high',
        'SIREN',
        '732829320',
        '732\u00AD829\u00AD320',
      ],
    ],
  ],
  [
    'a zero-width space inside a SIRET',
    'SIRET 732829\u200B32000074',
    [
      [
        'siret',
        '73282932000074',
        'high',
        'SIRET',
        '73282932000074',
        '732829\u200B32000074',
      ],
    ],
  ],
  [
    'soft hyphens inside the label',
    'S\u00ADI\u00ADR\u00ADE\u00ADN 732 829 320',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320', '732 829 320']],
  ],
  [
    'a zero-width joiner and non-joiner',
    'SIREN 732\u200D829\u200C320',
    [
      [
        'siren',
        '732829320',
        'high',
        'SIREN',
        '732829320',
        '732\u200D829\u200C320',
      ],
    ],
  ],
  [
    'a word joiner and a byte order mark',
    '\uFEFFSIRET\u2060: 732 829 320\u2060 00074',
    [
      [
        'siret',
        '73282932000074',
        'high',
        'SIRET',
        '732 829 320 00074',
        '732 829 320\u2060 00074',
      ],
    ],
  ],
  [
    'a left-to-right mark inside the number',
    'SIREN 732\u200E829320',
    [['siren', '732829320', 'high', 'SIREN', '732829320', '732\u200E829320']],
  ],
  [
    'several invisible characters in a row',
    'TVA FR\u00AD\u200B44\u200B\u200B732829320',
    [
      [
        'vat',
        '732829320',
        'high',
        'TVA',
        'FR44732829320',
        'FR\u00AD\u200B44\u200B\u200B732829320',
      ],
    ],
  ],
  [
    'invisible characters around the number stay out of its span',
    'SIREN \u200B732829320\u00AD.',
    [['siren', '732829320', 'high', 'SIREN', '732829320', '732829320']],
  ],
  [
    'a zero-width space joining two numbers into a longer one',
    '732829320\u200B552081317',
    [],
  ],
  ['a soft hyphen gluing a word to the number', 'ABC\u00AD732829320', []],
  ['a bad checksum stays bad', 'SIREN 732\u00AD829\u00AD321', []],
];

// Digits of other scripts and fullwidth forms, read as their values.
const OTHER_DIGITS: [string, string, Read[]][] = [
  [
    'fullwidth label and digits',
    'ＳＩＲＥＮ ７３２ ８２９ ３２０',
    [
      [
        'siren',
        '732829320',
        'high',
        'SIREN',
        '732 829 320',
        '７３２ ８２９ ３２０',
      ],
    ],
  ],
  [
    'fullwidth digits in one run',
    'SIREN ７３２８２９３２０',
    [
      [
        'siren',
        '732829320',
        'high',
        'SIREN',
        '732829320',
        '７３２８２９３２０',
      ],
    ],
  ],
  [
    'ideographic spaces between fullwidth groups',
    'ＳＩＲＥＴ：７３２\u3000８２９\u3000３２０\u3000０００７４',
    [
      [
        'siret',
        '73282932000074',
        'high',
        'SIRET',
        '732 829 320 00074',
        '７３２\u3000８２９\u3000３２０\u3000０００７４',
      ],
    ],
  ],
  [
    'a fullwidth VAT number',
    'ＦＲ４４７３２８２９３２０',
    [
      [
        'vat',
        '732829320',
        'high',
        null,
        'FR44732829320',
        'ＦＲ４４７３２８２９３２０',
      ],
    ],
  ],
  [
    'Arabic-Indic digits',
    'SIREN ٧٣٢٨٢٩٣٢٠',
    [['siren', '732829320', 'high', 'SIREN', '732829320', '٧٣٢٨٢٩٣٢٠']],
  ],
  [
    'Extended Arabic-Indic digits',
    'SIREN ۷۳۲۸۲۹۳۲۰',
    [['siren', '732829320', 'high', 'SIREN', '732829320', '۷۳۲۸۲۹۳۲۰']],
  ],
  [
    'Devanagari digits',
    'SIREN ७३२ ८२९ ३२०',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320', '७३२ ८२९ ३२०']],
  ],
  [
    'mathematical digits, two code units each',
    'SIREN 𝟕𝟑𝟐 𝟖𝟐𝟗 𝟑𝟐𝟎',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320', '𝟕𝟑𝟐 𝟖𝟐𝟗 𝟑𝟐𝟎']],
  ],
  [
    'monospace mathematical digits (the fifth set of ten)',
    '𝟽𝟹𝟸𝟾𝟸𝟿𝟹𝟸𝟶',
    [['siren', '732829320', 'low', null, '732829320', '𝟽𝟹𝟸𝟾𝟸𝟿𝟹𝟸𝟶']],
  ],
  [
    'scripts mixed in one number',
    'SIREN 7３2 ८२९ 320',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320', '7３2 ८२९ 320']],
  ],
  [
    'a fullwidth label after the number',
    '７３２ ８２９ ３２０（ＳＩＲＥＮ）',
    [
      [
        'siren',
        '732829320',
        'high',
        'SIREN',
        '732 829 320',
        '７３２ ８２９ ３２０',
      ],
    ],
  ],
  ['superscript digits are not decimal digits', 'SIREN ⁷³²⁸²⁹³²⁰', []],
  ['a fullwidth digit glued to the number makes it longer', '１732829320', []],
  ['fullwidth digits with a bad checksum', 'SIREN ７３２８２９３２１', []],
];

describe('findCompanyIds reads what a reader sees', () => {
  it.each(INVISIBLE)(
    'ignores invisible characters: %s',
    (_, text, expected) => {
      expect(read(text)).toEqual(expected);
    }
  );

  it.each(OTHER_DIGITS)(
    'reads digits of any script: %s',
    (_, text, expected) => {
      expect(read(text)).toEqual(expected);
    }
  );

  it('keeps offsets in the original text after characters it left out', () => {
    const text =
      '\u200BＳＩＲＥＮ\u00AD : ７３２ ８２９ ３２０\n\u200E𝟕𝟑𝟐𝟖𝟐𝟗𝟑𝟐𝟎 00074 ; SIREN 552 081 317';
    expect(
      findCompanyIds(text).map((m) => [m.index, m.length, m.value])
    ).toEqual([
      [text.indexOf('７'), 11, '732 829 320'],
      [text.indexOf('𝟕'), 24, '732829320 00074'],
      [text.indexOf('552'), 11, '552 081 317'],
    ]);
  });

  it('finds the same identifiers as in the plain text, at the same places when nothing was left out', () => {
    const plain =
      'SIREN 732 829 320 — TVA FR44732829320 — SIRET 55208131766522';
    const fullwidth = plain.replace(/[0-9]/g, (d) =>
      String.fromCharCode(0xff10 + Number(d))
    );
    expect(findCompanyIds(fullwidth)).toEqual(findCompanyIds(plain));
  });
});

/** kind, SIREN, confidence, displayOrder. */
type Shown = [
  CompanyIdMatch['kind'],
  string,
  CompanyIdMatch['confidence'],
  CompanyIdMatch['displayOrder'],
];

const shown = (text: string): Shown[] =>
  findCompanyIds(text).map((m) => [
    m.kind,
    m.siren,
    m.confidence,
    m.displayOrder,
  ]);

// 732829320 reversed is 023928237, which passes Luhn too: a page can show one and hold the other.
const BIDI: [string, string, Shown[]][] = [
  [
    'a right-to-left override until its PDF',
    'SIREN \u202E023928237\u202C',
    [['siren', '023928237', 'low', 'uncertain']],
  ],
  [
    'a right-to-left override left open',
    'SIREN \u202E023928237',
    [['siren', '023928237', 'low', 'uncertain']],
  ],
  [
    'a left-to-right override',
    'SIREN \u202D732829320\u202C',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a right-to-left embedding',
    'SIREN \u202B732 829 320\u202C',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a left-to-right embedding',
    'SIREN \u202A732 829 320\u202C',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a right-to-left isolate',
    'SIREN \u2067732 829 320\u2069',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a left-to-right isolate',
    'SIREN \u2066732 829 320\u2069',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a first-strong isolate',
    'SIREN \u2068732 829 320\u2069',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'an override opened at the start of the line',
    '\u202ESociété X, SIREN 023928237 et la suite',
    [['siren', '023928237', 'low', 'uncertain']],
  ],
  [
    'a VAT number in an override',
    '\u202ETVA FR44732829320\u202C',
    [['vat', '732829320', 'low', 'uncertain']],
  ],
  [
    'a right-to-left mark between the groups',
    'SIREN 732\u200F 829 320',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'an Arabic letter mark between the groups',
    'SIREN 732 829\u061C 320',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'Arabic-Indic digit groups, which bidi shows in reverse order',
    'SIREN ٧٣٢ ٨٢٩ ٣٢٠',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'after the PDF',
    'a \u202Eb\u202C, SIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'after the PDI',
    '\u2067b\u2069 SIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'on the next line: a line break ends the bidi paragraph',
    '\u202Eb\nSIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'in the next paragraph',
    '\u202Eb\n\nSIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'after a paragraph separator',
    '\u202Eb\u2029SIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'a PDF closes one embedding of two',
    '\u202B\u202Bb\u202C SIREN 732829320',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a PDF does not close an isolate',
    '\u2067b\u202C SIREN 732829320',
    [['siren', '732829320', 'low', 'uncertain']],
  ],
  [
    'a PDI closes the embeddings inside its isolate',
    '\u2067\u202Eb\u2069 SIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'a PDF or PDI with nothing open',
    '\u202C\u2069SIREN 732829320',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'a number before the override',
    'SIREN 732829320 \u202Eb',
    [['siren', '732829320', 'high', undefined]],
  ],
  [
    'a left-to-right mark only',
    'SIREN\u200E 732 829 320\u200E',
    [['siren', '732829320', 'high', undefined]],
  ],
];

describe('findCompanyIds where the display order may differ', () => {
  it.each(BIDI)('%s', (_, text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it('leaves displayOrder out when the order is certain', () => {
    expect(findCompanyIds('SIREN 732829320')[0]).not.toHaveProperty(
      'displayOrder'
    );
  });
});

describe('findCompanyIds on 1 MB of invisible or bidi characters', () => {
  it.each<[string, string, number]>([
    ['zero-width spaces', '\u200B'.repeat(1_000_000), 0],
    ['soft hyphens between digits', '7\u00AD'.repeat(500_000), 0],
    [
      'a SIREN in zero-width spaces',
      '\u200B732829320\u200B\n'.repeat(80_000),
      80_000,
    ],
    ['overrides', '\u202E'.repeat(1_000_000), 0],
    ['isolates never closed', '\u2067'.repeat(1_000_000), 0],
    ['isolates closed', '\u2067\u2069'.repeat(500_000), 0],
    ['PDIs alone', '\u2069'.repeat(1_000_000), 0],
    ['overrides and line breaks', '\u202E\n'.repeat(500_000), 0],
    ['a SIREN per override', '\u202E732829320\u202C\n'.repeat(80_000), 80_000],
    ['fullwidth digits', '７'.repeat(1_000_000), 0],
    ['Arabic-Indic digits and spaces', '٧ '.repeat(500_000), 0],
    ['mathematical digits', '𝟕'.repeat(500_000), 0],
    ['emoji', '😀'.repeat(500_000), 0],
    ['emoji then a SIREN', `${'😀'.repeat(500_000)} 732829320`, 1],
    ['Arabic text', 'بيت '.repeat(250_000), 0],
  ])('%s', (_, text, count) => {
    const started = performance.now();
    const matches = findCompanyIds(text);
    // A net against quadratic work only (minutes): a busy CI machine must pass it.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(matches).toHaveLength(count);
  });
});
