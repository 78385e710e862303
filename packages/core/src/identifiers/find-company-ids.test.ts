import {describe, expect, it} from 'vitest';
import {findCompanyIds, type CompanyIdMatch} from './find-company-ids.ts';

/** kind, SIRET or else SIREN, confidence, label, value as written. */
type Found = [
  CompanyIdMatch['kind'],
  string,
  CompanyIdMatch['confidence'],
  CompanyIdMatch['label'],
  string,
];

const found = (text: string): Found[] =>
  findCompanyIds(text).map((m) => [
    m.kind,
    m.siret ?? m.siren,
    m.confidence,
    m.label,
    m.value,
  ]);

const FOUND: [string, Found[]][] = [
  // SIRET, with its label or bare
  [
    'SIRET : 732 829 320 00074',
    [['siret', '73282932000074', 'high', 'SIRET', '732 829 320 00074']],
  ],
  [
    'N° SIRET 73282932000074',
    [['siret', '73282932000074', 'high', 'SIRET', '73282932000074']],
  ],
  [
    'Siret : 732829320 00074',
    [['siret', '73282932000074', 'high', 'SIRET', '732829320 00074']],
  ],
  [
    'SIRET 732 829 320 000 74',
    [['siret', '73282932000074', 'high', 'SIRET', '732 829 320 000 74']],
  ],
  [
    'siret: 55208131766522',
    [['siret', '55208131766522', 'high', 'SIRET', '55208131766522']],
  ],
  [
    'SIRET\u00A0: 732\u00A0829\u00A0320\u00A000074',
    [
      [
        'siret',
        '73282932000074',
        'high',
        'SIRET',
        '732\u00A0829\u00A0320\u00A000074',
      ],
    ],
  ],
  [
    'N°\u00A0SIRET\u00A0:\u00A044306184100047',
    [['siret', '44306184100047', 'high', 'SIRET', '44306184100047']],
  ],
  [
    'SIRET\n732 829 320 00074',
    [['siret', '73282932000074', 'high', 'SIRET', '732 829 320 00074']],
  ],
  [
    '73282932000074',
    [['siret', '73282932000074', 'low', null, '73282932000074']],
  ],
  [
    'Établissement 732 829 320 00074.',
    [['siret', '73282932000074', 'low', null, '732 829 320 00074']],
  ],
  [
    '732.829.320.00074',
    [['siret', '73282932000074', 'low', null, '732.829.320.00074']],
  ],
  [
    'N° SIRET 441 639 465 83642',
    [['siret', '44163946583642', 'high', 'SIRET', '441 639 465 83642']],
  ],
  [
    'La Poste, SIRET 356 000 000 00048',
    [['siret', '35600000000048', 'high', 'SIRET', '356 000 000 00048']],
  ],
  [
    'Bureau de poste, SIRET 35600000049837',
    [['siret', '35600000049837', 'high', 'SIRET', '35600000049837']],
  ],
  // SIREN
  [
    'SIREN 732 829 320',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320']],
  ],
  [
    'SIREN n° 552081317',
    [['siren', '552081317', 'high', 'SIREN', '552081317']],
  ],
  [
    'Identifiant SIREN : 552.081.317',
    [['siren', '552081317', 'high', 'SIREN', '552.081.317']],
  ],
  [
    'sIrEn 443 061 841',
    [['siren', '443061841', 'high', 'SIREN', '443 061 841']],
  ],
  [
    "numéro d'identification 552 081 317",
    [['siren', '552081317', 'high', 'identification', '552 081 317']],
  ],
  [
    'Numéro d’identification : 552081317',
    [['siren', '552081317', 'high', 'identification', '552081317']],
  ],
  [
    'Société immatriculée sous le numéro 552081317',
    [['siren', '552081317', 'high', 'immatriculation', '552081317']],
  ],
  [
    'Immatriculé 443 061 841',
    [['siren', '443061841', 'high', 'immatriculation', '443 061 841']],
  ],
  [
    'SIREN : 732\u202F829\u202F320',
    [['siren', '732829320', 'high', 'SIREN', '732\u202F829\u202F320']],
  ],
  [
    'Numéro SIREN :\r\n    552 081 317',
    [['siren', '552081317', 'high', 'SIREN', '552 081 317']],
  ],
  [
    '(SIREN : 552 081 317)',
    [['siren', '552081317', 'high', 'SIREN', '552 081 317']],
  ],
  [
    'Notre SIREN est le 552081317.',
    [['siren', '552081317', 'high', 'SIREN', '552081317']],
  ],
  ['Entreprise 732829320.', [['siren', '732829320', 'low', null, '732829320']]],
  [
    '732\u2009829\u2009320',
    [['siren', '732829320', 'low', null, '732\u2009829\u2009320']],
  ],
  [
    'https://annuaire-entreprises.data.gouv.fr/entreprise/732829320',
    [['siren', '732829320', 'low', null, '732829320']],
  ],
  ['FREE 732829320', [['siren', '732829320', 'low', null, '732829320']]],
  // RCS mentions
  [
    'RCS Paris 552 081 317',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    'R.C.S. Nanterre B 552 081 317',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    'RCS PARIS B 552 081 317',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    '552 081 317 RCS Lyon',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    '552081317 R.C.S. Nanterre',
    [['rcs', '552081317', 'high', 'RCS', '552081317']],
  ],
  [
    'immatriculée au RCS de Bordeaux sous le numéro 552081317',
    [['rcs', '552081317', 'high', 'RCS', '552081317']],
  ],
  [
    'RCS Paris 732 829 320 00074',
    [['siret', '73282932000074', 'high', 'RCS', '732 829 320 00074']],
  ],
  // the register's English name, and registration numbers in English
  [
    'registered in the Paris Trade and Companies Register under No. 423 093 459',
    [['rcs', '423093459', 'high', 'RCS', '423 093 459']],
  ],
  [
    'registered with the Trade and Companies Register (RCS) of Lyon under number 423 093 459',
    [['rcs', '423093459', 'high', 'RCS', '423 093 459']],
  ],
  [
    'Register of Trade and Companies of Nanterre: 552 081 317',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    'Company registration number: 423 093 459',
    [['siren', '423093459', 'high', 'registration', '423 093 459']],
  ],
  [
    'Companies Register number 423 093 459',
    [['siren', '423093459', 'high', 'registration', '423 093 459']],
  ],
  [
    'company number 423093459',
    [['siren', '423093459', 'high', 'registration', '423093459']],
  ],
  [
    'Registration No. 552 081 317',
    [['siren', '552081317', 'high', 'registration', '552 081 317']],
  ],
  [
    'Registered number: 552 081 317 66522',
    [['siret', '55208131766522', 'high', 'registration', '552 081 317 66522']],
  ],
  // VAT numbers
  [
    'TVA intracommunautaire : FR44732829320',
    [['vat', '732829320', 'high', 'TVA', 'FR44732829320']],
  ],
  [
    'N° de TVA : FR 40 303 265 045',
    [['vat', '303265045', 'high', 'TVA', 'FR 40 303 265 045']],
  ],
  [
    'VAT number FR03552081317',
    [['vat', '552081317', 'high', 'VAT', 'FR03552081317']],
  ],
  ['fr44732829320', [['vat', '732829320', 'high', null, 'fr44732829320']]],
  [
    'FR44 732 829 320',
    [['vat', '732829320', 'high', null, 'FR44 732 829 320']],
  ],
  [
    'FR\u00A044\u00A0732\u00A0829\u00A0320',
    [
      [
        'vat',
        '732829320',
        'high',
        null,
        'FR\u00A044\u00A0732\u00A0829\u00A0320',
      ],
    ],
  ],
  [
    'TVA : 44 732 829 320',
    [['vat', '732829320', 'high', 'TVA', '44 732 829 320']],
  ],
  ['TVA FRK7399859412', [['vat', '399859412', 'high', 'TVA', 'FRK7399859412']]],
  ['FRK7399859412', [['vat', '399859412', 'low', null, 'FRK7399859412']]],
  // several identifiers, in order, repeats kept
  [
    'SIREN 732829320 – SIRET 73282932000074 – TVA FR44732829320',
    [
      ['siren', '732829320', 'high', 'SIREN', '732829320'],
      ['siret', '73282932000074', 'high', 'SIRET', '73282932000074'],
      ['vat', '732829320', 'high', 'TVA', 'FR44732829320'],
    ],
  ],
  [
    '732829320 / 732829320',
    [
      ['siren', '732829320', 'low', null, '732829320'],
      ['siren', '732829320', 'low', null, '732829320'],
    ],
  ],
  [
    'Exemple SAS au capital de 10 000 €, RCS Paris 552 081 317, TVA FR03552081317.',
    [
      ['rcs', '552081317', 'high', 'RCS', '552 081 317'],
      ['vat', '552081317', 'high', 'TVA', 'FR03552081317'],
    ],
  ],
  [
    'TVA : FR 03 552 081 317 ; SIRET : 552 081 317 66522',
    [
      ['vat', '552081317', 'high', 'TVA', 'FR 03 552 081 317'],
      ['siret', '55208131766522', 'high', 'SIRET', '552 081 317 66522'],
    ],
  ],
  [
    'Tél : 01 23 45 67 89\nSIREN : 443 061 841',
    [['siren', '443061841', 'high', 'SIREN', '443 061 841']],
  ],
];

const IGNORED: [string, string][] = [
  // phone numbers
  ['French phone', 'Appelez le 01 23 45 67 89'],
  ['international phone', '+33 1 23 45 67 89'],
  ['compact phone', '0123456789'],
  ['dotted phone', '06.12.34.56.78'],
  ['after Tél', 'Tél : 732 829 320'],
  ['after tel', 'tel 552081317'],
  ['after téléphone', 'Téléphone du standard : 552 081 317'],
  ['after fax', 'Fax: 552.081.317'],
  ['after phone', 'phone 732829320'],
  ['after +33 (0)', '+33 (0) 732 829 320'],
  ['after +', '+732829320'],
  // bank accounts and cards
  ['IBAN in groups', 'FR76 3000 6000 0112 3456 7890 189'],
  ['compact IBAN', 'IBAN FR7630006000011234567890189'],
  ['compact IBAN holding a SIRET', 'FR7673282932000074000000189'],
  ['card number holding a SIRET', '4973282932000074'],
  ['card number in groups', '4973 2829 3200 0074'],
  // amounts
  ['amount with €', '1 234 567 890 €'],
  ['amount in euros', '123 456 789 euros'],
  ['valid SIREN in euros', '732 829 320 euros'],
  ['valid SIREN then €', '552 081 317 €'],
  ['EUR before', 'EUR 552 081 317'],
  ['$ before', '$ 552 081 317'],
  ['$ glued', '$552081317'],
  ['share capital with €', 'capital de 552 081 317 €'],
  ['share capital without currency', 'au capital social de 552 081 317'],
  ['amount after montant', 'Montant : 732 829 320'],
  ['decimal amount', '552 081 317,00'],
  ['percentage', '552081317 %'],
  // longer digit runs
  ['ten digits', '1732829320'],
  ['twenty digits', '12345673282932000074'],
  ['a group more', '732 829 320 12'],
  ['a group before', '12 732 829 320'],
  ['thousands with commas', '1,732829320'],
  ['two numbers joined by one space', '732829320 552081317'],
  ['endless digits', '7328293207328293207328293207'],
  // checksums
  ['bad SIREN', '732829321'],
  ['bad labelled SIREN', 'SIREN 732 829 321'],
  ['SIRET failing with a valid SIREN', 'SIRET 732 829 320 00075'],
  ['bare SIRET failing', '73282932000075'],
  ['La Poste SIRET failing the digit sum', 'SIRET 35600000000014'],
  ['zeros', 'SIREN 000 000 000'],
  // codes and words
  ['letters before', 'ABC732829320'],
  ['letters after', '732829320ABC'],
  ['reference with hyphen', 'REF-732829320'],
  ['reference code', 'CMD732829320X'],
  ['order number', 'Commande n° 732829320'],
  ['invoice number', 'facture 552081317'],
  ['file name', '552081317.pdf'],
  ['accented letter glued', 'é732829320'],
  // VAT numbers that do not check
  ['VAT with a bad key', 'TVA FR45732829320'],
  ['spaced VAT with a bad key', 'FR 45 732 829 320'],
  ['VAT without FR with a bad key', 'TVA : 45 732 829 320'],
  ['VAT with a bad SIREN', 'FR44732829321'],
  ['VAT glued to a word', 'XFR44732829320'],
  ['eleven digits without a VAT label', '44 732 829 320'],
];

// A label reaches across a line break (a label cell, then its number's cell) but not across a paragraph break
// (a blank line, which the extension's page reader puts between paragraphs); "RCS" after a number stays on its line.
const ACROSS_BREAKS: [string, string, Found[]][] = [
  [
    'a label on the line before',
    'SIREN\n732829320',
    [['siren', '732829320', 'high', 'SIREN', '732829320']],
  ],
  [
    'a label before a blank line',
    'SIREN\n\n732829320',
    [['siren', '732829320', 'low', null, '732829320']],
  ],
  [
    'a label before a blank line with spaces',
    'Immatriculée au RCS de Lyon.\n  \n732829320',
    [['siren', '732829320', 'low', null, '732829320']],
  ],
  [
    'a label before a Windows blank line',
    'SIRET :\r\n\r\n732 829 320 00074',
    [['siret', '73282932000074', 'low', null, '732 829 320 00074']],
  ],
  [
    'a VAT label before a blank line: eleven digits are nothing',
    'TVA\n\n44 732 829 320',
    [],
  ],
  [
    'a VAT label on the line before',
    'TVA\n44 732 829 320',
    [['vat', '732829320', 'high', 'TVA', '44 732 829 320']],
  ],
  [
    'a phone word in the previous paragraph does not reject',
    'Tél.\n\n552 081 317',
    [['siren', '552081317', 'low', null, '552 081 317']],
  ],
  [
    'RCS after on the same line',
    '552 081 317, RCS Lyon',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    'RCS on the next line',
    '552 081 317\nRCS Lyon',
    [['siren', '552081317', 'low', null, '552 081 317']],
  ],
  [
    'RCS in the next paragraph',
    '552 081 317\n\nRCS Lyon',
    [['siren', '552081317', 'low', null, '552 081 317']],
  ],
  [
    'RCS on the next line starts the next mention',
    '732829320\nRCS Nanterre 552 081 317',
    [
      ['siren', '732829320', 'low', null, '732829320'],
      ['rcs', '552081317', 'high', 'RCS', '552 081 317'],
    ],
  ],
  [
    'RCS after a carriage return',
    '552 081 317\r\nRCS Lyon',
    [['siren', '552081317', 'low', null, '552 081 317']],
  ],
];

// A label right after the number is its own when nothing else can claim it: in brackets, or ending the phrase.
// Followed by another number, it is that number's label.
const LABEL_AFTER: [string, string, Found[]][] = [
  [
    'a SIRET in brackets',
    '441 639 465 83642 (SIRET)',
    [['siret', '44163946583642', 'high', 'SIRET', '441 639 465 83642']],
  ],
  [
    'a SIREN in brackets',
    '732 829 320 (SIREN)',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320']],
  ],
  [
    'a SIREN in brackets with spaces',
    'Dupont SA, 732829320 ( Siren ), Lyon',
    [['siren', '732829320', 'high', 'SIREN', '732829320']],
  ],
  [
    'after a hyphen',
    '732 829 320 - SIREN',
    [['siren', '732829320', 'high', 'SIREN', '732 829 320']],
  ],
  [
    'after a dash, then a full stop',
    'Dupont SA : 732829320 – SIREN.',
    [['siren', '732829320', 'high', 'SIREN', '732829320']],
  ],
  [
    'after a comma, at the end of the line',
    '552 081 317 66522, SIRET\nContact',
    [['siret', '55208131766522', 'high', 'SIRET', '552 081 317 66522']],
  ],
  [
    'after a space',
    '732829320 SIREN',
    [['siren', '732829320', 'high', 'SIREN', '732829320']],
  ],
  [
    'the label before wins',
    'SIRET 732 829 320 00074 (SIREN)',
    [['siret', '73282932000074', 'high', 'SIRET', '732 829 320 00074']],
  ],
  [
    'a label that does not fit the number',
    '732 829 320 (SIRET)',
    [['siren', '732829320', 'low', null, '732 829 320']],
  ],
  ['a phone word before still rejects', 'Tél : 732 829 320 (SIREN)', []],
  [
    'not across a line break',
    '732 829 320\n(SIREN)',
    [['siren', '732829320', 'low', null, '732 829 320']],
  ],
  [
    'not across a paragraph break',
    '732 829 320\n\nSIREN',
    [['siren', '732829320', 'low', null, '732 829 320']],
  ],
  [
    'not when words follow the label',
    '732 829 320 - SIREN de la société mère',
    [['siren', '732829320', 'low', null, '732 829 320']],
  ],
  [
    'each label with its own number',
    'SIREN 732 829 320 SIREN 552 081 317',
    [
      ['siren', '732829320', 'high', 'SIREN', '732 829 320'],
      ['siren', '552081317', 'high', 'SIREN', '552 081 317'],
    ],
  ],
  [
    "a label followed by a number is that number's",
    '732 829 320 - SIREN 552 081 317',
    [
      ['siren', '732829320', 'low', null, '732 829 320'],
      ['siren', '552081317', 'high', 'SIREN', '552 081 317'],
    ],
  ],
  [
    'a label and a number on the next line',
    '732 829 320 - SIRET :\n552 081 317 66522',
    [
      ['siren', '732829320', 'low', null, '732 829 320'],
      ['siret', '55208131766522', 'high', 'SIRET', '552 081 317 66522'],
    ],
  ],
  [
    "a label in brackets is the number's before it, not the next one's",
    '732 829 320 (SIREN) 552 081 317',
    [
      ['siren', '732829320', 'high', 'SIREN', '732 829 320'],
      ['siren', '552081317', 'low', null, '552 081 317'],
    ],
  ],
  [
    "a label ending its phrase is not the next number's",
    '732 829 320 - SIREN, 552 081 317',
    [
      ['siren', '732829320', 'high', 'SIREN', '732 829 320'],
      ['siren', '552081317', 'low', null, '552 081 317'],
    ],
  ],
  [
    'pairs after the numbers',
    '732 829 320 (SIREN), 552 081 317 66522 (SIRET)',
    [
      ['siren', '732829320', 'high', 'SIREN', '732 829 320'],
      ['siret', '55208131766522', 'high', 'SIRET', '552 081 317 66522'],
    ],
  ],
  [
    'RCS after the number',
    '552 081 317 RCS Lyon',
    [['rcs', '552081317', 'high', 'RCS', '552 081 317']],
  ],
  [
    'RCS starting the next mention on the same line',
    '732829320 RCS Nanterre B 552 081 317',
    [
      ['siren', '732829320', 'low', null, '732829320'],
      ['rcs', '552081317', 'high', 'RCS', '552 081 317'],
    ],
  ],
  [
    'RCS after the number, then another number',
    '552 081 317 RCS Lyon, 732 829 320',
    [
      ['rcs', '552081317', 'high', 'RCS', '552 081 317'],
      ['siren', '732829320', 'low', null, '732 829 320'],
    ],
  ],
];

describe('findCompanyIds', () => {
  it.each(FOUND)('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(ACROSS_BREAKS)(
    'reads labels across breaks: %s',
    (_, text, expected) => {
      expect(found(text)).toEqual(expected);
    }
  );

  it.each(LABEL_AFTER)(
    'reads a label after the number: %s',
    (_, text, expected) => {
      expect(found(text)).toEqual(expected);
    }
  );

  it.each(IGNORED)('ignores %s: %j', (_, text) => {
    expect(findCompanyIds(text)).toEqual([]);
  });

  it.each(FOUND)('places each match of %j at its index', (text) => {
    for (const match of findCompanyIds(text)) {
      expect(text.slice(match.index, match.index + match.length)).toBe(
        match.value
      );
      expect(match.siret?.slice(0, 9) ?? match.siren).toBe(match.siren);
    }
  });

  it('gives offsets in the whole text, sorted', () => {
    const text =
      'Mentions légales\nSIRET : 732 829 320 00074\nTVA : FR03552081317\nRCS Paris 552 081 317';
    const matches = findCompanyIds(text);
    const expected = [
      text.indexOf('732 829'),
      text.indexOf('FR03'),
      text.lastIndexOf('552 081 317'),
    ];
    expect(matches.map((m) => m.index)).toEqual(expected);
    expect(expected).toEqual([25, 49, 73]);
  });

  it('reads the same text the same way twice', () => {
    const text = 'SIREN 732829320, TVA FR44732829320';
    expect(findCompanyIds(text)).toEqual(findCompanyIds(text));
  });
});

describe('findCompanyIds on 1 MB of hostile text', () => {
  it.each<[string, string, number]>([
    ['digits and spaces', '1 '.repeat(500_000), 0],
    ['one digit run', '9'.repeat(1_000_000), 0],
    ['FR again and again', 'FR'.repeat(500_000), 0],
    ['VAT prefixes', 'FR40 '.repeat(200_000), 0],
    ['labels only', 'SIREN : '.repeat(125_000), 0],
    ['8-digit groups', '12345678  '.repeat(100_000), 0],
    ['dotted digits', '1.'.repeat(500_000), 0],
    ['a SIREN per line', '732829320\n'.repeat(100_000), 100_000],
  ])('%s', (_, text, count) => {
    const started = performance.now();
    const matches = findCompanyIds(text);
    // A safety net against quadratic work only (that would take minutes): the benchmark measures the real
    // speed, and a busy CI machine must not fail this.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(matches).toHaveLength(count);
  });
});
