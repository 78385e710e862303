import {describe, expect, it} from 'vitest';
import {findCompanyIds} from '../identifiers/index.ts';
import {condenseText, EXCERPT_BEFORE} from './condense-text.ts';
import {LEGAL_NOTICES, noticeText} from './corpus/index.ts';
import {findPageCompanies} from './find-page-companies.ts';

const PAGE_URL = 'https://example.fr/mentions-legales';
const FILLER = 'Nos ateliers vous accueillent du lundi au vendredi. '.repeat(
  200
);

const pipeline = (text: string) => {
  const {companies, choice} = findPageCompanies({url: PAGE_URL, text});
  return {
    choice,
    companies: companies.map((c) => [c.siren, c.role ?? null, c.confidence]),
  };
};

const condensed = (text: string) =>
  condenseText(text, findCompanyIds(text)).text;

describe('the excerpts the content script sends', () => {
  it('give the pipeline the same companies, roles and choice as the whole page, on every corpus notice', () => {
    for (const notice of LEGAL_NOTICES) {
      const text = noticeText(notice);
      // The notice in a long page: menus and content before and after it, and between two of its sections.
      const paragraphs = text.split('\n\n');
      const middle = Math.ceil(paragraphs.length / 2);
      const page = [
        FILLER,
        ...paragraphs.slice(0, middle),
        FILLER,
        ...paragraphs.slice(middle),
        FILLER,
      ].join('\n\n');
      expect(pipeline(condensed(page)), notice.title).to.deep.equal(
        pipeline(page)
      );
      expect(condensed(page).length).to.be.lessThan(page.length);
    }
  });

  it('map page offsets to excerpt offsets, and -1 outside them', () => {
    const page = `${'x'.repeat(10_000)}\nSIREN 732 829 320\n${'y'.repeat(10_000)}`;
    const at = page.indexOf('732');
    const {text, toCondensed} = condenseText(page, findCompanyIds(page));
    expect(text.slice(toCondensed(at), toCondensed(at) + 11)).to.equal(
      '732 829 320'
    );
    expect(toCondensed(0)).to.equal(-1);
    expect(toCondensed(page.length - 1)).to.equal(-1);
    expect(text.length).to.be.at.most(EXCERPT_BEFORE + 400);
  });

  it('never start inside a number: an excerpt begins at a line break', () => {
    // 12 digits right where a window would start: cut there, their last 9 could read as a SIREN.
    const page = `000 111 222 333 444\n${'z'.repeat(EXCERPT_BEFORE - 10)}\nSIREN 732 829 320`;
    const {text} = condenseText(page, findCompanyIds(page));
    expect(findCompanyIds(text).map((m) => m.siren)).to.deep.equal([
      '732829320',
    ]);
  });

  it('stop at the length asked: later identifiers are left out, earlier ones kept whole', () => {
    const page = Array.from(
      {length: 100},
      () => `SIREN 732 829 320\n${'x'.repeat(5000)}`
    ).join('\n');
    const {text, toCondensed} = condenseText(
      page,
      findCompanyIds(page),
      20_000
    );
    expect(text.length).to.be.at.most(20_000);
    expect(findCompanyIds(text).length).to.be.greaterThan(1);
    expect(toCondensed(page.lastIndexOf('SIREN'))).to.equal(-1);
  });

  it('cut a page that is one long excerpt instead of leaving it out', () => {
    const page = 'SIREN 732 829 320\n'.repeat(150_000);
    const {text} = condenseText(page, findCompanyIds(page), 1_000_000);
    expect(text.length).to.equal(1_000_000);
    expect(findCompanyIds(text)[0]?.siren).to.equal('732829320');
  });

  it('stay linear on a page full of identifiers', () => {
    const page = Array.from({length: 5000}, () => 'SIREN 732 829 320').join(
      '\n'
    );
    const started = performance.now();
    const {text} = condenseText(page, findCompanyIds(page));
    expect(performance.now() - started).to.be.lessThan(1000);
    expect(text).to.equal(page);
  });
});
