import {expect} from '@open-wc/testing';
import type {Seen} from '@ti-toolkit/core/page-companies';
import {pageCompaniesOf} from '../background/page-companies-of.ts';
import type {PageScan} from '../page-scan/scan-page.ts';
import {pageReport} from './page-report.ts';

/** A scan of `text` whose reader sees a span as `seenAt` says (as written by default), counting the checks. */
function fakeScan(
  text: string,
  seenAt: (index: number) => Seen = () => 'as-written'
) {
  const checked: number[] = [];
  const scan: PageScan = {
    text,
    seen(index) {
      checked.push(index);
      return seenAt(index);
    },
  } as PageScan;
  return {scan, checked};
}

const NOTICE = [
  'Éditeur : Agence Cachée, SIREN 842 613 051',
  'Éditeur du site : Atelier Mécanique de Gally, SIREN 732 829 320',
  'Hébergeur : Hébergement Exemple SAS, RCS Lille Métropole 424 761 419',
].join('\n\n');

describe('the report of a page and what the worker makes of it', () => {
  it('the worker chooses the visible publisher when the first one is not rendered', () => {
    const hiddenAt = NOTICE.indexOf('842');
    const {scan} = fakeScan(NOTICE, (index) =>
      index === hiddenAt ? 'not-rendered' : 'as-written'
    );
    const report = pageReport(document, 'https://example.fr/mentions', scan);
    const {companies, choice} = pageCompaniesOf(report);
    expect(choice).to.deep.equal({siren: '732829320', reason: 'publisher'});
    expect(companies.map((c) => [c.siren, c.role])).to.deep.equal([
      ['732829320', 'publisher'],
      ['842613051', 'publisher'],
      ['424761419', 'host'],
    ]);
  });

  it('phone numbers and amounts are not checked against the rendering', () => {
    const {scan, checked} = fakeScan(
      'Tél. 01 23 45 67 89 · 12 345 678 901 234 567 € · SIREN 732 829 320'
    );
    pageReport(document, 'https://example.fr/', scan);
    expect(checked).to.deep.equal([scan.text.indexOf('732')]);
  });

  it('a number that may display reversed makes the worker ask', () => {
    const {scan} = fakeScan(NOTICE, () => 'reordered');
    const {choice} = pageCompaniesOf(
      pageReport(document, 'https://example.fr/', scan)
    );
    expect(choice.siren).to.equal(null);
  });

  it('checks only numbers with as many digits as an identifier, at most sixty, and sends excerpts, not the page', () => {
    const filler = 'Texte de la page sans numéro. '.repeat(2000);
    const many = Array.from({length: 80}, (_, i) =>
      `Société ${i}, SIREN 732 829 320`.repeat(i === 0 ? 5 : 1)
    );
    const {scan, checked} = fakeScan(
      `${filler}\n\n${NOTICE}\n\n${many.join('\n')}\n\n${filler}`
    );
    const report = pageReport(document, 'https://example.fr/', scan);
    expect(checked.length).to.equal(60);
    expect(report.seen.length).to.equal(checked.length);
    expect(report.text.length).to.be.lessThan(scan.text.length / 4);
  });

  it('reads the page’s JSON-LD for the worker', () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent =
      '{"@type":"Organization","name":"Forges","vatID":"FR40303265045"}';
    document.head.append(script);
    try {
      const {scan} = fakeScan('Bienvenue');
      const {companies, choice} = pageCompaniesOf(
        pageReport(document, 'https://example.fr/', scan)
      );
      expect(companies.map((c) => [c.siren, c.source])).to.deep.equal([
        ['303265045', 'json-ld'],
      ]);
      expect(choice.reason).to.equal('publisher');
    } finally {
      script.remove();
    }
  });
});
