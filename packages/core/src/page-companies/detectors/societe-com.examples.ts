import type {DetectorExamples} from './detector.ts';

const HOST = 'https://www.societe.com';

export const examples: DetectorExamples = {
  positive: [
    {
      title: 'company page',
      url: `${HOST}/societe/google-france-443061841.html`,
      expected: [{siren: '443061841', siret: null}],
    },
    {
      title: 'establishment page',
      url: `${HOST}/etablissement/google-france-44306184100047.html`,
      expected: [{siren: '443061841', siret: '44306184100047'}],
    },
    {
      title: 'upper-case host, query and fragment',
      url: 'https://WWW.SOCIETE.COM/societe/edf-552081317.html?x=1#bilans',
      expected: [{siren: '552081317', siret: null}],
    },
  ],
  negative: [
    {title: 'home page', url: `${HOST}/`},
    {
      title: 'checksum-invalid SIREN',
      url: `${HOST}/societe/google-france-443061842.html`,
    },
    {
      title: 'checksum-invalid SIRET',
      url: `${HOST}/etablissement/google-france-44306184100048.html`,
    },
    {title: 'without .html', url: `${HOST}/societe/google-france-443061841`},
    {
      title: 'unknown section',
      url: `${HOST}/actualites/google-france-443061841.html`,
    },
  ],
};
