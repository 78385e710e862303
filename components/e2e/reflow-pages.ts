// WCAG 1.4.10 reflow: each component on a partner page with realistic content, and what overflows sideways.
import type {Page} from 'playwright-core';
import type {ComponentName} from '../src/component-tags.ts';

/** One partner page per component, each in a state with long content (results, candidates, reasons). */
export const REFLOW_PAGES = {
  'priority-cards':
    '<ti-priority-cards selected="innovation"></ti-priority-cards>',
  'service-finder':
    '<ti-service-finder place="Oyonnax" query="recrutement"></ti-service-finder>',
  'funding-widget':
    '<ti-funding-widget who="company" size="sme" place="Oyonnax" project="hiring,innovation" hires="3"></ti-funding-widget>',
  'territory-card': '<ti-territory-card place="Oyonnax"></ti-territory-card>',
  'territory-card-candidates':
    '<ti-territory-card place="cp:01750"></ti-territory-card>',
  // The whole map with a place's answer: a framed map clips its zoomed shapes (overflow hidden) by design, and the
  // check below would count each clipped shape.
  'territory-map': '<ti-territory-map place="insee:75108"></ti-territory-map>',
  'list-check': '<ti-list-check company-api="none" no-store></ti-list-check>',
} satisfies Record<ComponentName, string> & Record<string, string>;

/** What each page waits for before it is measured: the state with its content, not the loading line. */
export const READY: Record<string, string> = {
  'priority-cards': 'ti-priority-cards [part~="card"]',
  'service-finder': 'ti-service-finder [part="verdict"]',
  'funding-widget': 'ti-funding-widget [part="place"] [data-status]',
  'territory-card': 'ti-territory-card [part="name"]',
  'territory-card-candidates': 'ti-territory-card [part="candidates"]',
  'territory-map': 'ti-territory-map [part="place"]',
  'list-check': 'ti-list-check [part="drop"]',
} satisfies Record<keyof typeof REFLOW_PAGES, string>;

export const pageHtml = (body: string) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reflow</title><script type="module" src="/ti-components.js"></script>
<style>body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }</style></head>
<body>${body}</body></html>`;

/**
 * Waits for the page's state, unfolds every panel (filters, intercommunalities, folded groups) and opens every
 * result's details, so that they are measured too.
 */
export async function prepare(page: Page, name: string): Promise<void> {
  await page.locator(READY[name]!).first().waitFor();
  await page.evaluate(async () => {
    const roots = () =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        el.shadowRoot ? [el.shadowRoot] : []
      );
    for (const root of roots())
      root
        .querySelectorAll('details')
        .forEach((details) => (details.open = true));
    // Folded groups first: their results are drawn on opening, closed, and opened in the next pass.
    for (let pass = 0; pass < 2; pass++) {
      for (const root of roots())
        root
          .querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')
          .forEach((button) => button.click());
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    // Lists drawn on opening (an entry's sources) come with the toggle event, a task of its own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/**
 * What scrolls or sticks out sideways at the page's width: the page's own horizontal scroll, and each element inside
 * the components' shadow roots whose box crosses the viewport's edges.
 */
export function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > scroller.clientWidth)
      problems.push(
        `page scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`
      );
    const width = document.documentElement.clientWidth;
    for (const host of document.querySelectorAll('*')) {
      if (!host.shadowRoot) continue;
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < -0.5 || box.right > width + 0.5)
          problems.push(
            `${host.localName} <${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> spans ${Math.round(box.left)}-${Math.round(box.right)} of ${width}: ${(el.textContent ?? '').trim().slice(0, 40)}`
          );
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
          const overflow = getComputedStyle(el).overflowX;
          if (overflow === 'auto' || overflow === 'scroll')
            problems.push(
              `${host.localName} <${el.localName}> scrolls sideways inside`
            );
        }
      }
    }
    return problems;
  });
}
