// Test helpers: queries into a component's shadow root, and its text with the whitespace folded.
export const $ = <E extends Element = HTMLElement>(
  el: Element,
  selector: string
) => el.shadowRoot!.querySelector<E>(selector);

export const $$ = <E extends Element = HTMLElement>(
  el: Element,
  selector: string
) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

export const text = (node: Element | null) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
