import {describe, expect, it} from 'vitest';
import {
  companyHandOffLinks,
  handOffLinks,
  type HandOffLinks,
} from './hand-off.ts';

const HOME = 'https://conseillers-entreprises.service-public.gouv.fr/';
const DIRECTORY = 'https://annuaire-entreprises.data.gouv.fr';

describe('handOffLinks', () => {
  it.each<[string, HandOffLinks]>([
    [
      '73282932000074',
      {
        adviser: `${HOME}?siret=73282932000074`,
        prefilled: true,
        directory: `${DIRECTORY}/etablissement/73282932000074`,
      },
    ],
    [
      '732 829 320 00074',
      {
        adviser: `${HOME}?siret=73282932000074`,
        prefilled: true,
        directory: `${DIRECTORY}/etablissement/73282932000074`,
      },
    ],
    [
      '35600000049837',
      {
        adviser: `${HOME}?siret=35600000049837`,
        prefilled: true,
        directory: `${DIRECTORY}/etablissement/35600000049837`,
      },
    ],
    [
      '732829320',
      {
        adviser: HOME,
        prefilled: false,
        directory: `${DIRECTORY}/entreprise/732829320`,
      },
    ],
    [
      '732.829.320',
      {
        adviser: HOME,
        prefilled: false,
        directory: `${DIRECTORY}/entreprise/732829320`,
      },
    ],
  ])('gives the links for %j', (identifier, links) => {
    expect(handOffLinks(identifier)).toEqual(links);
  });

  it.each([
    '',
    '   ',
    '73282932000075',
    '732829321',
    '000000000',
    '12345678900007',
    '7328293200007',
    'SIRET 73282932000074',
  ])('gives the home page and no directory page for %j', (identifier) => {
    expect(handOffLinks(identifier)).toEqual({
      adviser: HOME,
      prefilled: false,
      directory: null,
    });
  });

  it.each([
    '73282932000074&email=a@b.fr',
    '73282932000074#x',
    '73282932000074/../../admin',
    '732829320?siret=1',
    'javascript:alert(1)//73282932000074',
    '"><script>alert(1)</script>',
    '73282932000074\u0000',
    '７３２８２９３２０００７４',
  ])('never puts hostile input %j into a URL', (identifier) => {
    const links = handOffLinks(identifier);
    expect(links).toEqual({adviser: HOME, prefilled: false, directory: null});
  });

  it('gives URLs whose only query parameter is the SIRET, on the services’ own hosts', () => {
    const links = handOffLinks('732 829 320 00074');
    const adviser = new URL(links.adviser);
    expect(adviser.host).toBe('conseillers-entreprises.service-public.gouv.fr');
    expect([...adviser.searchParams]).toEqual([['siret', '73282932000074']]);
    expect(new URL(links.directory!).host).toBe(
      'annuaire-entreprises.data.gouv.fr'
    );
  });
});

describe('companyHandOffLinks', () => {
  it.each<[string, string | null, string, string | null]>([
    [
      '732829320',
      '73282932000074',
      `${HOME}?siret=73282932000074`,
      `${DIRECTORY}/etablissement/73282932000074`,
    ],
    ['732829320', null, HOME, `${DIRECTORY}/entreprise/732829320`],
    ['732829320', '', HOME, `${DIRECTORY}/entreprise/732829320`],
    [
      '732829320',
      '73282932000074&email=a@b.fr',
      HOME,
      `${DIRECTORY}/entreprise/732829320`,
    ],
    ['732829320', '73282932000075', HOME, `${DIRECTORY}/entreprise/732829320`],
    ['<b>', '<i>', HOME, null],
  ])('SIREN %j and SIRET %j', (siren, siret, adviser, directory) => {
    const links = companyHandOffLinks(siren, siret);
    expect([links.adviser, links.directory]).toEqual([adviser, directory]);
    expect(links.prefilled).toBe(adviser !== HOME);
  });
});
