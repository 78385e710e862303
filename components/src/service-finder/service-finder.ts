import {defineOnce} from '../define-once.ts';
import {TiServiceFinder} from './service-finder.component.ts';

export {TiServiceFinder};
defineOnce('ti-service-finder', TiServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ti-service-finder': TiServiceFinder;
  }
}
