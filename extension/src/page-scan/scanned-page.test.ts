import {expect} from '@open-wc/testing';
import {collectText} from './collect-text.ts';
import type {PageScan} from './scanned-page.ts';

const NUMBER = '732 829 320';

/** `html` shown in the page, scanned; `seen` of the first NUMBER in its text. */
function shown(html: string): {scan: PageScan; seen: () => string} {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const scan = collectText(root);
  const index = scan.text.indexOf(NUMBER);
  expect(index, `"${NUMBER}" in ${JSON.stringify(scan.text)}`).to.be.at.least(
    0
  );
  return {scan, seen: () => scan.seen(index, NUMBER.length)};
}

describe('PageScan.seen', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((div) => div.remove());
  });

  const cases: [string, string, string][] = [
    ['a number in a paragraph', `<p>SIREN ${NUMBER}</p>`, 'as-written'],
    [
      'a number over several inline elements',
      `<p>SIREN <b>732</b> <i>829</i> <span>320</span></p>`,
      'as-written',
    ],
    [
      'in a flex row, in order',
      `<p style="display:flex;gap:4px"><span>732</span> <span>829</span> <span>320</span></p>`,
      'as-written',
    ],
    // Not rendered (issue 13 §4).
    [
      'display: none from a style sheet',
      `<style>.gone{display:none}</style><p class="gone">SIREN ${NUMBER}</p>`,
      'not-rendered',
    ],
    [
      'visibility: hidden',
      `<p style="visibility:hidden">${NUMBER}</p>`,
      'not-rendered',
    ],
    [
      'content-visibility: hidden',
      `<div style="content-visibility:hidden"><p>${NUMBER}</p></div>`,
      'not-rendered',
    ],
    ['opacity: 0', `<p style="opacity:0">${NUMBER}</p>`, 'not-rendered'],
    ['font-size: 0', `<p style="font-size:0">${NUMBER}</p>`, 'not-rendered'],
    [
      'transparent text',
      `<p style="color:transparent">${NUMBER}</p>`,
      'not-rendered',
    ],
    [
      'far off the left edge',
      `<p style="position:absolute;left:-9999px">${NUMBER}</p>`,
      'not-rendered',
    ],
    [
      'indented out of the page',
      `<p style="text-indent:-9999px">${NUMBER}</p>`,
      'not-rendered',
    ],
    [
      'visually hidden (the screen-reader-only pattern)',
      `<p><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">${NUMBER}</span></p>`,
      'not-rendered',
    ],
    [
      'clipped away by a box of no height',
      `<div style="height:0;overflow:hidden"><p>${NUMBER}</p></div>`,
      'not-rendered',
    ],
    [
      'a part of the number in a zero-size box',
      `<p>732 829 <span style="display:inline-block;width:0;height:0;overflow:hidden">320</span></p>`,
      'not-rendered',
    ],
    // Reordered (issue 13 §5).
    [
      'in a right-to-left override',
      `<p><bdo dir="rtl">${NUMBER}</bdo></p>`,
      'reordered',
    ],
    ['in a right-to-left paragraph', `<p dir="rtl">${NUMBER}</p>`, 'reordered'],
    [
      'direction: rtl from CSS',
      `<p style="direction:rtl">${NUMBER}</p>`,
      'reordered',
    ],
    [
      'unicode-bidi: bidi-override',
      `<p><span style="unicode-bidi:bidi-override;direction:ltr">${NUMBER}</span></p>`,
      'reordered',
    ],
    [
      'pieces in a reversed flex row',
      `<p style="display:flex;flex-direction:row-reverse"><span>732 </span><span>829 </span><span>320</span></p>`,
      'reordered',
    ],
    [
      'flex items with an order',
      `<p style="display:flex"><span style="order:2">732 </span><span style="order:1">829 </span><span>320</span></p>`,
      'reordered',
    ],
    [
      'pieces floated right',
      `<p><span style="float:right">732 </span><span style="float:right">829 </span><span style="float:right">320</span></p>`,
      'reordered',
    ],
    [
      'grid items placed by hand',
      `<p style="display:grid;grid-template-columns:auto auto auto"><span style="grid-column:3">732 </span><span style="grid-column:1">829 </span><span style="grid-column:2">320</span></p>`,
      'reordered',
    ],
    [
      'a reversed row around the whole number is no reordering of its digits',
      `<div style="display:flex;flex-direction:row-reverse"><p>${NUMBER}</p><p>other</p></div>`,
      'as-written',
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      expect(shown(html).seen()).to.equal(expected);
    });
  }

  it('a number in a shadow root', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>SIREN <x-id></x-id></p>';
    root.querySelector('x-id')!.attachShadow({mode: 'open'}).innerHTML =
      `<b>${NUMBER}</b>`;
    document.body.append(root);
    const scan = collectText(root);
    expect(scan.seen(scan.text.indexOf(NUMBER), NUMBER.length)).to.equal(
      'as-written'
    );
  });

  it('a span on separators only, or out of the text, is not rendered', () => {
    const {scan} = shown(`<p>a</p><p>SIREN ${NUMBER}</p>`);
    expect(scan.seen(1, 2)).to.equal('not-rendered');
    expect(scan.seen(scan.text.length + 5, 3)).to.equal('not-rendered');
  });

  it('once the page has changed, a span of an old scan is not rendered', () => {
    const {scan, seen} = shown(`<p>SIREN ${NUMBER}</p>`);
    document.querySelector('body > div p')!.textContent = 'SIREN 552 081 317';
    expect(seen()).to.equal('not-rendered');
    expect(scan.text).to.equal(`SIREN ${NUMBER}`);
  });

  it('builds the node map of a run only when asked, once', () => {
    const {scan, seen} = shown(`<p>SIREN ${NUMBER}</p>`.repeat(2000));
    const original = Element.prototype.matches;
    let calls = 0;
    Element.prototype.matches = function (this: Element, selector: string) {
      calls++;
      return original.call(this, selector);
    } as typeof original;
    try {
      seen();
      const first = calls;
      seen();
      expect(first).to.be.within(1, 600);
      expect(calls).to.equal(first);
    } finally {
      Element.prototype.matches = original;
    }
    expect(scan.text.length).to.be.greaterThan(30000);
  });
});
