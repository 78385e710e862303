/**
 * A loader that runs once and shares its promise, but forgets a failure: a table that failed to download
 * (offline page, chunk error) is tried again on the next call instead of failing until the page reloads.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
