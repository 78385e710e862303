import {MAX_BLOCK_CHARS, MAX_BLOCKS} from '../messages/page-report.ts';

/** The text of the page's JSON-LD blocks, for the core's structured data detector (in the worker). */
export function structuredDataOf(doc: Document): string[] {
  const blocks: string[] = [];
  // "application/ld+json", whatever its case, with or without parameters.
  for (const script of doc.querySelectorAll(
    'script[type^="application/ld+json" i]'
  )) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_BLOCK_CHARS) blocks.push(text);
    if (blocks.length === MAX_BLOCKS) break;
  }
  return blocks;
}
