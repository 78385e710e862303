import type {PageReport} from './page-report.ts';
import type {AddressChoice} from '@ti-toolkit/core/company-territory';

/** Which address of a company the verdict is about (its rule lives in @ti-toolkit/core/company-territory). */
export type {AddressChoice};

/**
 * Every message the worker accepts: its payload and its answer, in one map. Senders and the worker share these
 * types; the worker also checks each payload against a schema (message-schemas.ts), since a compromised page
 * or a bug must never reach the API client or storage with an unexpected shape.
 */
export interface MessageMap {
  /**
   * Content script → worker: the page's report (its address, the excerpts of its text around identifiers, its
   * JSON-LD, how the first companies are seen); the worker finds the companies and the default choice.
   */
  'page-companies': {
    payload: PageReport;
    answer: {ok: true};
  };
  /** Panel → worker: scan the tab now (the adviser clicked; activeTab grants the page). */
  'scan-tab': {payload: {tabId: number}; answer: {ok: boolean; error?: string}};
  /** Panel → worker: the adviser chose a company and which of its addresses counts. */
  'choose-company': {
    payload: {tabId: number; siren: string; address: AddressChoice};
    answer: {ok: true};
  };
  /** Panel → worker: look up a SIREN or SIRET the adviser typed (tabId null when no tab is concerned). */
  'look-up': {
    payload: {tabId: number | null; identifier: string};
    answer: {ok: true} | {ok: false; error: string};
  };
  /** Panel → worker: run a lookup again after a failure. */
  retry: {payload: {identifier: string}; answer: {ok: true}};
}

export type MessageType = keyof MessageMap;

export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: MessageMap[K]['payload'];
}
