/**
 * Polls `read` until `accept` holds, then returns the value; on timeout it throws with the last value seen,
 * so a failing test says what it got. (vitest's expect.poll only runs inside a test, not in hooks.)
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  {timeout = 15_000, what = 'a condition'} = {}
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      // The worker may be restarting: try again until the deadline.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}` +
      (lastError ? `; last error: ${String(lastError)}` : '')
  );
}
