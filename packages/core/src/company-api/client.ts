import {parseSiren, parseSiret} from '../identifiers/index.ts';
import {
  createCompanyCache,
  createMemoryStore,
  cacheKey,
  DEFAULT_CACHE_TTL,
  type CacheStore,
  type CacheTtl,
} from './cache.ts';
import {
  ABORT,
  systemNow,
  systemRandom,
  systemSleep,
  unlessAborted,
  type Now,
  type Random,
  type Sleep,
} from './clock.ts';
import {ABORTED, NOT_FOUND, type LookupResult} from './failures.ts';
import {
  parseCompanyId,
  type CompanyId,
  type IdentifierParsers,
} from './identifier.ts';
import {createInFlight} from './in-flight.ts';
import {companyFromAnswer} from './normalise.ts';
import {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
} from './rate-limiter.ts';
import {DEFAULT_MAX_BODY_BYTES} from './read-body.ts';
import {
  attemptRequest,
  searchUrl,
  type AttemptOutcome,
  type FetchLike,
} from './request.ts';
import {backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy} from './retry.ts';

export const DEFAULT_BASE_URL = 'https://recherche-entreprises.api.gouv.fr';
export const DEFAULT_TIMEOUT_MS = 8000;

export interface CompanyClientOptions {
  /** Injected (house-style §3): `fetch` itself in browsers, workers and Node 20. */
  readonly fetch: FetchLike;
  readonly baseUrl?: string;
  /** Per attempt, body included. */
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
  readonly rateLimit?: Partial<RateLimit>;
  readonly retry?: Partial<RetryPolicy>;
  /** Defaults to an in-memory store; pass a `chrome.storage`-backed one to survive worker restarts. */
  readonly cache?: {
    readonly store?: CacheStore;
    readonly ttl?: Partial<CacheTtl>;
  };
  /** Defaults to `parseSiren`/`parseSiret` from `@ti-toolkit/core/identifiers`. */
  readonly identifiers?: IdentifierParsers;
  readonly nafLabel?: (code: string) => string | undefined;
  readonly now?: Now;
  readonly sleep?: Sleep;
  readonly random?: Random;
}

export interface LookupOptions {
  /** Stops waiting, retries and the request under way; the lookup then ends as 'aborted'. */
  readonly signal?: AbortSignal;
}

export interface CompanyClient {
  /** The company for a SIREN, or the company and establishment for a SIRET. Never rejects. */
  lookup(identifier: string, options?: LookupOptions): Promise<LookupResult>;
}

/** A client for the API Recherche d'entreprises; one instance shares its rate limit, cache and in-flight lookups. */
export function createCompanyClient(
  options: CompanyClientOptions
): CompanyClient {
  const now = options.now ?? systemNow;
  const sleep = options.sleep ?? systemSleep;
  const random = options.random ?? systemRandom;
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const policy: RetryPolicy = {...DEFAULT_RETRY_POLICY, ...options.retry};
  const parsers = options.identifiers ?? {parseSiren, parseSiret};
  const limiter = createRateLimiter(
    {...DEFAULT_RATE_LIMIT, ...options.rateLimit},
    {now, sleep}
  );
  const cache = createCompanyCache(
    options.cache?.store ?? createMemoryStore(),
    {...DEFAULT_CACHE_TTL, ...options.cache?.ttl},
    now
  );
  const inFlight = createInFlight<LookupResult>();

  const fetchWithRetries = async (
    id: CompanyId,
    signal: AbortSignal
  ): Promise<LookupResult> => {
    const url = searchUrl(baseUrl, id);
    for (let attempt = 1; ; attempt += 1) {
      // Every attempt, retries included, goes through the limiter.
      const release = await limiter.acquire(signal);
      if (release === 'aborted') return ABORTED;
      let outcome: AttemptOutcome;
      try {
        outcome = await attemptRequest({
          fetch: options.fetch,
          url,
          timeoutMs,
          maxBodyBytes,
          signal,
          now,
          attempt,
        });
        // Hold before freeing the slot, or a queued lookup would start at once into the same 429.
        if (outcome.kind === 'retry' && outcome.retryAfterMs !== null) {
          limiter.holdUntil(
            now() + Math.min(outcome.retryAfterMs, policy.maxRetryAfterMs)
          );
        }
      } finally {
        release();
      }
      if (outcome.kind === 'answer') {
        const company = companyFromAnswer(outcome.answer, id, {
          nafLabel: options.nafLabel,
        });
        return company === null ? NOT_FOUND : {ok: true, value: company};
      }
      if (outcome.kind === 'final') return outcome.failure;
      const {retryAfterMs} = outcome;
      if (
        attempt > policy.maxRetries ||
        (retryAfterMs ?? 0) > policy.maxRetryAfterMs
      )
        return outcome.failure;
      const delay = Math.max(
        retryAfterMs ?? 0,
        backoffDelay(attempt - 1, policy, random)
      );
      if ((await unlessAborted(sleep(delay, signal), signal)) === ABORT)
        return ABORTED;
    }
  };

  const resolve = async (
    id: CompanyId,
    key: string,
    signal: AbortSignal
  ): Promise<LookupResult> => {
    const cached = await unlessAborted(cache.read(key), signal);
    if (cached === ABORT) return ABORTED;
    if (cached !== undefined) return cached;
    const result = await fetchWithRetries(id, signal);
    await cache.write(key, result);
    return result;
  };

  return {
    lookup(identifier, {signal} = {}) {
      // Identifiers come from web pages and messages: check the type even though TypeScript says string.
      const parsed =
        typeof identifier === 'string'
          ? parseCompanyId(identifier, parsers)
          : {ok: false as const, reason: 'not a string'};
      if (!parsed.ok)
        return Promise.resolve({
          ok: false,
          reason: 'invalid-identifier',
          detail: parsed.reason,
        });
      const key = cacheKey(parsed.value);
      return inFlight.run(
        key,
        (shared) => resolve(parsed.value, key, shared),
        signal,
        ABORTED
      );
    },
  };
}
