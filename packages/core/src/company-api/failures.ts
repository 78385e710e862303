import type {Company} from './company.ts';

/**
 * Every way a lookup can end without a company. The `ok: false` + `reason` shape is the house
 * Result shape (house-style §3), with the details each reason needs.
 */
export type CompanyFailure =
  /** Unknown, or not public ("non-diffusible"): a normal answer, not an error. */
  | {readonly ok: false; readonly reason: 'not-found'}
  /** Still HTTP 429 after the retries, or told to wait longer than the client is allowed to. */
  | {
      readonly ok: false;
      readonly reason: 'rate-limited';
      readonly retryAfterMs: number | null;
      readonly attempts: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'unavailable';
      readonly cause: UnavailableCause;
      /** HTTP status when the server answered, else null. */
      readonly status: number | null;
      readonly detail: string;
      readonly attempts: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'invalid-answer';
      readonly problem: AnswerProblem;
      readonly detail: string;
    }
  /** The input is not a valid SIREN or SIRET: no request was sent. */
  | {
      readonly ok: false;
      readonly reason: 'invalid-identifier';
      readonly detail: string;
    }
  /** The caller's AbortSignal fired. */
  | {readonly ok: false; readonly reason: 'aborted'};

export type UnavailableCause = 'http' | 'network' | 'timeout';
export type AnswerProblem = 'malformed-json' | 'schema' | 'too-large';
export type CompanyFailureReason = CompanyFailure['reason'];

/** What `lookup` resolves to; it never rejects. */
export type LookupResult =
  {readonly ok: true; readonly value: Company} | CompanyFailure;

export const NOT_FOUND: CompanyFailure = {ok: false, reason: 'not-found'};
export const ABORTED: CompanyFailure = {ok: false, reason: 'aborted'};
