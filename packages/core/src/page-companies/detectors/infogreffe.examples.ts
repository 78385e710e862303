import type {DetectorExamples} from './detector.ts';

const HOST = 'https://www.infogreffe.fr';

export const examples: DetectorExamples = {
  positive: [
    {
      title: 'company page with its uuid',
      url: `${HOST}/entreprise/google-france/443061841/6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b`,
      expected: [{siren: '443061841', siret: null}],
    },
    {
      title: 'without the uuid, trailing slash and query',
      url: `${HOST}/entreprise/electricite-de-france/552081317/?tab=actes`,
      expected: [{siren: '552081317', siret: null}],
    },
    {
      title: 'upper-case host',
      url: 'https://WWW.INFOGREFFE.FR/entreprise/la-poste/356000000#x',
      expected: [{siren: '356000000', siret: null}],
    },
  ],
  negative: [
    {title: 'home page', url: `${HOST}/`},
    {
      title: 'checksum-invalid SIREN',
      url: `${HOST}/entreprise/google-france/443061842/6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b`,
    },
    {
      title: 'not a uuid in last place',
      url: `${HOST}/entreprise/google-france/443061841/actes`,
    },
    {
      title: 'query form (not supported)',
      url: `${HOST}/recherche-entreprise?siren=443061841`,
    },
    {
      title: 'SIREN in the slug place only',
      url: `${HOST}/entreprise/443061841`,
    },
  ],
};
