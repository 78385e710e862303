import type {MessageMap, MessageType} from './message-map.ts';

/** The extension API namespace: Firefox's promise-based `browser`, else Chrome's `chrome` (promises in MV3). */
interface RuntimeLike {
  runtime: {sendMessage(message: unknown): Promise<unknown>};
}

// The content script is injected into pages: it reaches the runtime directly instead of bundling
// webextension-polyfill, whose size would count against the 8 kB budget for every page (ADR 0007).
const api = (): RuntimeLike =>
  ((globalThis as {browser?: RuntimeLike}).browser ??
    (globalThis as unknown as {chrome: RuntimeLike}).chrome) as RuntimeLike;

/** Sends a typed message to the worker and resolves with its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: MessageMap[K]['payload']
): Promise<MessageMap[K]['answer']> {
  return (await api().runtime.sendMessage({
    type,
    payload,
  })) as MessageMap[K]['answer'];
}
