/** The inputs until the signal fires, even while one is awaited (a user typing on standard input). */
export async function* untilAborted<T>(
  inputs: AsyncIterable<T> | Iterable<T>,
  signal: AbortSignal | undefined
): AsyncGenerator<T> {
  if (!signal) return yield* inputs;
  const iterator =
    Symbol.asyncIterator in inputs
      ? inputs[Symbol.asyncIterator]()
      : inputs[Symbol.iterator]();
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted');
    signal.addEventListener('abort', () => resolve('aborted'), {once: true});
  });
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === 'aborted' || next.done) return;
      yield next.value;
    }
  } finally {
    void iterator.return?.();
  }
}
