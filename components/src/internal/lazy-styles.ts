import {adoptStyles, type CSSResult, type LitElement} from 'lit';

const adopted = new WeakSet<ShadowRoot>();

/**
 * Adds to a component's shadow root, once, the styles that came with its lazily loaded templates: a component that
 * shows only a loading line until its data is there does not need the rest of its styles in the first download.
 * Called before the templates first render (in `willUpdate`), so that nothing shows unstyled.
 */
export function adoptLazyStyles(host: LitElement, styles: CSSResult[]): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot) || adopted.has(root)) return;
  adopted.add(root);
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, [...own, ...styles]);
}
