import {expect} from '@open-wc/testing';
import {findCompanyIds} from '@ti-toolkit/core/identifiers';
import {
  PageTextCache,
  scanPage,
  type PageScan,
  type ScanPageOptions,
} from './scan-page.ts';
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

/** The SIRENs a scan's text names, in order, once each. */
const sirens = (scan: PageScan) => [
  ...new Set(findCompanyIds(scan.text).map((match) => match.siren)),
];

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
    onResult: (scan, url) => reports.push({sirens: sirens(scan), url}),
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

  it('scans again after a change, and reports only when the text changed', async () => {
    const {root, clock, scans, reports, watch} = watched(
      '<p>SIREN 732 829 320</p>'
    );
    await settle();
    root.append(document.createElement('span'), document.createComment('x'));
    await clock.tick(500);
    expect(scans).to.have.length(2);
    expect(reports).to.have.length(1);
    root.append(
      Object.assign(document.createElement('p'), {textContent: 'Bonjour'})
    );
    await clock.tick(500);
    expect(reports).to.have.length(2);
    root.append(
      Object.assign(document.createElement('p'), {
        textContent: 'Hébergeur : RCS Nanterre 552 081 317',
      })
    );
    await clock.tick(500);
    expect(reports.map((report) => report.sirens)).to.deep.equal([
      ['732829320'],
      ['732829320'],
      ['732829320', '552081317'],
    ]);
    watch.stop();
  });

  it('gives every scan the same cache, told of the changes', async () => {
    const caches: (PageTextCache | undefined)[] = [];
    const {root, clock, reports, watch} = watched('<p>SIREN 732 829 320</p>', {
      scan: (node: Node, options: ScanPageOptions) => {
        caches.push(options.cache);
        return scanPage(node, {...options, yieldToMain: async () => {}});
      },
    });
    await settle();
    root.querySelector('p')!.textContent = 'SIREN 552 081 317';
    await clock.tick(500);
    expect(caches).to.have.length(2);
    expect(caches[0]).to.be.instanceOf(PageTextCache);
    expect(caches[1]).to.equal(caches[0]);
    expect(reports.at(-1)!.sirens).to.deep.equal(['552081317']);
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
        return new Promise<PageScan>(() => {});
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

  describe('a page that replaces its body (Turbo, pjax)', () => {
    // A page of its own in a frame: the test page's body stays where it is.
    function framedPage(html: string) {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      doc.body.innerHTML = html;
      return {doc, remove: () => frame.remove()};
    }

    const swaps: [string, (doc: Document, body: HTMLElement) => void][] = [
      ['body.replaceWith', (doc, body) => doc.body.replaceWith(body)],
      [
        'documentElement.replaceChild',
        (doc, body) => doc.documentElement.replaceChild(body, doc.body),
      ],
      ['document.body =', (doc, body) => (doc.body = body)],
    ];
    for (const [name, swap] of swaps) {
      it(`${name}: the new body is read, and its later changes too`, async () => {
        const {doc, remove} = framedPage('<p>SIREN 732 829 320</p>');
        const clock = new FakeClock();
        const win = fakeWindow();
        const reports: {sirens: string[]; url: string}[] = [];
        const watch = watchPage({
          root: doc.body,
          clock,
          window: win,
          throttleMs: 500,
          scan: (node, options) =>
            scanPage(node, {...options, yieldToMain: async () => {}}),
          onResult: (scan, url) => reports.push({sirens: sirens(scan), url}),
        });
        try {
          await settle();
          const body = doc.createElement('body');
          body.innerHTML = '<main><p>Chargement…</p></main>';
          win.location.href = 'https://example.fr/b';
          swap(doc, body);
          await clock.tick(500);
          body.querySelector('main')!.innerHTML =
            '<table><tr><th>SIREN</th><td>552 081 317</td></tr></table>';
          await clock.tick(500);
          expect(reports).to.deep.equal([
            {sirens: ['732829320'], url: 'https://example.fr/a'},
            {sirens: [], url: 'https://example.fr/b'},
            {sirens: ['552081317'], url: 'https://example.fr/b'},
          ]);
        } finally {
          watch.stop();
          remove();
        }
      });
    }

    it('a root inside the page is not swapped for the body', async () => {
      const {doc, remove} = framedPage('<main><p>SIREN 732 829 320</p></main>');
      const clock = new FakeClock();
      const scanned: Node[] = [];
      const watch = watchPage({
        root: doc.querySelector('main')!,
        clock,
        window: fakeWindow(),
        throttleMs: 500,
        scan: (node, options) => {
          scanned.push(node);
          return scanPage(node, {...options, yieldToMain: async () => {}});
        },
        onResult: () => {},
      });
      try {
        await settle();
        doc.body.replaceWith(doc.createElement('body'));
        await clock.tick(1000);
        expect(scanned).to.have.length(1);
      } finally {
        watch.stop();
        remove();
      }
    });
  });

  it("reads a web component's shadow tree again when it changes", async () => {
    const {root, clock, reports, watch} = watched('<p>SIREN <x-id></x-id></p>');
    const shadow = root.querySelector('x-id')!.attachShadow({mode: 'open'});
    shadow.innerHTML = '<b>732 829 320</b>';
    // The first scan ran before the shadow root was there: a change in the page brings it in.
    root.append(document.createElement('span'));
    await clock.tick(500);
    shadow.querySelector('b')!.textContent = '552 081 317';
    await clock.tick(500);
    expect(reports.map((report) => report.sirens)).to.deep.equal([
      [],
      ['732829320'],
      ['552081317'],
    ]);
    watch.stop();
  });

  it('typing in an editable region schedules no scan, and nothing typed is reported', async () => {
    const {root, clock, scans, reports, watch} = watched(
      '<p>Note</p><div contenteditable="true"><p></p></div>'
    );
    await settle();
    const editor = root.querySelector('[contenteditable] p')!;
    for (const key of '73282932000074') {
      editor.append(key);
      await clock.tick(100);
    }
    await clock.tick(1000);
    expect(scans).to.have.length(1);
    expect(reports.map((report) => report.sirens)).to.deep.equal([[]]);
    watch.stop();
  });

  it('finds, after the first report, a host the first scan of a big page could not know', async () => {
    const rows = '<tr><td>a</td><td>b</td></tr>'.repeat(1200);
    const {root, clock, reports, watch} = watched(
      `<table>${rows}</table><p>SIREN <x-late></x-late></p>`
    );
    root.querySelector('x-late')!.attachShadow({mode: 'open'}).innerHTML =
      '732 829 320';
    await settle();
    expect(reports.map((report) => report.sirens)).to.deep.equal([[]]);
    // The names are looked for in the background, in slices, with the real scheduler.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await clock.tick(500);
    expect(reports.map((report) => report.sirens)).to.deep.equal([
      [],
      ['732829320'],
    ]);
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
        onResult: (scan) => reports.push(sirens(scan)),
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
        onResult: (scan, url) => {
          reports.push({sirens: sirens(scan), url});
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
