import {defineOnce} from '../define-once.ts';
import {TiFundingWidget} from './funding-widget.component.ts';

export {TiFundingWidget};
defineOnce('ti-funding-widget', TiFundingWidget);

declare global {
  interface HTMLElementTagNameMap {
    'ti-funding-widget': TiFundingWidget;
  }
}
