export type FileText =
  | {ok: true; text: string}
  /** `text`: the bytes decoded with replacement characters, for the list reader to tell binary from Latin-1. */
  | {ok: false; reason: 'not-utf8'; text: string}
  | {ok: false; reason: 'too-large' | 'unreadable'};

/**
 * A dropped or chosen file as text. A file larger than the list limit is refused before it is read (in UTF-8 a
 * character takes at least one byte, so no larger file can be a list); the bytes are decoded strictly, so that a
 * Latin-1 or UTF-16 export gives a clear message instead of garbled names.
 */
export async function readFileText(
  file: Blob,
  maxChars: number
): Promise<FileText> {
  if (file.size > maxChars) return {ok: false, reason: 'too-large'};
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return {ok: false, reason: 'unreadable'};
  }
  try {
    // The BOM is kept: the list reader strips it and knows the text came as UTF-8.
    const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
    return {ok: true, text: decoder.decode(bytes)};
  } catch {
    return {
      ok: false,
      reason: 'not-utf8',
      text: new TextDecoder('utf-8').decode(bytes),
    };
  }
}

/**
 * The key a list is stored under: a hash of its text (FNV-1a, twice with two offsets, and the length), so that the
 * same file dropped again finds its answers. Not a security measure: the stored text is compared on reading; unlike
 * `crypto.subtle`, it works on a partner page served over plain HTTP.
 */
export function listKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}-${text.length}`;
}
