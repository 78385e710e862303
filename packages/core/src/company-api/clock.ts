/** Resolves after `ms`, or as soon as `signal` aborts (callers then check `signal.aborted`). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Milliseconds since the epoch: wall-clock time, because cache timestamps outlive the process. */
export type Now = () => number;

/** A number in [0, 1), for jitter. */
export type Random = () => number;

export const systemNow: Now = () => Date.now();

export const systemRandom: Random = () => Math.random();

/** Works in Node, browsers and extension service workers alike: setTimeout only. */
export const systemSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, {once: true});
  });

/** What `unlessAborted` resolves to when the signal won: a symbol, so no real value can be mistaken for it. */
export const ABORT: unique symbol = Symbol('abort');

/**
 * Waits for `promise` unless `signal` aborts first. Guards against injected functions (sleep, cache
 * stores) that ignore the signal, so that an abort always ends the wait.
 */
export function unlessAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal
): Promise<T | typeof ABORT> {
  if (signal.aborted) return Promise.resolve(ABORT);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(ABORT);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    );
  });
}
