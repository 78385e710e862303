import {expect} from '@open-wc/testing';
import {MAX_REPORTED_URL, reportableUrl} from './reportable-url.ts';

describe('the address a report carries', () => {
  it('is the page’s own when it fits', () => {
    const url = 'https://www.example.fr/mentions-legales?a=1#top';
    expect(reportableUrl(url)).to.equal(url);
  });

  it('drops the fragment first, then cuts', () => {
    const page = 'https://www.example.fr/mentions-legales';
    expect(reportableUrl(`${page}?a=1#${'x'.repeat(5000)}`)).to.equal(
      `${page}?a=1`
    );
    expect(reportableUrl(`${page}?q=${'x'.repeat(5000)}#top`)).to.equal(
      `${page}?q=${'x'.repeat(5000)}`.slice(0, MAX_REPORTED_URL)
    );
    const longPath = `https://www.example.fr/${'p/'.repeat(3000)}`;
    expect(reportableUrl(longPath)).to.have.length(MAX_REPORTED_URL);
  });

  it('is always the same for the same page', () => {
    const url = `https://www.example.fr/?q=${'é'.repeat(3000)}`;
    expect(reportableUrl(url)).to.equal(reportableUrl(url));
  });
});
