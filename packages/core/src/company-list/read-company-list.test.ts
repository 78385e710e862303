import {describe, expect, it} from 'vitest';
import {
  explainListError,
  LIST_LIMITS,
  readCompanyList,
  type CompanyList,
  type ListErrorCode,
} from './index.ts';

const read = (text: string): CompanyList => {
  const result = readCompanyList(text);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('readCompanyList: reading', () => {
  it.each<[string, string, Partial<CompanyList>]>([
    [
      'comma, header siret',
      'nom,siret\nACME,73282932000074\n',
      {
        headers: ['nom', 'siret'],
        rows: [['ACME', '73282932000074']],
        column: 1,
        delimiter: ',',
        hasHeader: true,
      },
    ],
    [
      'semicolon, CRLF, accents and spaces in the header',
      'Raison sociale;Code Postal;Commune\r\nACME;78620;L’Étang-la-Ville\r\n',
      {
        headers: ['Raison sociale', 'Code Postal', 'Commune'],
        rows: [['ACME', '78620', 'L’Étang-la-Ville']],
        column: 1,
        delimiter: ';',
      },
    ],
    [
      'BOM before the header',
      '\uFEFFSIREN;nom\n732829320;ACME',
      {headers: ['SIREN', 'nom'], column: 0, delimiter: ';'},
    ],
    [
      'INSÉE with an accent and upper case',
      'ville,INSÉE\nPoissy,78498',
      {column: 1},
    ],
    [
      'siret preferred over commune whatever the order',
      'commune;code_postal;siret\nPoissy;78300;73282932000074',
      {column: 2},
    ],
    [
      'no known name: the first column',
      'entreprise,numéro\nACME,73282932000074',
      {column: 0, hasHeader: true, headers: ['entreprise', 'numéro']},
    ],
    [
      'no header: the first cell is a SIRET',
      '73282932000074\n35600000000048\n',
      {
        headers: [],
        rows: [['73282932000074'], ['35600000000048']],
        hasHeader: false,
        column: 0,
      },
    ],
    [
      'no header: a SIRET typed with spaces, semicolons after it',
      '732 829 320 00074;ACME\n356000000;La Poste',
      {
        hasHeader: false,
        delimiter: ';',
        rows: [
          ['732 829 320 00074', 'ACME'],
          ['356000000', 'La Poste'],
        ],
      },
    ],
    [
      'no header: Corsican INSEE code',
      '2A004\n',
      {hasHeader: false, rows: [['2A004']]},
    ],
    [
      'no header: one commune name alone is a list of one',
      'Oyonnax\n',
      {hasHeader: false, headers: [], rows: [['Oyonnax']], column: 0},
    ],
    [
      'as many commas as semicolons on the first line: commas',
      'siret,nom;x\n73282932000074,ACME;y\n',
      {delimiter: ','},
    ],
    [
      'one column: semicolons, a French spreadsheet opens the answer in columns',
      'siret\n73282932000074\n',
      {delimiter: ';', column: 0},
    ],
    [
      'quoted fields, doubled quotes, delimiter and line breaks inside',
      'nom,siret\n"ACME, ""la"" société\r\nsuite",73282932000074\n',
      {rows: [['ACME, "la" société\r\nsuite', '73282932000074']]},
    ],
    [
      'a quote inside an unquoted field is text',
      'nom;siret\nécran 12" ACME;73282932000074',
      {rows: [['écran 12" ACME', '73282932000074']]},
    ],
    [
      'semicolons inside quotes do not decide the delimiter',
      '"a;b;c",siret\nx,73282932000074',
      {delimiter: ',', headers: ['a;b;c', 'siret']},
    ],
    [
      'blank lines and blank rows are left out, ragged rows kept',
      'siret;nom\n\n73282932000074\n;;\n356000000;La Poste;en plus\n\n',
      {rows: [['73282932000074'], ['356000000', 'La Poste', 'en plus']]},
    ],
    [
      'last line without line end, lone CR line ends',
      'siret\r73282932000074\r356000000',
      {rows: [['73282932000074'], ['356000000']]},
    ],
    [
      'empty quoted cells',
      'siret,nom\n73282932000074,""\n',
      {rows: [['73282932000074', '']]},
    ],
    [
      'formulas stay text',
      'siret,nom\n73282932000074,"=HYPERLINK(""http://x"",""y"")"\n356000000,=1+1\n',
      {
        rows: [
          ['73282932000074', '=HYPERLINK("http://x","y")'],
          ['356000000', '=1+1'],
        ],
      },
    ],
    [
      'an unquoted formula with quotes is split like a spreadsheet would',
      'siret,nom\n73282932000074,=HYPERLINK("http://x","y")\n',
      {rows: [['73282932000074', '=HYPERLINK("http://x"', 'y)']]},
    ],
    [
      'text after a closing quote is kept',
      'nom;siret\n"Le Bon" Coin;73282932000074',
      {rows: [['Le Bon Coin', '73282932000074']]},
    ],
    [
      'a single column of commune names has its header',
      'commune\nPoissy\nSaint-Nom-la-Bretèche',
      {
        column: 0,
        hasHeader: true,
        rows: [['Poissy'], ['Saint-Nom-la-Bretèche']],
      },
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('reads the largest list allowed', () => {
    const text = `siret\n${'73282932000074\n'.repeat(LIST_LIMITS.maxRows)}`;
    expect(read(text).rows).toHaveLength(LIST_LIMITS.maxRows);
  });
});

describe('readCompanyList: the user says whether the first row is a header', () => {
  const names = 'Oyonnax\nNantua\nBellignat\n';
  it.each<[string, string, boolean | undefined, Partial<CompanyList>, boolean]>(
    [
      [
        'names without a header: guessed as a header',
        names,
        undefined,
        {
          hasHeader: true,
          headers: ['Oyonnax'],
          rows: [['Nantua'], ['Bellignat']],
        },
        false,
      ],
      [
        'names without a header, said to be data: every row kept',
        names,
        false,
        {
          hasHeader: false,
          headers: [],
          rows: [['Oyonnax'], ['Nantua'], ['Bellignat']],
          column: 0,
        },
        false,
      ],
      [
        'the guess said again changes nothing',
        names,
        true,
        {
          hasHeader: true,
          headers: ['Oyonnax'],
          rows: [['Nantua'], ['Bellignat']],
        },
        false,
      ],
      [
        'a header whose first cell looks like a postcode, said to be a header',
        '75008;nom\n01100;ACME\n',
        true,
        {hasHeader: true, headers: ['75008', 'nom'], rows: [['01100', 'ACME']]},
        false,
      ],
      [
        'SIRETs said to be data, as guessed',
        '73282932000074\n35600000000048\n',
        false,
        {hasHeader: false, rows: [['73282932000074'], ['35600000000048']]},
        false,
      ],
      [
        'a named column said to be data: the row is data, the first column read',
        'nom;siret\nACME;73282932000074\n',
        false,
        {
          hasHeader: false,
          headers: [],
          rows: [
            ['nom', 'siret'],
            ['ACME', '73282932000074'],
          ],
          column: 0,
        },
        true,
      ],
      [
        'a named column said to be a header, as guessed',
        'nom;siret\nACME;73282932000074\n',
        true,
        {hasHeader: true, column: 1},
        true,
      ],
      [
        'a BOM stays out of the first data row',
        '\uFEFFOyonnax\nNantua',
        false,
        {rows: [['Oyonnax'], ['Nantua']]},
        false,
      ],
    ]
  )('%s', (_, text, header, expected, named) => {
    const result = readCompanyList(text, {header});
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value).toMatchObject(expected);
    expect(result.named).toBe(named);
  });

  it.each<[string, unknown]>([
    ['a string', 'false'],
    ['a number', 0],
    ['null', null],
  ])('ignores a header override that is %s: the guess stands', (_, header) => {
    const result = readCompanyList('Oyonnax\nNantua', {
      header: header as boolean,
    });
    expect(result).toMatchObject({ok: true, value: {hasHeader: true}});
  });

  it('guesses when given no options object at all', () => {
    const result = readCompanyList(
      'Oyonnax\nNantua',
      null as unknown as undefined
    );
    expect(result).toMatchObject({ok: true, value: {hasHeader: true}});
  });

  it.each<[string, string, boolean, ListErrorCode]>([
    ['a header forced on a one-row list', '73282932000074\n', true, 'empty'],
    ['a header forced on a one-name list', 'Oyonnax', true, 'empty'],
    ['data forced on blank text', '\n\n', false, 'empty'],
    [
      'data forced on a header and the largest list',
      `siret\n${'356000000\n'.repeat(LIST_LIMITS.maxRows)}`,
      false,
      'too-many-rows',
    ],
  ])('%s fails as the guess would', (_, text, header, code) => {
    expect(readCompanyList(text, {header})).toMatchObject({
      ok: false,
      reason: code,
      error: {code},
    });
  });

  it('reads the largest list with its header forced on one row more', () => {
    const text = '356000000\n'.repeat(LIST_LIMITS.maxRows + 1);
    const result = readCompanyList(text, {header: true});
    expect(result.ok && result.value.rows).toHaveLength(LIST_LIMITS.maxRows);
  });
});

describe('readCompanyList: hostile input', () => {
  const latin1AsUtf8 = new TextDecoder().decode(
    new Uint8Array([
      ...new TextEncoder().encode('nom;commune\nSoci'),
      0xe9,
      ...new TextEncoder().encode('t'),
      0xe9,
      ...new TextEncoder().encode(';Saint-Denis\n'),
    ])
  );
  const png = new TextDecoder().decode(
    new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
      0x44, 0x52,
    ])
  );
  const noise = new TextDecoder().decode(
    Uint8Array.from({length: 400}, (_, i) => 0x80 + ((i * 37) % 0x7f))
  );
  it.each<[string, string, ListErrorCode, number?]>([
    ['empty', '', 'empty'],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n  \n', 'empty'],
    ['only a header', 'siret;nom\n', 'empty'],
    ['only a header naming no column', 'Raison sociale;Ville\n', 'empty'],
    ['a NUL byte', 'siret\n7328293200\u00000074', 'binary'],
    ['a PNG file', png, 'binary'],
    ['bytes that are no UTF-8 at all', noise, 'binary'],
    [
      'control characters',
      `siret\n${'\u0001\u0002\u0003'.repeat(5)}`,
      'binary',
    ],
    ['Latin-1 accents read as UTF-8', latin1AsUtf8, 'not-utf8'],
    [
      'an unterminated quote',
      'siret,nom\n73282932000074,ok\n356000000,"La Poste\n',
      'unterminated-quote',
      3,
    ],
    [
      'a quote never closed after line breaks in quotes',
      'nom,siret\n"a\nb",1\n"c',
      'unterminated-quote',
      4,
    ],
    [
      'too many rows',
      `siret\n${'356000000\n'.repeat(LIST_LIMITS.maxRows + 1)}`,
      'too-many-rows',
    ],
    [
      'too many rows without header',
      '356000000\n'.repeat(LIST_LIMITS.maxRows + 1),
      'too-many-rows',
    ],
    ['too large', `siret\n${'x'.repeat(LIST_LIMITS.maxChars)}`, 'too-large'],
  ])('%s', (_, text, code, line) => {
    const result = readCompanyList(text);
    expect(result).toMatchObject({ok: false, reason: code, error: {code}});
    if (result.ok) return;
    expect(result.error.line).toBe(line);
    expect(explainListError(result.error, 'fr')).toMatch(/\S/);
    expect(explainListError(result.error, 'en')).toMatch(/\S/);
    expect(result.error.message.fr).not.toBe(result.error.message.en);
  });

  it('says where the quote was opened', () => {
    const result = readCompanyList('siret\n"356000000\n\n');
    expect(result.ok || explainListError(result.error, 'en')).toBe(
      'A quote opened on line 2 is never closed.'
    );
  });

  it('gives the limits in the messages', () => {
    const result = readCompanyList('x'.repeat(LIST_LIMITS.maxChars + 1));
    expect(result.ok || result.error.message.fr).toMatch(
      /5\u202f000\u202f000 caractères/
    );
    expect(result.ok || result.error.message.en).toMatch(
      /5,000,000 characters/
    );
  });
});
