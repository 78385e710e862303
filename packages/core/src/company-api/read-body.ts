/** 2 MB: a one-company answer weighs a few kB, so anything near this is not the answer we asked for. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The body as text, or 'too-large' as soon as it passes `maxBytes`: the stream is cancelled rather
 * than buffered, so a hostile or broken server cannot fill the memory of a service worker.
 * Network and abort errors propagate to the caller.
 */
export async function readBodyLimited(
  response: Response,
  maxBytes: number
): Promise<string | 'too-large'> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > maxBytes) {
    await discardBody(response);
    return 'too-large';
  }
  if (response.body === null) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes
      ? 'too-large'
      : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    text += decoder.decode(value, {stream: true});
  }
}

/** Frees the connection of an answer whose body we do not need. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
