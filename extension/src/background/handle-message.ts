import type {Runtime} from 'webextension-polyfill';
import type {
  Message,
  MessageMap,
  MessageType,
} from '../messages/message-map.ts';
import {lookUp} from './lookups.ts';
import {lookUpNamed} from './manual-lookup.ts';
import {parseMessage} from './message-schemas.ts';
import {pageCompaniesOf} from './page-companies-of.ts';
import {scanTab} from './scan-tab.ts';
import {isAllowedSender} from './senders.ts';
import {refreshBadgesOf, showUnsavedOf} from './badge.ts';
import {chooseCompany, setTabCompanies} from './tab-companies.ts';

type Handlers = {
  [K in MessageType]: (
    payload: MessageMap[K]['payload'],
    sender: Runtime.MessageSender
  ) => Promise<MessageMap[K]['answer']>;
};

const HANDLERS: Handlers = {
  'page-companies': async (report, sender) => {
    const {companies, choice} = pageCompaniesOf(report);
    await setTabCompanies(sender.tab!.id!, report.url, companies, choice);
    return {ok: true};
  },
  'scan-tab': ({tabId}) => scanTab(tabId),
  'choose-company': async ({tabId, siren, address}) => {
    await chooseCompany(tabId, siren, address);
    return {ok: true};
  },
  'look-up': ({tabId, identifier}) => lookUpNamed(tabId, identifier, 'manual'),
  retry: async ({identifier}) => {
    await lookUp(identifier, {
      force: true,
      onDone: () => refreshBadgesOf(identifier),
      onUnsaved: () => showUnsavedOf(identifier),
    });
    return {ok: true};
  },
};

/**
 * The worker's one entry for messages: the shape is checked against its schema and the sender against the
 * type, before any handler runs. Anything else is dropped without an answer (undefined), and logged once.
 */
export function handleMessage(
  raw: unknown,
  sender: Runtime.MessageSender
): Promise<unknown> | undefined {
  const message = parseMessage(raw);
  if (message === null || !isAllowedSender(message.type, sender)) {
    console.warn("Territoires d'industrie: message refused", sender.url);
    return undefined;
  }
  return dispatch(message, sender);
}

function dispatch<K extends MessageType>(
  message: Message<K>,
  sender: Runtime.MessageSender
): Promise<MessageMap[K]['answer']> {
  const handler = HANDLERS[message.type] as Handlers[K];
  return handler(message.payload, sender);
}
