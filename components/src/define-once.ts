/**
 * Registers a custom element unless its tag is already taken: two versions of the toolkit can meet on one partner
 * page (a CMS plugin and a snippet), and a second `define` would throw and break the page.
 */
export function defineOnce(
  tag: string,
  element: CustomElementConstructor
): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
