// Test helpers for keyboard walkthroughs: real key presses (sendKeys) and the focus seen through shadow roots.
import {fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';

/** The element that has the focus, looking inside open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement)
    active = active.shadowRoot.activeElement;
  return active;
}

export const press = (key: string) => sendKeys({press: key});

export const type = (text: string) => sendKeys({type: text});

/** Presses Tab (or Shift+Tab) until `reached` holds for the focused element; fails after `max` presses. */
export async function tabUntil(
  reached: (active: Element | null) => boolean,
  {max = 60, back = false} = {}
): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await press(back ? 'Shift+Tab' : 'Tab');
    if (reached(deepActive())) return presses;
  }
  throw new Error(
    `not reached in ${max} presses of Tab; focus on ${describeActive()}`
  );
}

/** Fails unless the focus is on `target`, naming both (chai's diff of two elements can be huge). */
export function expectFocusOn(
  target: Element | null | undefined,
  why = ''
): void {
  if (deepActive() === target) return;
  throw new Error(
    `${why ? `${why}: ` : ''}focus on ${describe(deepActive())}, expected on ${describe(target ?? null)}`
  );
}

/** One Tab from the element before `host`: the page's focus must enter the component, on `first` inside it. */
export async function tabInto(
  host: Element,
  first: Element | null | undefined
): Promise<void> {
  await press('Tab');
  if (document.activeElement !== host)
    throw new Error(
      `Tab left the focus on ${describe(document.activeElement)}, not on <${host.localName}>`
    );
  expectFocusOn(first, 'the first stop inside the component');
}

/** Waits (up to a second) for the component to move the focus to `target()`, e.g. after a re-render. */
export async function focusMovesTo(
  target: () => Element | null | undefined,
  why = ''
): Promise<void> {
  for (let wait = 0; wait < 20 && deepActive() !== target(); wait++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expectFocusOn(target(), why);
}

function describeActive(): string {
  return describe(deepActive());
}

function describe(el: Element | null): string {
  return el
    ? `<${el.localName}${el.id ? ` id=${el.id}` : ''}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`
    : 'nothing';
}

/**
 * A host page around the component: a link before it and a button after it, so that a walkthrough starts by
 * tabbing into the component from the page and ends by tabbing out of it.
 */
export async function hostPage<E extends HTMLElement>(
  component: TemplateResult,
  tag: string
): Promise<{el: E; before: HTMLElement; after: HTMLElement}> {
  const page = await fixture<HTMLElement>(
    html`<main>
      <a id="before" href="#before">Avant</a>
      ${component}
      <button id="after" type="button">Après</button>
    </main>`
  );
  return {
    el: page.querySelector<E>(tag)!,
    before: page.querySelector<HTMLElement>('#before')!,
    after: page.querySelector<HTMLElement>('#after')!,
  };
}
