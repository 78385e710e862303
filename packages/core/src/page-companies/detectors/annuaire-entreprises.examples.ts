import type {DetectorExamples} from './detector.ts';

const HOST = 'https://annuaire-entreprises.data.gouv.fr';

export const examples: DetectorExamples = {
  positive: [
    {
      title: 'company by bare SIREN',
      url: `${HOST}/entreprise/732829320`,
      expected: [{siren: '732829320', siret: null}],
    },
    {
      title: 'company by slug and SIREN, with query and fragment',
      url: `${HOST}/entreprise/la-poste-356000000?mtm_campaign=x#dirigeants`,
      expected: [{siren: '356000000', siret: null}],
    },
    {
      title: 'establishment by SIRET, trailing slash',
      url: `${HOST}/etablissement/73282932000074/`,
      expected: [{siren: '732829320', siret: '73282932000074'}],
    },
    {
      title: 'upper-case host, http',
      url: 'http://ANNUAIRE-ENTREPRISES.DATA.GOUV.FR/entreprise/552081317',
      expected: [{siren: '552081317', siret: null}],
    },
  ],
  negative: [
    {title: 'home page', url: `${HOST}/`},
    {title: 'search results', url: `${HOST}/rechercher?terme=732829320`},
    {title: 'checksum-invalid SIREN', url: `${HOST}/entreprise/732829321`},
    {
      title: 'checksum-invalid SIRET',
      url: `${HOST}/etablissement/73282932000075`,
    },
    {
      title: 'SIRET where a SIREN goes',
      url: `${HOST}/entreprise/73282932000074`,
    },
    {title: 'extra path segment', url: `${HOST}/entreprise/732829320/extra`},
    {
      title: 'look-alike host',
      url: 'https://annuaire-entreprises.data.gouv.fr.example.com/entreprise/732829320',
    },
  ],
};
