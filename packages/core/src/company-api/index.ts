export type {
  Activity,
  AdministrativeState,
  Company,
  CompanyCategory,
  CompanySize,
  Establishment,
  HeadcountBand,
} from './company.ts';
export type {
  AnswerProblem,
  CompanyFailure,
  CompanyFailureReason,
  LookupResult,
  UnavailableCause,
} from './failures.ts';
export {
  createCompanyClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type CompanyClient,
  type CompanyClientOptions,
  type LookupOptions,
} from './client.ts';
export {
  createMemoryStore,
  DEFAULT_CACHE_TTL,
  type CacheEntry,
  type CacheStore,
  type CacheTtl,
  type CachedAnswer,
} from './cache.ts';
export type {IdentifierParsers} from './identifier.ts';
export type {Now, Random, Sleep} from './clock.ts';
export {DEFAULT_RATE_LIMIT, type RateLimit} from './rate-limiter.ts';
export {DEFAULT_RETRY_POLICY, type RetryPolicy} from './retry.ts';
export {DEFAULT_MAX_BODY_BYTES} from './read-body.ts';
export type {FetchLike} from './request.ts';
