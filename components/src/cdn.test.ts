import {expect, waitUntil} from '@open-wc/testing';
import type {ComponentTag} from './component-tags.ts';

// A page's own element with an open shadow root, rendered as Lit does: a wrapper, after connection.
class TiTestHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }
  connectedCallback(): void {
    const content = this.getAttribute('content') ?? '';
    queueMicrotask(() => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = content;
      this.shadowRoot!.append(wrapper);
    });
  }
}
customElements.define('ti-test-host', TiTestHost);

const defined = (tag: ComponentTag) =>
  waitUntil(() => customElements.get(tag), `${tag} was not defined`, {
    timeout: 5000,
  });

/**
 * Every DOM query and tree step the loader could use to look at the page, with the node it was made on: what the
 * loader reads of the page, whichever way it reads it.
 */
function spyReads(): {on: Set<unknown>; stop(): void} {
  const on = new Set<unknown>();
  const restore: (() => void)[] = [];
  const methods = [
    'querySelector',
    'querySelectorAll',
    'getElementsByTagName',
  ] as const;
  const getters = [
    'firstElementChild',
    'nextElementSibling',
    'children',
    'firstChild',
    'childNodes',
  ];
  for (const proto of [
    Element.prototype,
    Document.prototype,
    DocumentFragment.prototype,
  ] as unknown as Record<string, unknown>[]) {
    for (const name of methods) {
      if (!Object.hasOwn(proto, name)) continue;
      const original = proto[name] as (...args: unknown[]) => unknown;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        on.add(this);
        return original.apply(this, args);
      };
      restore.push(() => (proto[name] = original));
    }
    for (const name of getters) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor?.get) continue;
      const get = descriptor.get;
      Object.defineProperty(proto, name, {
        ...descriptor,
        get(this: unknown) {
          on.add(this);
          return get.call(this);
        },
      });
      restore.push(() => Object.defineProperty(proto, name, descriptor));
    }
  }
  return {on, stop: () => restore.forEach((undo) => undo())};
}

const delivered = () => new Promise((resolve) => setTimeout(resolve));

// Present before the script loads: an open shadow root holding a territory card.
const early = document.createElement('ti-test-host');
early.setAttribute(
  'content',
  '<ti-territory-card territory="ti-8413"></ti-territory-card>'
);
document.body.append(early);

describe('the CDN loader (ti-components.js)', () => {
  before(async () => {
    await delivered();
    expect(customElements.get('ti-territory-card')).to.equal(undefined);
    await import('./cdn.ts');
  });

  it('loads a tag inside an open shadow root that was there before the script', async () => {
    await defined('ti-territory-card');
    const card = early.shadowRoot!.querySelector('ti-territory-card')!;
    await (card as HTMLElement & {updateComplete: Promise<unknown>})
      .updateComplete;
    await expect(card).to.be.accessible();
  });

  it('reads only the nodes added on unrelated mutations, never the rest of the page', async () => {
    const page = document.createElement('main');
    page.innerHTML = '<article><h2>A</h2><p>a</p></article>'.repeat(200);
    document.body.append(page);
    await delivered();
    const spy = spyReads();
    const section = document.createElement('section');
    try {
      for (const p of page.querySelectorAll('p')) p.textContent = 'changed';
      page.setAttribute('data-state', 'busy');
      section.innerHTML = '<h2>News</h2><ul><li>One</li><li>Two</li></ul>';
      page.append(section);
      page.firstElementChild!.remove();
      spy.on.clear();
      await delivered();
    } finally {
      spy.stop();
    }
    const outside = [...spy.on].filter(
      (node) => !(node instanceof Node && section.contains(node))
    );
    expect(outside).to.deep.equal([]);
    // The added subtree itself is read: the loader does look at what is added.
    expect(spy.on.has(section)).to.equal(true);
  });

  it('loads a tag inside the open shadow root of a custom element added later', async () => {
    const host = document.createElement('ti-test-host');
    host.setAttribute(
      'content',
      '<section><ti-priority-cards></ti-priority-cards></section>'
    );
    const outer = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    await defined('ti-priority-cards');
    const cards = host.shadowRoot!.querySelector('ti-priority-cards')!;
    await waitUntil(
      () => cards.shadowRoot?.querySelector('[part~="card"]'),
      'the cards did not render'
    );
    await expect(cards).to.be.accessible();
  });

  it('loads a tag inside the shadow root of an element defined after it was added, past elements removed meanwhile', async () => {
    const late = document.createElement('ti-test-late-host');
    document.body.append(late);
    // Then elements of the same tag added and removed before the definition, past the loader's pruning points: the one
    // still on the page is kept. (That removed ones are let go, held weakly, needs the garbage collector: not tested.)
    for (let i = 0; i < 70; i++) {
      const gone = document.createElement('ti-test-late-host');
      document.body.append(gone);
      await delivered();
      gone.remove();
    }
    await delivered();
    customElements.define(
      'ti-test-late-host',
      class extends TiTestHost {
        constructor() {
          super();
          this.setAttribute(
            'content',
            '<ti-funding-widget who="company"></ti-funding-widget>'
          );
        }
      }
    );
    await defined('ti-funding-widget');
  });

  it('loads a tag inside a closed shadow root the page hands to tiComponents.observe, and then stops observing', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'closed'});
    document.body.append(host);
    root.innerHTML =
      '<ti-service-finder></ti-service-finder><ti-territory-map></ti-territory-map><ti-list-check no-store></ti-list-check>';
    await delivered();
    expect(customElements.get('ti-service-finder')).to.equal(undefined);
    expect(customElements.get('ti-territory-map')).to.equal(undefined);
    expect(customElements.get('ti-list-check')).to.equal(undefined);
    window.tiComponents!.observe(root);
    await defined('ti-service-finder');
    await defined('ti-territory-map');
    await defined('ti-list-check');
    const finder = root.querySelector('ti-service-finder')!;
    // axe cannot reach into a closed root: the finder's accessibility is tested in its own file.
    await waitUntil(
      () => finder.shadowRoot?.querySelector('[part="results"]'),
      'the finder did not render'
    );

    // Every tag is requested: the observer is disconnected, added subtrees cost nothing.
    const section = document.createElement('section');
    section.innerHTML = '<p>a</p><ti-test-host></ti-test-host>';
    const spy = spyReads();
    try {
      document.body.append(section);
      spy.on.clear();
      await delivered();
    } finally {
      spy.stop();
    }
    expect(spy.on.has(section)).to.equal(false);
  });
});
