import type {DetectorExamples} from './detector.ts';

const HOST = 'https://www.pappers.fr';

export const examples: DetectorExamples = {
  positive: [
    {
      title: 'company by slug and SIREN',
      url: `${HOST}/entreprise/google-france-443061841`,
      expected: [{siren: '443061841', siret: null}],
    },
    {
      title: 'trailing slash, query and fragment',
      url: `${HOST}/entreprise/electricite-de-france-552081317/?utm_source=x#etablissements`,
      expected: [{siren: '552081317', siret: null}],
    },
    {
      title: 'upper-case host without www',
      url: 'https://PAPPERS.FR/entreprise/732829320',
      expected: [{siren: '732829320', siret: null}],
    },
  ],
  negative: [
    {title: 'home page', url: `${HOST}/`},
    {title: 'search', url: `${HOST}/recherche?q=443061841`},
    {
      title: 'checksum-invalid SIREN',
      url: `${HOST}/entreprise/google-france-443061842`,
    },
    {title: 'slug without a number', url: `${HOST}/entreprise/google-france`},
    {
      title: 'javascript: URL naming the host',
      url: 'javascript://www.pappers.fr/entreprise/x-443061841',
    },
    {
      title: 'look-alike host',
      url: 'https://www.pappers.fr.evil.example/entreprise/x-443061841',
    },
  ],
};
