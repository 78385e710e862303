/**
 * ti-embed-resize.js, added once to a partner site that embeds the iframe fallback: each iframe of our embed page
 * takes the height its content reports. Messages are taken only from our origin (this script's) and from a frame
 * of this page; nothing else is read or sent.
 */
import {readHeightMessage} from './height-message.ts';

const EMBED_ORIGIN = new URL(import.meta.url).origin;

addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== EMBED_ORIGIN) return;
  const height = readHeightMessage(event.data);
  if (height === null) return;
  for (const frame of document.querySelectorAll('iframe'))
    if (frame.contentWindow === event.source)
      frame.style.height = `${height}px`;
});
