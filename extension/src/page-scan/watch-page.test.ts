import {expect} from '@open-wc/testing';
import type {PageCompany} from './rank-companies.ts';
import {scanPage, type ScanPageOptions} from './scan-page.ts';
import {
  watchPage,
  type WatchClock,
  type WatchPageOptions,
} from './watch-page.ts';

class FakeClock implements WatchClock {
  now = 0;
  #timers = new Map<number, {at: number; run: () => void}>();
  #lastId = 0;

  setTimeout(run: () => void, ms: number): number {
    this.#timers.set(++this.#lastId, {at: this.now + ms, run});
    return this.#lastId;
  }

  clearTimeout(id: unknown): void {
    this.#timers.delete(id as number);
  }

  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time on by `ms`, running the timers due on the way and letting their scans finish. */
  async tick(ms: number): Promise<void> {
    const end = this.now + ms;
    // The changes made just before have reached the mutation observer.
    await settle();
    for (;;) {
      const due = [...this.#timers].sort(([, a], [, b]) => a.at - b.at)[0];
      if (due === undefined || due[1].at > end) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
      await settle();
    }
    this.now = end;
    await settle();
  }
}

// A macrotask: mutation observer callbacks and the scans' promises have run.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type FakeWindow = NonNullable<WatchPageOptions['window']> &
  EventTarget & {
    location: {href: string};
    navigation: EventTarget;
  };

function fakeWindow(href = 'https://example.fr/a'): FakeWindow {
  return Object.assign(new EventTarget(), {
    location: {href},
    navigation: new EventTarget(),
  }) as unknown as FakeWindow;
}

function pageOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const sirens = (companies: PageCompany[]) => companies.map((c) => c.siren);

/** A page under watch with a fake clock and window; every scan and report is recorded. */
function watched(
  html: string,
  options: Partial<WatchPageOptions> = {},
  ownRootOf: (root: HTMLElement) => Node | null = () => null
) {
  const root = pageOf(html);
  const clock = new FakeClock();
  const win = fakeWindow();
  const scans: AbortSignal[] = [];
  const reports: {sirens: string[]; url: string}[] = [];
  const watch = watchPage({
    root,
    clock,
    window: win,
    throttleMs: 500,
    ownRoot: ownRootOf(root),
    // The real scan, without yielding to timers: the fake clock decides when things happen.
    scan: (node: Node, scanOptions: ScanPageOptions) => {
      scans.push(scanOptions.signal!);
      return scanPage(node, {...scanOptions, yieldToMain: async () => {}});
    },
    onResult: (companies, url) =>
      reports.push({sirens: sirens(companies), url}),
    ...options,
  });
  return {root, clock, win, scans, reports, watch};
}

describe('watchPage', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((div) => div.remove());
  });

  it('reports the companies found at start, with the URL', async () => {
    const {reports, watch} = watched('<p>SIREN 732 829 320</p>');
    await settle();
    expect(reports).to.deep.equal([
      {sirens: ['732829320'], url: 'https://example.fr/a'},
    ]);
    watch.stop();
  });

  it('scans again after a change, and reports only when the ranked result changed', async () => {
    const {root, clock, scans, reports, watch} = watched(
      '<p>SIREN 732 829 320</p>'
    );
    await settle();
    root.append(
      Object.assign(document.createElement('p'), {textContent: 'Bonjour'})
    );
    await clock.tick(500);
    expect(scans).to.have.length(2);
    expect(reports).to.have.length(1);
    root.append(
      Object.assign(document.createElement('p'), {
        textContent: 'Hébergeur : RCS Nanterre 552 081 317',
      })
    );
    await clock.tick(500);
    expect(reports.map((report) => report.sirens)).to.deep.equal([
      ['732829320'],
      ['732829320', '552081317'],
    ]);
    watch.stop();
  });

  it('waits for the throttle period after the first change (trailing)', async () => {
    const {root, clock, scans, watch} = watched('<p>a</p>');
    await settle();
    root.firstElementChild!.textContent = 'SIREN 732 829 320';
    await clock.tick(499);
    expect(scans).to.have.length(1);
    await clock.tick(1);
    expect(scans).to.have.length(2);
    watch.stop();
  });

  it('scans a mutation storm at most once per throttle period', async () => {
    const {root, clock, scans, reports, watch} = watched('<p>a</p>');
    await settle();
    // 2 seconds of changes every 10 ms, each in its own task.
    for (let i = 0; i < 200; i++) {
      root.append(
        Object.assign(document.createElement('span'), {textContent: `${i}`})
      );
      await clock.tick(10);
    }
    root.append(
      Object.assign(document.createElement('p'), {
        textContent: 'SIREN 732 829 320',
      })
    );
    await clock.tick(1000);
    expect(scans.length).to.be.within(4, 1 + 2000 / 500 + 1);
    expect(reports.at(-1)!.sirens).to.deep.equal(['732829320']);
    watch.stop();
  });

  it('a new scan aborts the one in progress', async () => {
    const signals: AbortSignal[] = [];
    const {root, clock, watch} = watched('<p>a</p>', {
      scan: (_: Node, {signal}: ScanPageOptions) => {
        signals.push(signal!);
        return new Promise<PageCompany[]>(() => {});
      },
    });
    root.append('b');
    await clock.tick(500);
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([
      true,
      false,
    ]);
    watch.stop();
    expect(signals[1]!.aborted).to.equal(true);
  });

  describe('ignores our own UI', () => {
    const cases: [string, (own: HTMLElement) => void][] = [
      [
        'a change inside the given root',
        (own) =>
          own.append(
            Object.assign(document.createElement('p'), {
              textContent: 'SIREN 552 081 317',
            })
          ),
      ],
      ['the given root removed', (own) => own.remove()],
    ];
    for (const [name, change] of cases) {
      it(name, async () => {
        const {root, clock, scans, watch} = watched(
          '<p>a</p><aside></aside>',
          {},
          (page) => page.querySelector('aside')
        );
        await settle();
        change(root.querySelector('aside')!);
        await clock.tick(1000);
        expect(scans).to.have.length(1);
        watch.stop();
      });
    }
  });

  describe("reads the page's own ti- elements like any other", () => {
    const cases: [string, (root: HTMLElement) => void][] = [
      [
        'a ti- element appended',
        (root) =>
          root.append(
            Object.assign(document.createElement('ti-badge'), {
              textContent: 'SIREN 552 081 317',
            })
          ),
      ],
      [
        'text changed inside a ti- element',
        (root) => {
          root.querySelector('ti-panel')!.firstElementChild!.textContent =
            'SIREN 552 081 317';
        },
      ],
    ];
    for (const [name, change] of cases) {
      it(name, async () => {
        const {root, clock, reports, watch} = watched(
          '<p>a</p><ti-panel><p>x</p></ti-panel>'
        );
        await settle();
        change(root);
        await clock.tick(1000);
        expect(reports.at(-1)!.sirens).to.deep.equal(['552081317']);
        watch.stop();
      });
    }
  });

  it('scans again when a subtree is hidden', async () => {
    const {root, clock, reports, watch} = watched('<p>SIREN 732 829 320</p>');
    await settle();
    root.firstElementChild!.setAttribute('hidden', '');
    await clock.tick(500);
    expect(reports.map((report) => report.sirens)).to.deep.equal([
      ['732829320'],
      [],
    ]);
    watch.stop();
  });

  describe('single-page navigation, with the same companies', () => {
    const cases: [string, (win: FakeWindow, root: HTMLElement) => void][] = [
      ['popstate', (win) => win.dispatchEvent(new Event('popstate'))],
      ['hashchange', (win) => win.dispatchEvent(new Event('hashchange'))],
      [
        'navigatesuccess',
        (win) => win.navigation.dispatchEvent(new Event('navigatesuccess')),
      ],
      [
        'a change in the page after pushState',
        (_, root) => root.append(document.createElement('span')),
      ],
    ];
    for (const [name, signal] of cases) {
      it(name, async () => {
        const {root, clock, win, reports, watch} = watched(
          '<p>SIREN 732 829 320</p>'
        );
        await settle();
        win.location.href = 'https://example.fr/b';
        signal(win, root);
        await clock.tick(500);
        expect(reports).to.deep.equal([
          {sirens: ['732829320'], url: 'https://example.fr/a'},
          {sirens: ['732829320'], url: 'https://example.fr/b'},
        ]);
        watch.stop();
      });
    }

    it('an event without a URL change scans nothing', async () => {
      const {clock, win, scans, watch} = watched('<p>a</p>');
      await settle();
      win.dispatchEvent(new Event('popstate'));
      await clock.tick(1000);
      expect(scans).to.have.length(1);
      watch.stop();
    });
  });

  it('stops on stop() and on abort: no observer, no timer, no listener', async () => {
    const controller = new AbortController();
    const {root, clock, win, scans, watch} = watched('<p>a</p>', {
      signal: controller.signal,
    });
    await settle();
    root.append('b');
    await settle();
    expect(clock.pending).to.equal(1);
    controller.abort();
    expect(clock.pending).to.equal(0);
    root.append('c');
    win.location.href = 'https://example.fr/b';
    win.dispatchEvent(new Event('popstate'));
    await clock.tick(1000);
    expect(scans).to.have.length(1);
    watch.stop();
  });

  it('reports a failed scan to onError and scans again on the next change', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const {root, clock, reports, watch} = watched('<p>SIREN 732 829 320</p>', {
      onError: (error) => errors.push(error),
      scan: (node: Node, options: ScanPageOptions) =>
        ++calls === 1
          ? Promise.reject(new Error('boom'))
          : scanPage(node, {...options, yieldToMain: async () => {}}),
    });
    await settle();
    expect(errors).to.have.length(1);
    root.append('b');
    await clock.tick(500);
    expect(reports).to.have.length(1);
    watch.stop();
  });

  describe('in real time', () => {
    it('a storm of changes every 2 ms for 600 ms scans a few times and reports the end state', async () => {
      const root = pageOf('<p>a</p>');
      let scans = 0;
      const reports: string[][] = [];
      const watch = watchPage({
        root,
        throttleMs: 100,
        scan: (node, options) => (scans++, scanPage(node, options)),
        onResult: (companies) => reports.push(sirens(companies)),
      });
      const started = performance.now();
      while (performance.now() - started < 600) {
        root.append(
          Object.assign(document.createElement('span'), {textContent: 'x'})
        );
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      root.append(
        Object.assign(document.createElement('p'), {
          textContent: 'SIREN 732 829 320',
        })
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      watch.stop();
      expect(scans).to.be.within(3, 1 + 600 / 100 + 2);
      expect(reports.at(-1)).to.deep.equal(['732829320']);
    });

    it('a single-page application that pushes a URL and swaps its content', async () => {
      const before = location.href;
      const root = pageOf(
        '<main><h1>Accueil</h1><p>SIREN 732 829 320</p></main>'
      );
      const reports: {sirens: string[]; url: string}[] = [];
      let reported = () => {};
      const watch = watchPage({
        root,
        throttleMs: 50,
        onResult: (companies, url) => {
          reports.push({sirens: sirens(companies), url});
          reported();
        },
      });
      const next = () => new Promise<void>((resolve) => (reported = resolve));
      await next();
      try {
        history.pushState({}, '', '?company=2');
        const wait = next();
        root.querySelector('main')!.replaceWith(
          Object.assign(document.createElement('main'), {
            innerHTML:
              '<h1>Fiche</h1><table><tr><th>SIREN</th><td>552 081 317</td></tr></table>',
          })
        );
        await wait;
      } finally {
        watch.stop();
        history.replaceState({}, '', before);
      }
      expect(reports).to.deep.equal([
        {sirens: ['732829320'], url: before},
        {sirens: ['552081317'], url: new URL('?company=2', before).href},
      ]);
    });
  });
});
