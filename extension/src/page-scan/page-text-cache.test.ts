import {expect} from '@open-wc/testing';
import {buildBenchPage} from './bench-page.ts';
import {collectText} from './collect-text.ts';
import {OBSERVED} from './page-mutations.ts';
import {runsOf} from './page-parts.ts';
import {PageTextCache} from './page-text-cache.ts';
import {scanPage} from './scan-page.ts';

const noYield = {yieldToMain: async () => {}};

// The same changes on every run and in every browser.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A page under observation, and its cache fed with the observer's records. */
function observed(root: Node) {
  const cache = new PageTextCache(root);
  const observer = new MutationObserver(() => {});
  observer.observe(root, OBSERVED);
  const scan = async () => {
    cache.note(observer.takeRecords());
    return (await scanPage(root, {...noYield, cache})).text;
  };
  const toRead = () => {
    cache.note(observer.takeRecords());
    return runsOf(cache.top!, cache.owners, cache.customNames).filter(
      (run) => run.piece === null
    ).length;
  };
  return {
    cache,
    scan,
    toRead,
    observe: (node: Node) => observer.observe(node, OBSERVED),
    takeRecords: () => observer.takeRecords(),
    stop: () => observer.disconnect(),
  };
}

// Where two texts part, with some context: a whole page's text is too long to read in a failure.
function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(i - 40, i + 40));
  return i === actual.length && i === expected.length
    ? ''
    : `at ${i}: ${around(actual)} instead of ${around(expected)}`;
}

function mixedPage(): HTMLElement {
  const root = document.createElement('div');
  const blocks = Array.from({length: 120}, (_, i) =>
    i % 10 === 0
      ? `<section><h2>${i}</h2>${'<p>a <b>b</b> <i>c</i></p>'.repeat(60)}</section>`
      : `<p>SIREN <span>732</span> <span>829</span> <span>320</span> n° ${i}<br>x</p>` +
        `<ul><li>${i}</li><li>y</li></ul>`
  ).join('');
  root.innerHTML = `<main>${blocks}</main><footer>RCS <b>552 081 317</b></footer>`;
  return root;
}

describe('scanPage with a cache', () => {
  it('after a text change, reads one run again and gives the same text as a full scan', async () => {
    const root = mixedPage();
    const page = observed(root);
    await page.scan();
    root.querySelector('footer b')!.firstChild!.textContent = '443 061 841';
    expect(page.toRead()).to.equal(1);
    expect(await page.scan()).to.equal(collectText(root).text);
    page.stop();
  });

  it('on the bench page, a change in one section reads a few hundred elements, not the page', async () => {
    const root = document.createElement('div');
    buildBenchPage(root);
    const page = observed(root);
    await page.scan();
    const sections = root.querySelectorAll('section');
    sections[700]!.querySelector('p')!.append(' SIREN 732 829 320');
    sections[701]!.setAttribute('hidden', '');
    const runs = runsOf(page.cache.top!, page.cache.owners, new Set());
    expect(runs.length).to.be.within(200, 2000);
    expect(page.toRead()).to.be.within(1, 2);
    expect(await page.scan()).to.equal(collectText(root).text);
    page.stop();
  });

  for (const seed of [13, 2, 9]) {
    it(`follows a thousand random changes as a full scan reads them (seed ${seed})`, async () => {
      const root = mixedPage();
      document.body.append(root);
      const page = observed(root);
      await page.scan();
      const next = random(seed);
      const pick = <T>(list: ArrayLike<T>): T =>
        list[Math.floor(next() * list.length)]!;
      const elements = () => root.querySelectorAll('main *, footer');
      const texts = () => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const found: Text[] = [];
        while (walker.nextNode()) found.push(walker.currentNode as Text);
        return found;
      };
      const changes: (() => void)[] = [
        () => (pick(texts()).data = pick(['4416', '39465', ' ', 'SIREN', ''])),
        () =>
          pick(elements()).insertAdjacentHTML(
            pick([
              'beforebegin',
              'afterbegin',
              'beforeend',
              'afterend',
            ] as const),
            pick([
              '<span>4416</span>',
              ' ',
              '<p>p</p>',
              '<div hidden>h</div>',
              '<br>',
              '<section>' + '<p>big <b>b</b></p>'.repeat(150) + '</section>',
            ])
          ),
        () => {
          const element = pick(elements());
          if (element !== root) element.remove();
        },
        () => {
          const element = pick(elements());
          const target = pick(elements());
          if (!element.contains(target)) target.append(element);
        },
        () => pick(elements()).toggleAttribute('hidden'),
        () =>
          pick(elements()).setAttribute('aria-hidden', pick(['true', 'false'])),
        () => pick(elements()).toggleAttribute('contenteditable'),
        () => (pick(elements()).innerHTML = '<i>1</i><i>2</i> 3'),
        // Out and back between two deliveries: what changed in between is not observed.
        () => {
          const element = pick(elements());
          const [parent, after] = [element.parentNode!, element.nextSibling];
          element.remove();
          (element.querySelector('*') ?? element).append('changed while out');
          parent.insertBefore(element, after);
        },
        () => {
          const main = root.querySelector('main')!;
          main.insertBefore(
            pick([
              document.createTextNode('loose'),
              document.createTextNode(' '),
              document.createComment('c'),
            ]),
            pick(main.childNodes)
          );
        },
      ];
      for (let batch = 0; batch < 200; batch++) {
        const applied: number[] = [];
        for (let i = 0; i < 5; i++) {
          const change = Math.floor(next() * changes.length);
          applied.push(change);
          changes[change]!();
        }
        const difference = firstDifference(
          await page.scan(),
          collectText(root).text
        );
        expect(difference, `batch ${batch}, changes ${applied}`).to.equal('');
      }
      page.stop();
      root.remove();
    });
  }

  it('a change in the part being read when the first scan yields is read by the next one', async () => {
    const root = document.createElement('div');
    // A paragraph of 1,000 text nodes (one run, read in several slices), then enough elements for the first
    // scan to walk over marks.
    const long = document.createElement('p');
    for (let i = 0; i < 1000; i++) long.append(`${i} `);
    root.append(long);
    root.insertAdjacentHTML('beforeend', '<p><b>a</b></p>'.repeat(1500));
    const page = observed(root);
    let yields = 0;
    await scanPage(root, {
      cache: page.cache,
      sliceMs: 0,
      // At the first pause, halfway through the paragraph, its start changes; the observer tells the cache.
      yieldToMain: async () => {
        if (yields++ > 0) return;
        (long.firstChild as Text).data = 'SIREN 732 829 320 ';
        page.cache.note(page.takeRecords());
      },
    });
    expect(yields).to.be.greaterThan(1);
    expect(await page.scan()).to.equal(collectText(root).text);
    page.stop();
  });

  it('reads a new root from scratch', async () => {
    const cache = new PageTextCache(document.createElement('div'));
    const other = document.createElement('p');
    other.textContent = 'SIREN 732 829 320';
    const scan = await scanPage(other, {...noYield, cache});
    expect(scan.text).to.equal('SIREN 732 829 320');
    expect(cache.top).to.equal(null);
  });
});
