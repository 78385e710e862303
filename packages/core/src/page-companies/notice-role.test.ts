import {describe, expect, it} from 'vitest';
import {findCompanyIds} from '../identifiers/index.ts';
import {noticeRole, ROLE_REACH} from './notice-role.ts';
import {rankCompanies} from './rank-companies.ts';

/** The role of the first identifier in `text` (the "#" marks where it is). */
const roleAt = (text: string) =>
  noticeRole(text.replace('#', ''), text.indexOf('#'));

describe('the part a company plays in a legal notice', () => {
  const cases: [string, string, ReturnType<typeof noticeRole>][] = [
    [
      'Éditeur du site',
      'Éditeur du site : Atelier, RCS Versailles #',
      'publisher',
    ],
    ['without the accent', 'EDITEUR : Atelier SAS, SIREN #', 'publisher'],
    [
      'édité par',
      'Ce site est édité par la société Atelier, SIREN #',
      'publisher',
    ],
    ['in English', 'Publisher: Atelier Ltd, registration #', 'publisher'],
    ['the host', 'Hébergeur : Exemple SAS, RCS Lille #', 'host'],
    ['hébergé par', 'Le site est hébergé par Exemple, SIREN #', 'host'],
    ['the agency', 'Conception et réalisation : Agence Web, SIREN #', 'maker'],
    [
      'the nearest word wins',
      'Éditeur : A, SIREN 1. Hébergeur : B, SIREN #',
      'host',
    ],
    [
      'the director of publication speaks for the publisher',
      'Directeur de la publication : M. X, gérant de la société Y, SIREN #',
      'publisher',
    ],
    [
      '"publication" alone is no role',
      'Date de publication : 2024. SIREN #',
      null,
    ],
    [
      "a template sentence about the site's making does not make the owner its maker",
      'les intervenants dans le cadre de sa réalisation et de son suivi : Propriétaire : Atelier SAS, SIRET #',
      'publisher',
    ],
    [
      'nor without the owner label',
      'les intervenants dans le cadre de sa réalisation et de son suivi :\nAtelier SAS, SIRET #',
      null,
    ],
    [
      'a publisher section titled "Raison sociale"',
      "Informations sur l'entreprise\nRaison sociale : Atelier SAS\nSIRET #",
      'publisher',
    ],
    [
      'reach does not depend on indentation',
      `Éditeur : Atelier SAS${' '.repeat(2000)}\n${'\t'.repeat(500)}SIREN #`,
      'publisher',
    ],
    ['a heading run into its text', 'Hébergement OVH SAS, SIRET #', 'host'],
    ['photo credits', 'Crédits photos : Studio Lumière, SIRET #', 'credit'],
    [
      'a word inside another is not one',
      'Nos coéditeurs et partenaires, SIREN #',
      null,
    ],
    ['nothing said', 'SIREN #', null],
    ['too far back', `Éditeur : A. ${'x'.repeat(ROLE_REACH)} SIREN #`, null],
  ];
  for (const [title, text, role] of cases)
    it(title, () => expect(roleAt(text)).to.equal(role));
});

describe('ranking with the notice roles', () => {
  const notice = [
    'Hébergeur : Exemple SAS, RCS Lille Métropole 424 761 419.',
    'Réalisation : Agence Web, SIREN 842 613 051, SIREN 842 613 051.',
    'Éditeur : Atelier, 732 829 320.',
  ].join('\n\n');

  it('puts the publisher first, even named once and bare, and the host and agency last', () => {
    const ranked = rankCompanies(findCompanyIds(notice), notice);
    expect(ranked.map((c) => [c.siren, c.role])).to.deep.equal([
      ['732829320', 'publisher'],
      ['842613051', 'maker'],
      ['424761419', 'host'],
    ]);
  });

  it('without the text, ranks by confidence, occurrences and position as before', () => {
    const ranked = rankCompanies(findCompanyIds(notice));
    expect(ranked.map((c) => c.siren)).to.deep.equal([
      '842613051',
      '424761419',
      '732829320',
    ]);
    expect(ranked.every((c) => c.role === null)).to.equal(true);
  });
});
