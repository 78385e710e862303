import {expect} from '@open-wc/testing';
import {readSite, type SiteResult} from './site-pattern.ts';

const site = (host: string, pattern: string): SiteResult => ({
  ok: true,
  value: {host, pattern},
});
const problem = (reason: string) => ({ok: false, reason});

describe('readSite', () => {
  const cases: [string, unknown][] = [
    ['www.example.fr', site('www.example.fr', 'https://www.example.fr/*')],
    [
      '  https://Example.FR/mentions-legales?x=1 ',
      site('example.fr', 'https://example.fr/*'),
    ],
    [
      'http://intranet.cci.fr',
      site('intranet.cci.fr', 'http://intranet.cci.fr/*'),
    ],
    ['example.fr:8080/page', site('example.fr', 'https://example.fr/*')],
    ['http://localhost:3000', site('localhost', 'http://localhost/*')],
    [
      'https://entreprise-été.fr',
      site('xn--entreprise-t-lebb.fr', 'https://xn--entreprise-t-lebb.fr/*'),
    ],
    ['', problem('empty')],
    ['   ', problem('empty')],
    ['javascript:alert(1)', problem('unsupported-scheme')],
    ['JavaScript://example.fr/%0aalert(1)', problem('unsupported-scheme')],
    ['data:text/html,<script>alert(1)</script>', problem('unsupported-scheme')],
    ['file:///etc/passwd', problem('unsupported-scheme')],
    ['chrome://extensions', problem('unsupported-scheme')],
    ['ftp://example.fr', problem('unsupported-scheme')],
    ['http://', problem('not-an-address')],
    ['https://', problem('not-an-address')],
    ['hello world', problem('not-an-address')],
    ['bonjour', problem('not-an-address')],
    ['*.example.fr', problem('not-an-address')],
    ['https://user:secret@example.fr', problem('not-an-address')],
    ['<img src=x onerror=alert(1)>', problem('not-an-address')],
    ['a'.repeat(3000) + '.fr', problem('not-an-address')],
  ];
  for (const [input, expected] of cases)
    it(`reads ${JSON.stringify(input.slice(0, 60))}`, () =>
      expect(readSite(input)).to.deep.equal(expected));
});
