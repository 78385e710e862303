import {describe, expect, it} from 'vitest';
import {findCompanyIds} from '../identifiers/index.ts';
import {ROLE_REACH} from './limits.ts';
import {noticeRole} from './notice-role.ts';
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
    [
      'a numbered heading',
      "ARTICLE 2 - L'HEBERGEUR\n\nOVH SAS, RCS Lille #",
      'host',
    ],
    [
      '"L\'hébergeur du site est"',
      "L'hébergeur du site est OVH, RCS #",
      'host',
    ],
    [
      'soft hyphens and a typographic apostrophe',
      'Infor\u00admations sur l’entre\u00adprise\nAtelier SAS, SIRET #',
      'publisher',
    ],
    [
      'a field under a host heading is the host’s',
      'Hébergeur\nRaison sociale : Gandi SAS\nRCS Paris #',
      'host',
    ],
    [
      'a field without a section is the publisher’s',
      'Company name: Atelier Ltd\nRegistered office: Lyon\nNo. #',
      'publisher',
    ],
    [
      'a defined term before the number',
      'La société Atelier (ci-après « le Vendeur »), immatriculée sous le n° #',
      'publisher',
    ],
    [
      'a publisher phrase needs the site',
      'Publié par la rédaction le 3 mai.\nLa société Atelier (SIREN #',
      null,
    ],
    [
      'a host phrase opening its sentence',
      'Hébergé par OVH SAS, RCS #',
      'host',
    ],
    [
      'a host phrase about guests',
      'Vous serez hébergé chez l’habitant. SCEA Les Vignes, SIRET #',
      null,
    ],
    [
      'a maker phrase about a product',
      'Cette presse est conçue par notre bureau d’études. Presses SAS, RCS #',
      null,
    ],
    [
      'a label as a complement',
      "Capacité d'hébergement : 24 personnes\nSARL Hôtel du Lac, SIRET #",
      null,
    ],
    [
      'a heading run into lowercase text is an activity',
      'Hébergement insolite en cabanes\nSARL Les Cabanes, SIRET #',
      null,
    ],
    [
      'an activity at the start of a line',
      'Conception et fabrication de moules\nMoules SARL, SIRET #',
      null,
    ],
    [
      'the menu before the notice’s title',
      'Accueil\nHébergement\nPhotos\n\nMentions légales\n\nSCI Les Tilleuls, SIREN #',
      null,
    ],
  ];
  for (const [title, text, role] of cases)
    it(title, () => expect(roleAt(text)).to.equal(role));
});

describe('a role word speaks for the first company after it', () => {
  /** The role of the number at "#", the company before it ending at "|". */
  const roleAfter = (text: string) => {
    const plain = text.replace('|', '');
    return noticeRole(
      plain.replace('#', ''),
      plain.indexOf('#'),
      text.replace('#', '').indexOf('|')
    );
  };
  const cases: [string, string, ReturnType<typeof noticeRole>][] = [
    [
      'not for a footer after the host’s number',
      'Hébergeur : OVH SAS, RCS Lille 424 761 419|\n\n© 2024 Atelier – SIRET #',
      null,
    ],
    [
      'for a second company on the same line',
      'Ce site est édité par Bois SARL (SIREN 345 182 901|) et Scierie SAS (SIREN #',
      'publisher',
    ],
    [
      'for every company after a plural word',
      'Éditeurs\nAlpes Expo, SIREN 476 129 085|\nMécaAlpes, SIREN #',
      'publisher',
    ],
    [
      'a field after the host’s number is the publisher’s',
      'Hébergeur : OVH SAS, RCS Lille 424 761 419|\nRaison sociale : Atelier SAS\nSIRET #',
      'publisher',
    ],
  ];
  for (const [title, text, role] of cases)
    it(title, () => expect(roleAfter(text)).to.equal(role));
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
