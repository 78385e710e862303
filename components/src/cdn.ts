/**
 * ti-components.js, the loader: the one script for any component (each also has its own script, ADR 0023). It
 * registers the Territoires d'industrie elements the page uses, loading each component's code only when its tag
 * appears (now or later, e.g. in a CMS block), in the document or in an open shadow root. Registration goes through
 * defineOnce, so a second copy or another version on the page is harmless.
 *
 * Cost on a busy page (issue 14 §6, figures in BENCHMARKS.md): the observer looks only at the nodes added (one walk
 * of each added subtree), never at the whole document again; it disconnects when every tag is requested.
 * Shadow roots (README, "Inside shadow roots"): the open roots present at load and those of custom elements added
 * later (or upgraded later) are watched; `tiComponents.observe(root)` watches any other root, a closed one included.
 */
import type {ComponentTag} from './component-tags.ts';

// One loader per tag of component-tags.ts: a tag without its loader does not compile. Each resolves to nothing:
// returning a module's namespace makes the CDN build add a runtime helper in a chunk of its own (pnpm size).
const COMPONENTS: Record<ComponentTag, () => Promise<void>> = {
  'ti-priority-cards': () =>
    import('./priority-cards/priority-cards.ts').then(() => {}),
  'ti-service-finder': () =>
    import('./service-finder/service-finder.ts').then(() => {}),
  'ti-funding-widget': () =>
    import('./funding-widget/funding-widget.ts').then(() => {}),
  'ti-territory-card': () =>
    import('./territory-card/territory-card.ts').then(() => {}),
  'ti-territory-map': () =>
    import('./territory-map/territory-map.ts').then(() => {}),
  'ti-list-check': () => import('./list-check/list-check.ts').then(() => {}),
};

type Root = Document | ShadowRoot;

declare global {
  interface Window {
    /** Set by ti-components.js: `observe(root)` loads the elements placed in a root the loader cannot see. */
    tiComponents?: {observe(root: Root): void};
  }
}

/** The tags not requested yet. */
const pending = new Map<string, () => Promise<void>>(
  Object.entries(COMPONENTS)
);
let watched = new WeakSet<Root>();
/**
 * Custom elements seen before their definition, by tag: their shadow root comes when they upgrade. Held weakly and
 * pruned of the removed ones: a tag the page never defines must not keep its removed elements alive.
 */
const upgrading = new Map<string, WeakRef<Element>[]>();
const OPTIONS = {childList: true, subtree: true};

// Indexed loops: on a busy page this runs for every mutation batch (BENCHMARKS.md, "CDN loader").
const observer = new MutationObserver((records) => {
  for (let i = 0; i < records.length; i++) {
    const added = records[i]!.addedNodes;
    for (let j = 0; j < added.length; j++)
      if (added[j]!.nodeType === 1) visit(added[j] as Element);
  }
});

function request(tag: string): void {
  const importComponent = pending.get(tag);
  if (!importComponent) return;
  pending.delete(tag);
  if (!pending.size) {
    observer.disconnect();
    upgrading.clear();
    watched = new WeakSet();
  }
  if (!customElements.get(tag))
    importComponent().catch((error: unknown) => {
      console.error(`[ti-components] ${tag} could not be loaded`, error);
      // Tried again when the tag is added again (no retry loop); after a disconnect, the document is watched again.
      if (!pending.size) {
        watched.add(document);
        observer.observe(document, OPTIONS);
      }
      pending.set(tag, importComponent);
    });
}

/**
 * An element added to a watched root and its subtree, walked once: a tag to load, a custom element whose shadow root
 * to watch. Only the nodes added are visited, never the rest of the page.
 */
function visit(element: Element): void {
  for (let node: Element | null = element; node && pending.size;) {
    const name = node.localName;
    request(name);
    if (name.includes('-') && !(name in COMPONENTS)) host(node);
    if (node.firstElementChild) node = node.firstElementChild;
    else {
      while (node !== element && !node.nextElementSibling)
        node = node.parentElement!;
      node = node === element ? null : node.nextElementSibling;
    }
  }
}

/** A custom element: its open shadow root is watched, now or when the element upgrades. */
function host(element: Element): void {
  const name = element.localName;
  if (element.shadowRoot) watch(element.shadowRoot);
  else if (!customElements.get(name)) {
    let hosts = upgrading.get(name);
    if (!hosts) {
      upgrading.set(name, (hosts = []));
      void customElements.whenDefined(name).then(() => {
        const waiting = upgrading.get(name) ?? [];
        upgrading.delete(name);
        for (const ref of waiting) {
          const waited = ref.deref();
          if (waited && pending.size) host(waited);
        }
      });
    }
    // When the list reaches a power of two (from 32), the references of collected elements are dropped: the list is
    // bounded by the elements something still holds, and never by the loader itself.
    if (hosts.length >= 32 && !(hosts.length & (hosts.length - 1)))
      upgrading.set(name, (hosts = hosts.filter((ref) => ref.deref())));
    hosts.push(new WeakRef(element));
  }
}

function watch(root: Root): void {
  if (!pending.size || watched.has(root)) return;
  watched.add(root);
  observer.observe(root, OPTIONS);
  for (const child of root.children) visit(child);
}

// Two copies of the script on one page: the host page's call reaches both.
const previous = window.tiComponents;
window.tiComponents = {
  observe(root) {
    previous?.observe(root);
    watch(root);
  },
};
watch(document);
