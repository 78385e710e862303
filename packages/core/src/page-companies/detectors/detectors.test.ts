import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {structuredDataInHtml} from '../structured-data-in-html.ts';
import type {
  DetectedCompany,
  Detector,
  DetectorExample,
  DetectorExamples,
  Page,
} from './detector.ts';
import {DETECTORS, REGISTRY_HOSTS, detectCompanies} from './index.ts';
import {jsonLd} from './json-ld.ts';
import {pappers} from './pappers.ts';

// Each detector's examples are in `<its id>.examples.ts`, beside it: a detector without them fails below.
const exampleFiles = readdirSync(new URL('.', import.meta.url)).filter((f) =>
  f.endsWith('.examples.ts')
);
const EXAMPLES = new Map<Detector, DetectorExamples>(
  await Promise.all(
    DETECTORS.filter((d) => exampleFiles.includes(`${d.id}.examples.ts`)).map(
      async (d): Promise<[Detector, DetectorExamples]> => [
        d,
        (
          (await import(`./${d.id}.examples.ts`)) as {
            examples: DetectorExamples;
          }
        ).examples,
      ]
    )
  )
);

const toPage = (url: string, html = ''): Page => ({
  url: new URL(url),
  structuredData: structuredDataInHtml(html),
});
const pageOf = (example: DetectorExample): Page =>
  toPage(example.url, example.html);
const ids = (companies: DetectedCompany[]) =>
  companies.map(({siren, siret}) => ({siren, siret}));
const jsonLdPage = (json: string): Page =>
  toPage(
    'https://www.example.fr/',
    `<script type="application/ld+json">${json}</script>`
  );

describe('detectors describe themselves', () => {
  it('every detector has examples in <id>.examples.ts, and no examples file is orphaned', () => {
    expect(exampleFiles.sort()).to.deep.equal(
      DETECTORS.map((d) => `${d.id}.examples.ts`).sort()
    );
  });

  it('registry detectors name their hosts, in lower case; others none; every one has labels in both languages', () => {
    for (const detector of DETECTORS) {
      expect(detector.label.fr.length, detector.id).to.be.greaterThan(3);
      expect(detector.label.en.length, detector.id).to.be.greaterThan(3);
      expect(detector.finds.length, detector.id).to.be.greaterThan(10);
      if (detector.reads === 'url')
        expect(detector.hosts.length, detector.id).to.be.greaterThan(0);
      else expect(detector.hosts, detector.id).to.deep.equal([]);
      for (const host of detector.hosts)
        expect(host, detector.id).to.match(/^[a-z0-9.-]+$/);
    }
    expect(new Set(REGISTRY_HOSTS).size).to.equal(REGISTRY_HOSTS.length);
  });

  it('each registry detector finds something on one of its own hosts only', () => {
    for (const [detector, examples] of EXAMPLES) {
      if (detector.reads !== 'url') continue;
      for (const example of examples.positive)
        expect(detector.hosts, `${detector.id}: ${example.title}`).to.include(
          new URL(example.url).hostname.toLowerCase().replace(/\.$/, '')
        );
    }
  });
});

describe('page detectors', () => {
  it('every detector has examples, and ids are unique', () => {
    expect([...EXAMPLES.keys()]).to.have.members([...DETECTORS]);
    expect(new Set(DETECTORS.map((d) => d.id)).size).to.equal(DETECTORS.length);
    for (const examples of EXAMPLES.values()) {
      expect(examples.positive.length).to.be.greaterThan(0);
      expect(examples.negative.length).to.be.greaterThan(0);
    }
  });

  for (const [detector, examples] of EXAMPLES) {
    describe(detector.id, () => {
      for (const example of examples.positive) {
        it(`finds: ${example.title}`, () => {
          const found = detector.detect(pageOf(example));
          expect(ids(found)).to.deep.equal(
            example.expected.map(({siren, siret}) => ({siren, siret}))
          );
          found.forEach((company, i) => {
            expect(company.source).to.equal(detector.id);
            expect(company.confidence).to.equal('high');
            const name = example.expected[i]!.name;
            if (name !== undefined) expect(company.name).to.equal(name);
          });
        });
      }
      for (const example of examples.negative) {
        it(`finds nothing: ${example.title}`, () => {
          expect(detector.detect(pageOf(example))).to.deep.equal([]);
        });
      }
      it("finds nothing on the other detectors' examples", () => {
        for (const [other, otherExamples] of EXAMPLES) {
          if (other === detector) continue;
          for (const example of [
            ...otherExamples.positive,
            ...otherExamples.negative,
          ]) {
            expect(
              detector.detect(pageOf(example)),
              `${detector.id} on ${other.id}: ${example.title}`
            ).to.deep.equal([]);
          }
        }
      });
    });
  }
});

describe('hostile pages', () => {
  it('javascript: URLs give nothing', () => {
    for (const url of [
      'javascript:alert(732829320)',
      'javascript://annuaire-entreprises.data.gouv.fr/entreprise/732829320',
      'javascript://www.societe.com/societe/x-443061841.html',
      'javascript://www.infogreffe.fr/entreprise/x/443061841',
    ]) {
      expect(detectCompanies(toPage(url)), url).to.deep.equal([]);
    }
  });

  it('checksum-invalid numbers on every registry give nothing', () => {
    for (const url of [
      'https://annuaire-entreprises.data.gouv.fr/entreprise/123456789',
      'https://annuaire-entreprises.data.gouv.fr/etablissement/73282932000084',
      'https://www.pappers.fr/entreprise/x-732829321',
      'https://www.societe.com/societe/x-732829321.html',
      'https://www.infogreffe.fr/entreprise/x/732829321',
    ]) {
      expect(detectCompanies(toPage(url)), url).to.deep.equal([]);
    }
  });

  it('upper-case hosts, a trailing dot, ports, slashes, queries and fragments are read', () => {
    for (const url of [
      'HTTPS://WWW.PAPPERS.FR/entreprise/x-732829320',
      'https://www.pappers.fr./entreprise/x-732829320',
      'https://www.pappers.fr:443/entreprise/x-732829320//?a=1&b=2#top',
      'https://annuaire-entreprises.data.gouv.fr/ENTREPRISE/732829320?#',
    ]) {
      expect(ids(detectCompanies(toPage(url))), url).to.deep.equal([
        {siren: '732829320', siret: null},
      ]);
    }
  });

  it('reads a 1 MB JSON-LD block', () => {
    const json = JSON.stringify({
      '@graph': [
        {'@type': 'WebPage', description: 'x'.repeat(500_000)},
        Array.from({length: 20_000}, (_, i) => ({'@type': 'Thing', n: i})),
        {'@type': 'Organization', vatID: 'FR40303265045'},
      ],
    });
    expect(json.length).to.be.greaterThan(1_000_000);
    const start = performance.now();
    const found = jsonLd.detect(jsonLdPage(json));
    const elapsed = performance.now() - start;
    expect(ids(found)).to.deep.equal([{siren: '303265045', siret: null}]);
    // Loose bound: it is meant to catch a quadratic walk, not to benchmark.
    expect(elapsed).to.be.lessThan(1000);
  });

  it('skips a block over the size limit', () => {
    const json = JSON.stringify({
      '@type': 'Organization',
      vatID: 'FR40303265045',
      description: 'x'.repeat(2_100_000),
    });
    expect(jsonLd.detect(jsonLdPage(json))).to.deep.equal([]);
  });

  it('survives a deeply nested @graph and reads organizations near the top', () => {
    const org = '{"@type":"Organization","vatID":"FR40303265045"}';
    const deep = (levels: number) =>
      '{"@graph":['.repeat(levels) + org + ']}'.repeat(levels);
    expect(ids(jsonLd.detect(jsonLdPage(deep(5))))).to.deep.equal([
      {siren: '303265045', siret: null},
    ]);
    // Too deep to be a real organization: ignored, without a stack overflow.
    expect(jsonLd.detect(jsonLdPage(deep(5_000)))).to.deep.equal([]);
    expect(detectCompanies(jsonLdPage(deep(5_000)))).to.deep.equal([]);
  });

  it('ignores prototype-pollution keys and does not pollute', () => {
    const json = JSON.stringify({
      '@type': 'Organization',
      name: 'Polluter',
      vatID: 'FR40303265045',
    }).replace(
      '{',
      '{"__proto__":{"@type":"Organization","polluted":true,"taxID":"73282932000074"},"constructor":{"prototype":{"polluted":true}},'
    );
    const found = jsonLd.detect(jsonLdPage(json));
    // The __proto__ object is an own property after JSON.parse: it is walked like any other child, as data.
    expect(ids(found)).to.deep.equal([
      {siren: '303265045', siret: null},
      {siren: '732829320', siret: '73282932000074'},
    ]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });

  it('an inherited property is not read as the organization’s', () => {
    const json =
      '{"__proto__":{"vatID":"FR40303265045"},"@type":"Organization"}';
    expect(jsonLd.detect(jsonLdPage(json))).to.deep.equal([]);
  });

  it('malformed and odd JSON never throws', () => {
    for (const json of [
      '',
      '{',
      'null',
      '42',
      '"FR40303265045"',
      '[[[[]]]]',
      '{"@type":null,"vatID":{"x":1}}',
      '{"@type":"Organization","vatID":["FR40303265045",null,7],"identifier":[{"propertyID":7},{"propertyID":"siren"}]}',
      '<!-- {"@type":"Organization"} -->',
    ]) {
      expect(() => detectCompanies(jsonLdPage(json)), json).not.to.throw();
    }
  });
});

describe('detectCompanies', () => {
  it('merges by SIREN: the first source and name, a SIRET from any detector', () => {
    const page = toPage(
      'https://www.pappers.fr/entreprise/x-732829320',
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'Organization',
        name: 'Atelier Martin',
        identifier: {propertyID: 'SIRET', value: '73282932000074'},
      })}</script>`
    );
    expect(detectCompanies(page)).to.deep.equal([
      {
        siren: '732829320',
        siret: '73282932000074',
        source: 'pappers',
        confidence: 'high',
        name: 'Atelier Martin',
      },
    ]);
  });

  it('keeps what the others found when a detector throws', () => {
    const broken: Detector = {
      id: 'broken',
      reads: 'url',
      hosts: ['www.pappers.fr'],
      finds: 'nothing: it throws',
      label: {fr: 'cassé', en: 'broken'},
      detect() {
        throw new Error('boom');
      },
    };
    const page = toPage('https://www.pappers.fr/entreprise/x-732829320');
    expect(ids(detectCompanies(page, [broken, pappers]))).to.deep.equal([
      {siren: '732829320', siret: null},
    ]);
  });

  it('finds nothing on an ordinary page', () => {
    expect(
      detectCompanies(toPage('https://www.example.fr/', '<p>Bonjour</p>'))
    ).to.deep.equal([]);
  });
});
