/**
 * Answers started at once by the commands: more than the company client lets out (2 in flight), so that its queue
 * never runs dry, and few enough that a list of thousands is not held in memory as promises.
 */
export const LOOKUP_WINDOW = 16;

/**
 * Starts up to `window` answers at once and yields them in the inputs' order, each as soon as it and those before
 * it are ready (a user typing places one by one sees each answer at once). The window only bounds memory and keeps
 * the company client's queue fed: the client's own limiter decides when requests go out.
 */
export async function* answersInOrder<T, R>(
  inputs: AsyncIterable<T> | Iterable<T>,
  answer: (input: T, index: number) => Promise<R>,
  {window, signal}: {window: number; signal?: AbortSignal}
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let finished = false;
  let stopped = false;
  let failure: {error: unknown} | undefined;
  let wakeReader: (() => void) | undefined;
  let wakeStarter: (() => void) | undefined;
  const readerWakes = () => {
    wakeReader?.();
    wakeReader = undefined;
  };
  const starterWakes = () => {
    wakeStarter?.();
    wakeStarter = undefined;
  };

  void (async () => {
    try {
      let index = 0;
      for await (const input of inputs) {
        while (pending.length >= window && !stopped)
          await new Promise<void>((resolve) => (wakeStarter = resolve));
        if (stopped || signal?.aborted) break;
        const started = answer(input, index++);
        // Awaited in turn below; until then a rejection must not count as unhandled.
        started.catch(() => undefined);
        pending.push(started);
        readerWakes();
      }
    } catch (error) {
      failure = {error};
    } finally {
      finished = true;
      readerWakes();
    }
  })();

  try {
    for (;;) {
      const head = pending[0];
      if (head === undefined) {
        if (finished) break;
        await new Promise<void>((resolve) => (wakeReader = resolve));
        continue;
      }
      const value = await head;
      pending.shift();
      starterWakes();
      yield value;
    }
    if (failure) throw failure.error;
  } finally {
    stopped = true;
    starterWakes();
  }
}
