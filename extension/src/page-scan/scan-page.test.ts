import {expect} from '@open-wc/testing';
import {findCompanyIds} from '@ti-toolkit/core/identifiers';
import {buildBenchPage} from './bench-page.ts';
import {OBSERVED} from './page-mutations.ts';
import {PageTextCache, scanPage} from './scan-page.ts';

function pageOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** The companies in a scan's text, as the content script's pipeline finds them: one entry per SIREN. */
function companiesIn(text: string) {
  const bySiren = new Map<
    string,
    {siren: string; siret: string | null; confidence: string; count: number}
  >();
  for (const {siren, siret, confidence} of findCompanyIds(text)) {
    const company = bySiren.get(siren);
    if (company === undefined)
      bySiren.set(siren, {siren, siret, confidence, count: 1});
    else {
      company.siret ??= siret;
      if (confidence === 'high') company.confidence = 'high';
      company.count++;
    }
  }
  return [...bySiren.values()];
}

const summary = async (html: string) =>
  companiesIn((await scanPage(pageOf(html))).text).map(
    ({siren, siret, confidence}) => ({siren, siret, confidence})
  );

const sirensIn = (text: string) =>
  companiesIn(text).map((company) => company.siren);

describe('scanPage', () => {
  const cases: [
    string,
    string,
    {siren: string; siret: string | null; confidence: string}[],
  ][] = [
    [
      'a label in one cell, the number in the next',
      '<table><tr><td>SIREN</td><td>732 829 320</td></tr></table>',
      [{siren: '732829320', siret: null, confidence: 'high'}],
    ],
    [
      'a label and the number in adjacent inline spans',
      '<p><span>SIRET :</span> <span>732 829 320 00074</span></p>',
      [{siren: '732829320', siret: '73282932000074', confidence: 'high'}],
    ],
    [
      'a bare number is low',
      '<p>Bonjour</p><p>732829320</p>',
      [{siren: '732829320', siret: null, confidence: 'low'}],
    ],
    [
      'numbers in script, style, noscript and hidden elements',
      '<script>var s = "SIREN 732829320";</script><style>/* SIREN 552081317 */</style>' +
        '<noscript>SIREN 303265045</noscript><div hidden>SIREN 443061841</div>' +
        '<div aria-hidden="true"><p>SIREN 399859412</p></div><textarea>SIREN 542051180</textarea>',
      [],
    ],
    [
      'a SIRET and its SIREN are one company',
      '<p>SIREN 732 829 320</p><p>SIRET 732 829 320 00074</p>',
      [{siren: '732829320', siret: '73282932000074', confidence: 'high'}],
    ],
    [
      'numbers in adjacent cells are not glued into one',
      '<table><tr><td>732 829 320</td><td>00074</td></tr></table>',
      [{siren: '732829320', siret: null, confidence: 'low'}],
    ],
    [
      'a label in a div beside its value',
      '<div><div>SIREN</div><div>732 829 320</div></div>',
      [{siren: '732829320', siret: null, confidence: 'high'}],
    ],
    [
      'a label in a description term',
      '<dl><dt>SIRET</dt><dd>732 829 320 00074</dd></dl>',
      [{siren: '732829320', siret: '73282932000074', confidence: 'high'}],
    ],
    [
      'a label at the end of a paragraph does not reach the next one',
      '<p>Inscrite au RCS de Lyon.</p><p>732 829 320</p>',
      [{siren: '732829320', siret: null, confidence: 'low'}],
    ],
    [
      'RCS at the start of the next paragraph belongs to the next number',
      '<p>732829320</p><p>RCS Nanterre 552 081 317</p>',
      [
        {siren: '732829320', siret: null, confidence: 'low'},
        {siren: '552081317', siret: null, confidence: 'high'},
      ],
    ],
    [
      'RCS in the next cell belongs to the next number',
      '<table><tr><td>732829320</td><td>RCS Nanterre 552 081 317</td></tr></table>',
      [
        {siren: '732829320', siret: null, confidence: 'low'},
        {siren: '552081317', siret: null, confidence: 'high'},
      ],
    ],
    [
      'groups on either side of a line break are not glued',
      '<p><span>SIRET 732 829</span><br><span>320 00074</span></p>',
      [],
    ],
    [
      'digits split over two inline elements with no gap (issue 13)',
      '<p>SIREN <span>4416</span><span>39465</span></p>',
      [{siren: '441639465', siret: null, confidence: 'high'}],
    ],
    [
      'a label in bold glued to its number',
      '<p><b>SIREN</b>732 829 320</p>',
      [{siren: '732829320', siret: null, confidence: 'high'}],
    ],
    [
      'a number being typed in an editable region (issue 13)',
      '<div contenteditable="true">SIRET 732 829 320</div>',
      [],
    ],
    [
      'a page with none',
      '<h1>Bonjour</h1><p>Tél. 01 23 45 67 89, capital 10 000 €</p>',
      [],
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(name, async () => {
      expect(await summary(html)).to.deep.equal(expected);
    });
  }

  it('resolves to the text, as a reader sees it, with a way to check spans', async () => {
    const scan = await scanPage(
      pageOf('<h1>Mentions</h1><p>SIREN <b>732 829 320</b></p>')
    );
    expect(scan.text).to.equal('Mentions\n\nSIREN 732 829 320');
    expect(scan.seen).to.be.a('function');
  });

  describe('hostile pages finish', () => {
    it('a 20,000-digit text node', async () => {
      const root = pageOf('');
      root.innerHTML = `<p>SIREN ${'7'.repeat(20000)}</p><p>SIREN 732 829 320</p>`;
      expect(sirensIn((await scanPage(root)).text)).to.deep.equal([
        '732829320',
      ]);
    });

    it('nesting 5,000 levels deep', async () => {
      const root = pageOf('');
      let parent: HTMLElement = root;
      for (let depth = 0; depth < 5000; depth++) {
        const child = document.createElement(depth % 2 ? 'div' : 'span');
        child.append('x');
        parent.append(child);
        parent = child;
      }
      parent.append('SIREN 732 829 320');
      expect(sirensIn((await scanPage(root)).text)).to.have.length(1);
    });

    it('50,000 tiny nodes', async () => {
      const root = pageOf('');
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 50000; i++)
        fragment.append(i % 3 ? '7' : document.createElement('b'));
      root.append(fragment);
      expect((await scanPage(root)).text).to.be.a('string');
    });
  });

  it('never reads layout', async () => {
    const watched: [object, string][] = [
      [HTMLElement.prototype, 'offsetHeight'],
      [HTMLElement.prototype, 'offsetWidth'],
      [HTMLElement.prototype, 'innerText'],
      [Element.prototype, 'getBoundingClientRect'],
      [Element.prototype, 'getClientRects'],
      [window, 'getComputedStyle'],
    ];
    const calls: string[] = [];
    const saved = watched.map(([target, name]) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, name)!;
      const spy = () => {
        calls.push(name);
        throw new Error(`${name} read`);
      };
      Object.defineProperty(
        target,
        name,
        'get' in descriptor && descriptor.get
          ? {...descriptor, get: spy}
          : {...descriptor, value: spy}
      );
      return descriptor;
    });
    try {
      const root = pageOf('');
      buildBenchPage(root);
      document.body.append(root);
      // Slices, without waiting for the browser's rendering of the new page (seconds on a busy machine).
      const noWait = {sliceMs: 1, yieldToMain: async () => {}};
      const cache = new PageTextCache(root);
      const observer = new MutationObserver(() => {});
      observer.observe(root, OBSERVED);
      await scanPage(root, {...noWait, cache});
      // A scan after a change (the element walk of a run), and a small page with a shadow root.
      root.querySelector('section p')!.append(' SIREN 552 081 317');
      cache.note(observer.takeRecords());
      await scanPage(root, {...noWait, cache});
      observer.disconnect();
      const small = pageOf('<p>SIREN <x-id></x-id></p>');
      small.querySelector('x-id')!.attachShadow({mode: 'open'}).innerHTML =
        '<b>732 829 320</b>';
      document.body.append(small);
      await scanPage(small, noWait);
      small.remove();
      root.remove();
    } finally {
      watched.forEach(([target, name], i) =>
        Object.defineProperty(target, name, saved[i]!)
      );
    }
    expect(calls).to.deep.equal([]);
  });

  it('rejects with an AbortError when aborted', async () => {
    const root = pageOf('<p>SIREN 732 829 320</p>'.repeat(5000));
    const controller = new AbortController();
    const scan = scanPage(root, {
      signal: controller.signal,
      sliceMs: 0,
      yieldToMain: async () => controller.abort(),
    });
    const error = await scan.then(
      () => null,
      (reason: unknown) => reason
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    const aborted = AbortSignal.abort();
    const before = await scanPage(root, {signal: aborted}).catch(
      (reason: DOMException) => reason.name
    );
    expect(before).to.equal('AbortError');
  });

  it('yields to the main loop between slices', async () => {
    const root = pageOf('');
    buildBenchPage(root);
    let yields = 0;
    const scan = await scanPage(root, {
      sliceMs: 1,
      yieldToMain: async () => {
        yields++;
      },
    });
    expect(yields).to.be.greaterThan(0);
    expect(scan.text).to.equal((await scanPage(root)).text);
  });

  it('yields with the default scheduler too', async () => {
    const scan = await scanPage(
      pageOf('<p>SIREN 732 829 320</p>'.repeat(2000)),
      {sliceMs: 0}
    );
    expect(
      companiesIn(scan.text).map((company) => company.count)
    ).to.deep.equal([2000]);
  });

  it('finds the companies planted in the bench page, not the hidden one', async () => {
    const root = pageOf('');
    const bench = buildBenchPage(root);
    expect(bench.elements).to.be.within(75000, 90000);
    expect(bench.htmlLength).to.be.within(900_000, 1_200_000);
    const companies = companiesIn((await scanPage(root)).text);
    expect(companies.map((company) => company.siren)).to.include.members(
      bench.planted
    );
    expect(companies.map((company) => company.siren)).not.to.include(
      bench.hiddenOnly
    );
    expect(companies[0]).to.deep.include({
      siren: '732829320',
      siret: '73282932000074',
      confidence: 'high',
      count: 3,
    });
    expect(
      companies.every((company) => company.confidence === 'high')
    ).to.equal(true);
  });
});
