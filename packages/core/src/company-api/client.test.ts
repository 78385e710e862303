import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {createMemoryStore, type CacheStore} from './cache.ts';
import {createCompanyClient, type CompanyClientOptions} from './client.ts';
import {systemSleep} from './clock.ts';
import {
  delayed,
  found,
  hangUp,
  json,
  oversized,
  sequence,
  startFakeServer,
  type FakeServer,
} from './fake-server.ts';
import {
  answerFor,
  apiCompany,
  LA_POSTE_SIRET,
  SIREN,
  SIRET,
  searchAnswer,
  validSirens,
} from './fixtures.ts';
import {createTestClock, T0} from './test-clock.ts';

const HOUR = 3_600_000;
let server: FakeServer;

beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function setup(options: Partial<CompanyClientOptions> = {}) {
  const clock = createTestClock();
  const starts: number[] = [];
  const client = createCompanyClient({
    fetch: (url, init) => {
      starts.push(clock.now());
      return fetch(url, init);
    },
    baseUrl: server.baseUrl,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...options,
  });
  return {client, clock, starts};
}

const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};

describe('answers', () => {
  it('returns the company for a SIREN, asked as /search?q=<siren>&per_page=1', async () => {
    const {client} = setup({fetch});
    const result = await client.lookup(SIREN);
    expect(result).toMatchObject({
      ok: true,
      value: {
        siren: SIREN,
        name: 'CARREFOUR (CTIM)',
        state: 'active',
        establishment: null,
      },
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.url.pathname).toBe('/search');
    expect(Object.fromEntries(request!.url.searchParams)).toEqual({
      q: SIREN,
      page: '1',
      per_page: '1',
    });
    expect(request?.headers.accept).toBe('application/json');
  });

  it.each([SIRET, LA_POSTE_SIRET])(
    'returns the company and the establishment for SIRET %s',
    async (siret) => {
      const {client} = setup();
      const result = await client.lookup(siret);
      expect(result).toMatchObject({
        ok: true,
        value: {
          siren: siret.slice(0, 9),
          establishment: {siret, communeCode: '2B033', department: '2B'},
        },
      });
      expect(server.requests[0]?.url.searchParams.get('q')).toBe(siret);
    }
  );

  it.each([
    ['no result', SIREN, json(200, searchAnswer([]))],
    ['HTTP 404', SIREN, json(404, {erreur: 'introuvable'})],
    [
      'another company',
      SIREN,
      json(200, searchAnswer([apiCompany('552100554')])),
    ],
    [
      'a SIRET missing from matching_etablissements',
      SIRET,
      json(200, answerFor(SIREN)),
    ],
  ])('answers not-found for %s, without retrying', async (_case, id, reply) => {
    server.reply(reply);
    const {client} = setup();
    expect(await client.lookup(id)).toEqual({ok: false, reason: 'not-found'});
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a 500 after a jittered backoff', async () => {
    server.reply(sequence(json(500, {}), found));
    const {client, clock} = setup();
    expect((await client.lookup(SIREN)).ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([375]);
  });

  it.each([429, 503])(
    'waits as long as Retry-After says after a %i, in seconds',
    async (status) => {
      server.reply(sequence(json(status, {}, {'retry-after': '2'}), found));
      const {client, clock, starts} = setup();
      expect((await client.lookup(SIREN)).ok).toBe(true);
      expect(starts).toEqual([T0, T0 + 2000]);
      expect(clock.sleeps).toEqual([2000]);
    }
  );

  it('holds the other lookups of the client during a Retry-After', async () => {
    server.reply(sequence(json(429, {}, {'retry-after': '2'}), found));
    const {client, starts} = setup({rateLimit: {maxInFlight: 1}});
    const results = await Promise.all(
      validSirens(3).map((siren) => client.lookup(siren))
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(starts[0]).toBe(T0);
    expect(starts.slice(1).every((start) => start >= T0 + 2000)).toBe(true);
  });

  it('waits as long as Retry-After says, as an HTTP date', async () => {
    server.reply(
      sequence(
        json(429, {}, {'retry-after': new Date(T0 + 5000).toUTCString()}),
        found
      )
    );
    const {client, starts} = setup();
    expect((await client.lookup(SIREN)).ok).toBe(true);
    expect(starts).toEqual([T0, T0 + 5000]);
  });

  it('ends rate-limited after 3 retries', async () => {
    server.reply(json(429, {}, {'retry-after': '1'}));
    const {client} = setup();
    expect(await client.lookup(SIREN)).toEqual({
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: 1000,
      attempts: 4,
    });
    expect(server.requests).toHaveLength(4);
  });

  it('gives up at once when Retry-After is longer than the user can wait', async () => {
    server.reply(json(429, {}, {'retry-after': '3600'}));
    const {client} = setup();
    expect(await client.lookup(SIREN)).toEqual({
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: 3_600_000,
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('ends unavailable after 3 retries with growing delays', async () => {
    server.reply(json(503, {}));
    const {client, clock} = setup();
    expect(await client.lookup(SIREN)).toEqual({
      ok: false,
      reason: 'unavailable',
      cause: 'http',
      status: 503,
      detail: 'HTTP 503',
      attempts: 4,
    });
    expect(server.requests).toHaveLength(4);
    expect(clock.sleeps).toEqual([375, 750, 1500]);
  });

  it('times out each attempt', async () => {
    server.reply(delayed(2000, found));
    const {client} = setup({timeoutMs: 40});
    const started = performance.now();
    expect(await client.lookup(SIREN)).toMatchObject({
      reason: 'unavailable',
      cause: 'timeout',
      attempts: 4,
    });
    expect(server.requests).toHaveLength(4);
    // Four 40 ms attempts, not four waits for the 2 s answer (a busy machine adds to the first, never 6 s).
    expect(performance.now() - started).toBeLessThan(6000);
  });

  it('retries when the connection is closed', async () => {
    server.reply(hangUp);
    const {client} = setup();
    expect(await client.lookup(SIREN)).toMatchObject({
      reason: 'unavailable',
      cause: 'network',
      status: null,
      attempts: 4,
    });
    expect(server.requests).toHaveLength(4);
  });

  it('does not retry another 4xx', async () => {
    server.reply(
      json(400, {
        erreur: 'Veuillez indiquer au moins un paramètre de recherche.',
      })
    );
    const {client} = setup();
    expect(await client.lookup(SIREN)).toMatchObject({
      reason: 'unavailable',
      cause: 'http',
      status: 400,
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('follows the retry option', async () => {
    server.reply(json(500, {}));
    const {client} = setup({retry: {maxRetries: 1}});
    expect(await client.lookup(SIREN)).toMatchObject({
      reason: 'unavailable',
      attempts: 2,
    });
    expect(server.requests).toHaveLength(2);
  });
});

describe('invalid answers', () => {
  it.each([
    ['malformed JSON', json(200, '{"results": ['), 'malformed-json'],
    ['a wrong shape', json(200, {results: [{siren: 42}]}), 'schema'],
    [
      'an HTML error page',
      json(200, '<html>maintenance</html>'),
      'malformed-json',
    ],
    [
      'a body over 2 MB with Content-Length',
      oversized(2 * 1024 * 1024 + 1, {chunked: false}),
      'too-large',
    ],
    [
      'a streamed body over 2 MB',
      oversized(3 * 1024 * 1024, {chunked: true}),
      'too-large',
    ],
  ])('rejects %s without retrying', async (_case, reply, problem) => {
    server.reply(reply);
    const {client} = setup();
    expect(await client.lookup(SIREN)).toMatchObject({
      ok: false,
      reason: 'invalid-answer',
      problem,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('says where the answer is wrong', async () => {
    server.reply(json(200, {results: [{siren: 42}]}));
    const {client} = setup();
    expect(await client.lookup(SIREN)).toMatchObject({
      detail: expect.stringMatching(/^results\.0\.siren: /),
    });
  });
});

describe('invalid identifiers', () => {
  it.each([
    '732829321',
    '73282932000075',
    '7328293200007',
    'abc',
    '',
    42 as unknown as string,
  ])('sends no request for %j', async (input) => {
    const {client} = setup();
    expect(await client.lookup(input)).toMatchObject({
      ok: false,
      reason: 'invalid-identifier',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('abort', () => {
  it('sends nothing when the signal has already fired', async () => {
    const {client} = setup();
    expect(await client.lookup(SIREN, {signal: AbortSignal.abort()})).toEqual({
      ok: false,
      reason: 'aborted',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('stops the request under way', async () => {
    server.reply(delayed(5000, found));
    const {client} = setup();
    const controller = new AbortController();
    const lookup = client.lookup(SIREN, {signal: controller.signal});
    await server.received(1);
    controller.abort();
    expect(await lookup).toEqual({ok: false, reason: 'aborted'});
    await until(() => server.open === 0);
  });

  it('stops waiting for a retry', async () => {
    server.reply(json(500, {}));
    const {client} = setup({sleep: systemSleep, retry: {baseDelayMs: 60_000}});
    const controller = new AbortController();
    const lookup = client.lookup(SIREN, {signal: controller.signal});
    await server.received(1);
    setTimeout(() => controller.abort(), 10);
    expect(await lookup).toEqual({ok: false, reason: 'aborted'});
    expect(server.requests).toHaveLength(1);
  });

  it('stops waiting for the rate limiter, and the request is never sent', async () => {
    server.reply(delayed(30, found));
    const [other] = validSirens(1);
    const {client} = setup({rateLimit: {maxInFlight: 1}});
    const controller = new AbortController();
    const first = client.lookup(SIREN);
    const second = client.lookup(other!, {signal: controller.signal});
    await server.received(1);
    controller.abort();
    expect(await second).toEqual({ok: false, reason: 'aborted'});
    expect((await first).ok).toBe(true);
    expect(
      server.requests.map((request) => request.url.searchParams.get('q'))
    ).toEqual([SIREN]);
  });

  it('caches nothing for an aborted lookup', async () => {
    server.reply(delayed(5000, found));
    const {client} = setup();
    const controller = new AbortController();
    const lookup = client.lookup(SIREN, {signal: controller.signal});
    await server.received(1);
    controller.abort();
    await lookup;
    server.reply(found);
    expect((await client.lookup(SIREN)).ok).toBe(true);
    expect(server.requests).toHaveLength(2);
  });
});

describe('cache', () => {
  it('answers a second lookup without a request', async () => {
    const {client} = setup();
    const first = await client.lookup(SIREN);
    expect(await client.lookup(SIREN)).toEqual(first);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps a company 24 h', async () => {
    const {client, clock} = setup();
    await client.lookup(SIREN);
    clock.advance(24 * HOUR - 1);
    await client.lookup(SIREN);
    expect(server.requests).toHaveLength(1);
    clock.advance(1);
    await client.lookup(SIREN);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps a not-found 1 h', async () => {
    server.reply(json(200, searchAnswer([])));
    const {client, clock} = setup();
    await client.lookup(SIREN);
    clock.advance(HOUR - 1);
    expect(await client.lookup(SIREN)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(server.requests).toHaveLength(1);
    clock.advance(1);
    await client.lookup(SIREN);
    expect(server.requests).toHaveLength(2);
  });

  it('does not keep other failures', async () => {
    server.reply(json(500, {}));
    const {client} = setup();
    expect((await client.lookup(SIREN)).ok).toBe(false);
    server.reply(found);
    expect((await client.lookup(SIREN)).ok).toBe(true);
    expect(server.requests).toHaveLength(5);
  });

  it('keys entries by identifier: a SIREN and one of its SIRETs are two entries', async () => {
    const {client} = setup();
    await client.lookup(SIREN);
    await client.lookup(SIRET);
    await client.lookup(SIRET);
    expect(server.requests).toHaveLength(2);
  });

  it('reads a store filled by an earlier client, as after a service worker restart', async () => {
    const store: CacheStore = createMemoryStore();
    await setup({cache: {store}}).client.lookup(SIRET);
    const result = await setup({cache: {store}}).client.lookup(SIRET);
    expect(result).toMatchObject({
      ok: true,
      value: {establishment: {siret: SIRET}},
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe('concurrency', () => {
  it('sends one request for the same identifier asked twice at once', async () => {
    server.reply(delayed(20, found));
    const {client} = setup();
    const results = await Promise.all([
      client.lookup(SIREN),
      client.lookup(SIREN),
      client.lookup(SIREN),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps a shared request going when only one of its callers aborts', async () => {
    server.reply(delayed(30, found));
    const {client} = setup();
    const controller = new AbortController();
    const leaving = client.lookup(SIREN, {signal: controller.signal});
    const staying = client.lookup(SIREN);
    await server.received(1);
    controller.abort();
    expect(await leaving).toEqual({ok: false, reason: 'aborted'});
    expect((await staying).ok).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('starts at most 5 requests per second and keeps at most 2 in flight', async () => {
    server.reply(delayed(5, found));
    const {client, starts} = setup();
    const sirens = validSirens(12);
    const results = await Promise.all(
      sirens.map((siren) => client.lookup(siren))
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(server.requests).toHaveLength(12);
    expect(server.maxConcurrent).toBe(2);
    for (let i = 0; i + 5 < starts.length; i += 1)
      expect(starts[i + 5]! - starts[i]!).toBeGreaterThanOrEqual(1000);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(2000);
  });
});
