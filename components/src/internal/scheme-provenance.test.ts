import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {testScheme} from '@ti-toolkit/core/catalogue/testing';
import {render} from 'lit';
import {DEFAULT_REPORT_URL, reportHref} from './report-url.ts';
import {renderProvenance, renderReviewNotice} from './scheme-provenance.ts';

async function rendered(template: unknown): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(template, host);
  return host;
}

describe('renderReviewNotice', () => {
  it('warns when the last review is over six months old, in the page language', async () => {
    const old = await rendered(
      renderReviewNotice(
        {reviewedOn: '2026-12-06'},
        'fr',
        new Date('2027-07-01T00:00:00Z')
      )
    );
    expect(old.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      "Ces informations ont été revues le 6 décembre 2026 ; vérifiez auprès de l'opérateur."
    );
    const en = await rendered(
      renderReviewNotice(
        {reviewedOn: '2026-12-06'},
        'en',
        new Date('2027-07-01T00:00:00Z')
      )
    );
    expect(en.textContent).to.contain('reviewed on 6 December 2026');
    await expect(old).to.be.accessible();
  });

  it('says nothing while the review is recent', async () => {
    const recent = await rendered(
      renderReviewNotice(
        {reviewedOn: '2026-12-06'},
        'fr',
        new Date('2027-06-01T00:00:00Z')
      )
    );
    expect(recent.textContent!.trim()).to.equal('');
  });
});

describe('renderProvenance', () => {
  it('names an undated source as undated, and lists sources newest first', async () => {
    const scheme = testScheme({
      sources: [
        {
          id: 'a',
          url: 'https://example.org/a',
          title: 'A',
          publisher: 'Ministère',
          publishedOn: null,
          checkedOn: '2026-12-06',
        },
        {
          id: 'b',
          url: 'javascript:alert(1)',
          title: 'B',
          publisher: 'Sénat',
          publishedOn: '2025-01',
          checkedOn: '2026-12-06',
        },
      ],
    });
    const host = await rendered(
      renderProvenance(scheme, 'fr', 'https://partner.example/{scheme}')
    );
    expect(host.querySelector('[part="source"]')!.textContent).to.contain(
      'Source : Sénat, janvier 2025'
    );
    const details = host.querySelector('details')!;
    details.open = true;
    await waitUntil(() => details.querySelector('li'), 'no source listed');
    const items = [...host.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim()
    );
    expect(items[0]).to.match(/^B — Sénat, janvier 2025/);
    expect(items[1]).to.match(
      /^A — Ministère \(comparée le 6 décembre 2026\)$/
    );
    // A source address that is not https is shown as text, not followed.
    expect(host.querySelectorAll('li a')).to.have.length(1);
    const undated = await rendered(
      renderProvenance(testScheme({sources: [scheme.sources[0]!]}), 'en', '')
    );
    expect(undated.querySelector('[part="source"]')!.textContent).to.contain(
      'Source: Ministère, undated'
    );
    expect(undated.querySelector('[part="report"]')).to.equal(null);
  });
});

describe('reportHref', () => {
  it("fills the scheme id, encoded, and keeps only https or the components' own server", () => {
    expect(reportHref('https://x.example/r?s={scheme}', 'a b')).to.equal(
      'https://x.example/r?s=a%20b'
    );
    expect(reportHref('/docs/signaler/#{scheme}', 'vte-ti')).to.equal(
      `${location.origin}/docs/signaler/#vte-ti`
    );
    // The default page follows the component's language; a partner's template stays as given.
    expect(reportHref(DEFAULT_REPORT_URL, 'vte-ti', 'en')).to.equal(
      `${location.origin}/en/docs/signaler/#vte-ti`
    );
    expect(reportHref(DEFAULT_REPORT_URL, 'vte-ti', 'fr')).to.equal(
      `${location.origin}/docs/signaler/#vte-ti`
    );
    expect(reportHref('https://x.example/{scheme}', 'vte-ti', 'en')).to.equal(
      'https://x.example/vte-ti'
    );
    for (const bad of [
      'javascript:alert(1)//{scheme}',
      'http://other.example/{scheme}',
      'data:,x',
      '',
    ])
      expect(reportHref(bad, 'vte-ti'), bad).to.equal(null);
  });
});
