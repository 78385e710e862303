import {expect} from '@open-wc/testing';
import {findCompanyIds} from '@ti-toolkit/core/identifiers';
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
      '"publication" is not "publisher"',
      'Directeur de la publication : M. X. SIREN #',
      null,
    ],
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
