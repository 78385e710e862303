import {describe, expect, it} from 'vitest';
import {placeInputOf, readCompanyList, type CompanyList} from './index.ts';

const read = (text: string): CompanyList => {
  const result = readCompanyList(text);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('placeInputOf', () => {
  it.each<[string, string, string]>([
    // Company numbers say their kind by their length: a SIREN in a siret column is still found.
    ['a siret column', 'nom;siret\nA;73282932000074', '73282932000074'],
    ['a SIREN in a siret column', 'nom;siret\nA;732829320', '732829320'],
    ['a SIREN column in capitals', 'SIREN\n732 829 320', '732 829 320'],
    ['an insee column', 'insee\n01001', 'insee:01001'],
    ['a code_postal column', 'nom;code_postal\nA;01100', 'cp:01100'],
    ['"Code Postal" with a space', 'Nom,Code Postal\nA,01100', 'cp:01100'],
    ['"code-postal" with a hyphen', 'code-postal\n01100', 'cp:01100'],
    ['"Code.Postal" with a dot', 'code.postal\n78620', 'cp:78620'],
    ['an accented "Commune"', 'nom;Communé\nA;Oyonnax', 'nom:Oyonnax'],
    ['a commune column', 'commune\nL’Étang-la-Ville', 'nom:L’Étang-la-Ville'],
    ['spaces around the cell', 'code_postal\n  01100  ', 'cp:01100'],
    ['a cell that says its kind', 'code_postal\ninsee:01283', 'insee:01283'],
    [
      'a cell prefixed in capitals',
      'siret\nSIREN:732829320',
      'SIREN:732829320',
    ],
    ['no header: the cell as it is', '01100\n78620', '01100'],
    ['a header of another name', 'identifiant\n01100', '01100'],
    ['a header "constructor"', 'constructor\n01100', '01100'],
    ['a header "__proto__"', '__proto__\n01100', '01100'],
    ['a formula stays text', 'commune\n=HYPERLINK("x")', 'nom:=HYPERLINK("x")'],
  ])('%s', (_, text, expected) => {
    expect(placeInputOf(read(text), 0)).toBe(expected);
  });

  it.each<[string, string, boolean, string[]]>([
    [
      'a postcode header said to be data: no prefix, the header row read',
      'code_postal\n01100\n',
      false,
      ['code_postal', '01100'],
    ],
    [
      'commune names said to be data: the first name read as it is',
      'Oyonnax\nNantua\n',
      false,
      ['Oyonnax', 'Nantua'],
    ],
    [
      'a header forced on postcodes: a header of another name, no prefix',
      '01100\n78620\n',
      true,
      ['78620'],
    ],
  ])('%s', (_, text, header, expected) => {
    const result = readCompanyList(text, {header});
    if (!result.ok) throw new Error(result.error.message.en);
    const list = result.value;
    expect(list.rows.map((__, i) => placeInputOf(list, i))).toEqual(expected);
  });

  it('reads the named column of each row, in order', () => {
    const list = read('nom;code_postal\nA;01100\nB;75008\nC;\n');
    expect(list.rows.map((_, i) => placeInputOf(list, i))).toEqual([
      'cp:01100',
      'cp:75008',
      '',
    ]);
  });

  it('gives an empty input for a short row or a row past the end', () => {
    const list: CompanyList = {
      headers: ['nom', 'siret'],
      rows: [['A']],
      column: 1,
      delimiter: ';',
      hasHeader: true,
    };
    expect(placeInputOf(list, 0)).toBe('');
    expect(placeInputOf(list, 5)).toBe('');
  });
});
