import {ABORT, unlessAborted} from './clock.ts';

/** Runs shared by key between concurrent callers. */
export interface InFlight<T> {
  /**
   * Joins the run for `key`, or starts it with `start`. A caller whose signal aborts leaves at once
   * with `abortedValue`; the run itself is aborted only when every caller has left, so that one
   * closed panel does not cancel the lookup another is waiting for.
   */
  run(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
    abortedValue: T
  ): Promise<T>;
}

interface Run<T> {
  readonly controller: AbortController;
  readonly promise: Promise<T>;
  callers: number;
}

export function createInFlight<T>(): InFlight<T> {
  const runs = new Map<string, Run<T>>();

  const forget = (key: string, run: Run<T>): void => {
    if (runs.get(key) === run) runs.delete(key);
  };

  const startRun = (
    key: string,
    start: (signal: AbortSignal) => Promise<T>
  ): Run<T> => {
    const controller = new AbortController();
    const run: Run<T> = {
      controller,
      callers: 0,
      promise: start(controller.signal),
    };
    runs.set(key, run);
    const done = (): void => forget(key, run);
    run.promise.then(done, done);
    return run;
  };

  return {
    async run(key, start, signal, abortedValue) {
      if (signal?.aborted) return abortedValue;
      const run = runs.get(key) ?? startRun(key, start);
      run.callers += 1;
      if (signal === undefined) return run.promise;
      const result = await unlessAborted(run.promise, signal);
      if (result !== ABORT) return result;
      run.callers -= 1;
      if (run.callers === 0) {
        // Forget first, so that a new caller starts a fresh run instead of joining a dying one.
        forget(key, run);
        run.controller.abort();
      }
      return abortedValue;
    },
  };
}
