import {MAX_BLOCK_CHARS, MAX_BLOCKS} from '../messages/page-report.ts';

/** The text of the page's JSON-LD blocks, for the core's structured data detector. */
export function structuredDataOf(doc: Document): string[] {
  const blocks: string[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    const type = script.getAttribute('type')!.trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const text = script.textContent ?? '';
    if (text.length <= MAX_BLOCK_CHARS) blocks.push(text);
    if (blocks.length === MAX_BLOCKS) break;
  }
  return blocks;
}
