import {TiAdviserOptions} from './options-page.component.ts';

export {TiAdviserOptions};
// Only the options page defines it; the guard keeps a second import harmless.
if (!customElements.get('ti-adviser-options'))
  customElements.define('ti-adviser-options', TiAdviserOptions);

declare global {
  interface HTMLElementTagNameMap {
    'ti-adviser-options': TiAdviserOptions;
  }
}
