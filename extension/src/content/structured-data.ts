// Larger blocks are not read: parsing them would hold the page's main thread for too long (the JSON-LD
// detector skips them too; this spares copying them into a message-sized list).
const MAX_BLOCK_CHARS = 2_000_000;
const MAX_BLOCKS = 50;

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
