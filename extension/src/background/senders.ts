import browser, {type Runtime} from 'webextension-polyfill';
import type {MessageType} from '../messages/message-map.ts';

/** Messages a content script may send; every other one must come from the extension's own pages. */
const FROM_CONTENT_SCRIPT: ReadonlySet<MessageType> = new Set([
  'page-companies',
]);

/**
 * Whether a sender may send this type of message. Another extension, a web page (externally_connectable is
 * not declared, but the check costs nothing) or a frame inside a page is never trusted; a content script may
 * only report what its top-level page holds.
 */
export function isAllowedSender(
  type: MessageType,
  sender: Runtime.MessageSender
): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (FROM_CONTENT_SCRIPT.has(type))
    return sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
  const ownPages = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(ownPages);
}
