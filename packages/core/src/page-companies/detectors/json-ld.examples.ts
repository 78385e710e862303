import type {DetectorExamples} from './detector.ts';

const URL = 'https://www.forges-du-plateau.example/mentions-legales';

const page = (...blocks: string[]): string =>
  `<!doctype html><html><head><title>Mentions légales</title>${blocks
    .map((json) => `<script type="application/ld+json">${json}</script>`)
    .join('')}</head><body><p>Bienvenue</p></body></html>`;

export const examples: DetectorExamples = {
  positive: [
    {
      title: 'Organization with a French VAT number',
      url: URL,
      html: page(
        '{"@context":"https://schema.org","@type":"Organization","name":"Forges du Plateau","vatID":"FR40303265045"}'
      ),
      expected: [{siren: '303265045', siret: null, name: 'Forges du Plateau'}],
    },
    {
      title: 'LocalBusiness with a SIRET as taxID, in @graph',
      url: URL,
      html: page(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            {'@type': 'WebSite', name: 'Site', url: 'https://x.example/'},
            {
              '@type': 'LocalBusiness',
              name: 'Atelier Martin',
              taxID: '732 829 320 00074',
            },
          ],
        })
      ),
      expected: [
        {siren: '732829320', siret: '73282932000074', name: 'Atelier Martin'},
      ],
    },
    {
      title:
        'Corporation with PropertyValue identifiers (SIREN and SIRET merged)',
      url: URL,
      html: page(
        JSON.stringify({
          '@type': ['Corporation', 'Organization'],
          legalName: 'Électricité de France',
          name: 'EDF',
          identifier: [
            {'@type': 'PropertyValue', propertyID: 'SIREN', value: '552081317'},
            {
              '@type': 'PropertyValue',
              propertyID: 'siret',
              value: '55208131766522',
            },
            {'@type': 'PropertyValue', propertyID: 'DUNS', value: '443061841'},
          ],
        })
      ),
      expected: [
        {
          siren: '552081317',
          siret: '55208131766522',
          name: 'Électricité de France',
        },
      ],
    },
    {
      title:
        'publisher nested in a WebPage, array at top level, labelled identifier, type IRI',
      url: URL,
      html: page(
        JSON.stringify([
          {
            '@type': 'WebPage',
            publisher: {
              '@type': 'https://schema.org/Organization',
              name: 'Google France',
              identifier: 'SIREN : 443 061 841',
            },
          },
        ])
      ),
      expected: [{siren: '443061841', siret: null, name: 'Google France'}],
    },
    {
      title: 'one malformed block beside a good one',
      url: URL,
      html: page(
        '{"@type":"Organization", "vatID": ',
        '{"@type":"Organization","vatID":"fr 44 732 829 320"}'
      ),
      expected: [{siren: '732829320', siret: null}],
    },
  ],
  negative: [
    {title: 'no structured data', url: URL, html: page()},
    {
      title: 'checksum-invalid VAT key and SIRET',
      url: URL,
      html: page(
        '{"@type":"Organization","vatID":"FR41303265045","taxID":"73282932000075"}'
      ),
    },
    {
      title: 'the placeholder 000 000 000 as taxID, identifier and VAT number',
      url: URL,
      html: page(
        '{"@type":"Organization","taxID":"000 000 000","identifier":["SIREN 000000000","SIRET 000 000 000 00000"],"vatID":"FR12000000000"}'
      ),
    },
    {
      title: 'a Person, not a company',
      url: URL,
      html: page('{"@type":"Person","name":"Jean","vatID":"FR40303265045"}'),
    },
    {
      title: 'unlabelled 9-digit identifier (could be a DUNS number)',
      url: URL,
      html: page('{"@type":"Organization","identifier":"443061841"}'),
    },
    {
      title: 'US EIN as taxID',
      url: URL,
      html: page('{"@type":"Organization","taxID":"44-3061841"}'),
    },
    {
      title: 'JSON-LD in a script of another type',
      url: URL,
      html: '<script type="application/json">{"@type":"Organization","vatID":"FR40303265045"}</script>',
    },
    {
      title:
        'a SIREN in text only (the text scanner’s job, not this detector’s)',
      url: URL,
      html: '<p>SIREN 732 829 320</p>',
    },
  ],
};
