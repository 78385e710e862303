import {describe, expect, it} from 'vitest';
import {
  LIST_COLUMNS,
  neutraliseCell,
  readCompanyList,
  writeCompanyList,
  type CompanyList,
  type ListAnswer,
} from './index.ts';

const answer = (overrides: Partial<ListAnswer> = {}): ListAnswer => ({
  territory_id: 'ti-1109',
  territory_name: 'Seine Aval',
  status: 'in-territory',
  reason: 'ok',
  commune: 'Saint-Nom-la-Bretèche (78571)',
  epci: 'CC Gally Mauldre (200034130)',
  ...overrides,
});

const list = (overrides: Partial<CompanyList>): CompanyList => ({
  headers: ['nom', 'siret'],
  rows: [],
  column: 1,
  delimiter: ',',
  hasHeader: true,
  ...overrides,
});

// A list of one column has no delimiter of its own: it comes back with semicolons, a French spreadsheet's.
const noAnswer = ';'.repeat(LIST_COLUMNS.length);

const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('writeCompanyList', () => {
  it('appends the columns to the header and to every row, in order', () => {
    const text = writeCompanyList(
      list({
        rows: [
          ['ACME', '73282932000074'],
          ['La Poste', '356000000'],
        ],
      }),
      [
        answer(),
        answer({
          territory_id: '',
          territory_name: '',
          status: 'failed',
          reason: 'HTTP 503',
          commune: '',
          epci: '',
        }),
      ]
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines(text)).toEqual([
      `nom,siret,${LIST_COLUMNS.join(',')}`,
      'ACME,73282932000074,ti-1109,Seine Aval,in-territory,ok,Saint-Nom-la-Bretèche (78571),CC Gally Mauldre (200034130)',
      'La Poste,356000000,,,failed,HTTP 503,,',
      '',
    ]);
  });

  it('keeps the semicolon and writes no header when there was none', () => {
    const text = writeCompanyList(
      list({
        headers: [],
        hasHeader: false,
        delimiter: ';',
        column: 0,
        rows: [['73282932000074']],
      }),
      [answer({reason: 'un ; deux'})]
    );
    expect(lines(text)[0]).toBe(
      '73282932000074;ti-1109;Seine Aval;in-territory;"un ; deux";Saint-Nom-la-Bretèche (78571);CC Gally Mauldre (200034130)'
    );
  });

  it('leaves the answer cells empty for a row not answered yet', () => {
    const text = writeCompanyList(list({rows: [['ACME', '1']]}), [undefined]);
    expect(lines(text)[1]).toBe('ACME,1,,,,,,');
  });

  it('pads short rows so that the appended columns line up', () => {
    const text = writeCompanyList(list({rows: [['ACME'], ['A', 'B', 'C']]}), [
      undefined,
      undefined,
    ]);
    expect(lines(text).map((line) => line.split(',').length)).toEqual([
      9, 9, 9, 1,
    ]);
  });

  it.each<[string, string]>([
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['a;b', 'a;b'],
  ])('quotes %j where needed', (cell, written) => {
    const text = writeCompanyList(
      list({headers: ['x'], column: 0, rows: [[cell]]}),
      []
    );
    expect(lines(text.replace(/\r\n$/, ''))[0]).toBe(
      'x,territory_id,territory_name,status,reason,commune,epci'
    );
    expect(text).toContain(`\r\n${written},,,`);
  });

  it('neutralises formulas in every cell, input and answers, header included', () => {
    const text = writeCompanyList(
      list({
        headers: ["=cmd|' /C calc'!A0", 'siret'],
        rows: [
          ['=HYPERLINK("http://evil.example","clic")', '+33'],
          ['@SUM(A1)', ' -1'],
        ],
      }),
      [answer({reason: '=1+1', commune: '-x'}), answer({epci: '\t=2'})]
    );
    expect(lines(text)).toEqual([
      `'=cmd|' /C calc'!A0,siret,${LIST_COLUMNS.join(',')}`,
      `"'=HYPERLINK(""http://evil.example"",""clic"")",'+33,ti-1109,Seine Aval,in-territory,'=1+1,'-x,CC Gally Mauldre (200034130)`,
      `'@SUM(A1),' -1,ti-1109,Seine Aval,in-territory,ok,Saint-Nom-la-Bretèche (78571),'\t=2`,
      '',
    ]);
  });

  it.each<[string, boolean, string[]]>([
    [
      'said to be data: no header written, every row kept',
      false,
      [`Oyonnax${noAnswer}`, `Nantua${noAnswer}`],
    ],
    [
      'said to be a header: written back as the header',
      true,
      [`Oyonnax;${LIST_COLUMNS.join(';')}`, `Nantua${noAnswer}`],
    ],
  ])('a list of names, one column, %s', (_, header, expected) => {
    const read = readCompanyList('Oyonnax\nNantua\n', {header});
    if (!read.ok) throw new Error(read.reason);
    expect(lines(writeCompanyList(read.value, []))).toEqual([...expected, '']);
  });

  it('reads back what it wrote (formulas made text)', () => {
    const source =
      'nom;siret\r\n"ACME; ""la"" société";73282932000074\r\n=1+1;356000000\r\n';
    const read = readCompanyList(source);
    if (!read.ok) throw new Error(read.reason);
    const again = readCompanyList(
      writeCompanyList(read.value, [answer(), undefined])
    );
    if (!again.ok) throw new Error(again.reason);
    expect(again.value.delimiter).toBe(';');
    expect(again.value.rows.map((row) => row.slice(0, 2))).toEqual([
      ['ACME; "la" société', '73282932000074'],
      ["'=1+1", '356000000'],
    ]);
    expect(again.value.headers).toEqual(['nom', 'siret', ...LIST_COLUMNS]);
  });
});

describe('neutraliseCell', () => {
  it.each<[string, string]>([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\tplain', "'\tplain"],
    ['   =HYPERLINK("x")', '\'   =HYPERLINK("x")'],
    ['\u00a0+1', "'\u00a0+1"],
    ['', ''],
    ['73282932000074', '73282932000074'],
    ['Saint-Nom-la-Bretèche', 'Saint-Nom-la-Bretèche'],
    ["'=already", "'=already"],
    ['a=b', 'a=b'],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });
});
