/**
 * ti-components.js, the one script tag partners paste: it registers the Territoires d'industrie elements the page
 * uses, loading each component's code only when its tag appears (now or later, e.g. in a CMS block).
 * Registration goes through defineOnce, so a second copy or another version on the page is harmless.
 */
import type {ComponentTag} from './component-tags.ts';

// One loader per tag of component-tags.ts: a tag without its loader does not compile.
const COMPONENTS: Record<ComponentTag, () => Promise<unknown>> = {
  'ti-priority-cards': () => import('./priority-cards/priority-cards.ts'),
  'ti-service-finder': () => import('./service-finder/service-finder.ts'),
  'ti-funding-widget': () => import('./funding-widget/funding-widget.ts'),
  'ti-territory-card': () => import('./territory-card/territory-card.ts'),
};

const requested = new Set<string>();

function load(root: ParentNode): void {
  for (const [tag, importComponent] of Object.entries(COMPONENTS)) {
    if (
      requested.has(tag) ||
      customElements.get(tag) ||
      !root.querySelector(tag)
    )
      continue;
    requested.add(tag);
    importComponent().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[ti-components] ${tag} could not be loaded`, error);
    });
  }
}

load(document);
new MutationObserver(() => load(document)).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
