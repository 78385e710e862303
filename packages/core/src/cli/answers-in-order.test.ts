import {describe, expect, it} from 'vitest';
import {answersInOrder} from './answers-in-order.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<R>(generator: AsyncGenerator<R>): Promise<R[]> {
  const values: R[] = [];
  for await (const value of generator) values.push(value);
  return values;
}

describe('answersInOrder', () => {
  it('yields in the input order whatever order the answers end in', async () => {
    const delays = [50, 0, 30, 10, 0];
    const values = await collect(
      answersInOrder(delays, async (ms, i) => (await wait(ms), i), {window: 3})
    );
    expect(values).toEqual([0, 1, 2, 3, 4]);
  });

  it('never has more than `window` answers under way', async () => {
    let open = 0;
    let most = 0;
    await collect(
      answersInOrder(
        Array.from({length: 20}, (_, i) => i),
        async (i) => {
          most = Math.max(most, ++open);
          await wait(i % 3);
          open -= 1;
        },
        {window: 4}
      )
    );
    expect(most).toBe(4);
  });

  it('yields an answer before the next input arrives', async () => {
    let release: () => void = () => undefined;
    async function* typed() {
      yield 'first';
      await new Promise<void>((resolve) => (release = resolve));
      yield 'second';
    }
    const answers = answersInOrder(
      typed(),
      async (input) => input.toUpperCase(),
      {
        window: 16,
      }
    );
    expect(await answers.next()).toEqual({value: 'FIRST', done: false});
    release();
    expect(await collect(answers)).toEqual(['SECOND']);
  });

  it('starts nothing more once the signal has fired', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const values = await collect(
      answersInOrder(
        [1, 2, 3, 4],
        async (n) => {
          started.push(n);
          if (n === 2) controller.abort();
          return n;
        },
        {window: 1, signal: controller.signal}
      )
    );
    expect(started).toEqual([1, 2]);
    expect(values).toEqual([1, 2]);
  });

  it('passes on a failing answer and a failing input', async () => {
    await expect(
      collect(
        answersInOrder([1], async () => Promise.reject(new Error('answer')), {
          window: 2,
        })
      )
    ).rejects.toThrow('answer');
    async function* broken() {
      yield 1;
      throw new Error('input');
    }
    await expect(
      collect(answersInOrder(broken(), async (n) => n, {window: 2}))
    ).rejects.toThrow('input');
  });
});
