import {defineOnce} from '../define-once.ts';
import {TiListCheck} from './list-check.component.ts';

export {TiListCheck};
defineOnce('ti-list-check', TiListCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ti-list-check': TiListCheck;
  }
}
