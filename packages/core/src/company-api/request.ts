import * as v from 'valibot';
import type {Now} from './clock.ts';
import {
  ABORTED,
  NOT_FOUND,
  type AnswerProblem,
  type CompanyFailure,
  type UnavailableCause,
} from './failures.ts';
import {idText, type CompanyId} from './identifier.ts';
import {discardBody, readBodyLimited} from './read-body.ts';
import {parseRetryAfter} from './retry.ts';
import {searchAnswerSchema, type SearchAnswer} from './schema.ts';

/** The part of `fetch` the client uses, so that tests and wrappers need not implement the rest. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type RetryableFailure = Extract<
  CompanyFailure,
  {reason: 'rate-limited' | 'unavailable'}
>;

/** How one HTTP attempt ended. */
export type AttemptOutcome =
  | {readonly kind: 'answer'; readonly answer: SearchAnswer}
  | {readonly kind: 'final'; readonly failure: CompanyFailure}
  | {
      readonly kind: 'retry';
      readonly failure: RetryableFailure;
      readonly retryAfterMs: number | null;
    };

export interface AttemptOptions {
  readonly fetch: FetchLike;
  readonly url: string;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  /** Aborts this attempt for the caller (not a timeout). */
  readonly signal: AbortSignal;
  readonly now: Now;
  /** 1 for the first attempt; reported in failures. */
  readonly attempt: number;
}

/** `GET <base>/search?q=<SIREN or SIRET>`: a direct lookup, which the API answers with that company only. */
export function searchUrl(baseUrl: string, id: CompanyId): string {
  const params = new URLSearchParams({q: idText(id), page: '1', per_page: '1'});
  return `${baseUrl.replace(/\/+$/, '')}/search?${params.toString()}`;
}

/** One attempt: fetch, read at most `maxBodyBytes`, parse and validate, all within `timeoutMs`. Never throws. */
export async function attemptRequest(
  options: AttemptOptions
): Promise<AttemptOutcome> {
  const {signal, timeoutMs, attempt} = options;
  if (signal.aborted) return {kind: 'final', failure: ABORTED};
  const controller = new AbortController();
  let timedOut = false;
  // The timeout covers the body too: a server that trickles bytes is as stuck as a silent one.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal.addEventListener('abort', onAbort, {once: true});
  try {
    // Called as a plain function: a browser's fetch throws "Illegal invocation" when `this` is another object.
    const fetchFn = options.fetch;
    const response = await fetchFn(options.url, {
      signal: controller.signal,
      headers: {accept: 'application/json'},
    });
    return await readOutcome(response, options);
  } catch (error) {
    if (signal.aborted) return {kind: 'final', failure: ABORTED};
    const failure = timedOut
      ? unavailable(
          'timeout',
          null,
          `no complete answer within ${timeoutMs} ms`,
          attempt
        )
      : unavailable('network', null, describe(error), attempt);
    return {kind: 'retry', failure, retryAfterMs: null};
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

async function readOutcome(
  response: Response,
  options: AttemptOptions
): Promise<AttemptOutcome> {
  const {status} = response;
  if (status === 404) {
    await discardBody(response);
    return {kind: 'final', failure: NOT_FOUND};
  }
  if (status === 429 || status === 408 || status >= 500) {
    await discardBody(response);
    const retryAfterMs = parseRetryAfter(
      response.headers.get('retry-after'),
      options.now()
    );
    const failure: RetryableFailure =
      status === 429
        ? {
            ok: false,
            reason: 'rate-limited',
            retryAfterMs,
            attempts: options.attempt,
          }
        : unavailable('http', status, `HTTP ${status}`, options.attempt);
    return {kind: 'retry', failure, retryAfterMs};
  }
  if (!response.ok) {
    // Other 4xx: asking again would get the same answer.
    await discardBody(response);
    return {
      kind: 'final',
      failure: unavailable('http', status, `HTTP ${status}`, options.attempt),
    };
  }
  const body = await readBodyLimited(response, options.maxBodyBytes);
  if (body === 'too-large')
    return invalid('too-large', `body over ${options.maxBodyBytes} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return invalid('malformed-json', describe(error));
  }
  const parsed = v.safeParse(searchAnswerSchema, json);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    return invalid(
      'schema',
      `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`
    );
  }
  return {kind: 'answer', answer: parsed.output};
}

function unavailable(
  cause: UnavailableCause,
  status: number | null,
  detail: string,
  attempts: number
): RetryableFailure {
  return {ok: false, reason: 'unavailable', cause, status, detail, attempts};
}

function invalid(problem: AnswerProblem, detail: string): AttemptOutcome {
  return {
    kind: 'final',
    failure: {ok: false, reason: 'invalid-answer', problem, detail},
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch hides the socket error in `cause` ("fetch failed" alone says little).
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
