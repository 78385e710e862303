import {TiAdviserPanel} from './adviser-panel.component.ts';

export {TiAdviserPanel};
// The panel page is the only one that defines it; the guard keeps a hot reload or a second import harmless.
if (!customElements.get('ti-adviser-panel'))
  customElements.define('ti-adviser-panel', TiAdviserPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ti-adviser-panel': TiAdviserPanel;
  }
}
