// Test helper, never imported by shipped code: the company API answered in the page itself, so that component
// tests exercise the real client (limits, retries, cache) without the internet.
import {
  answerFor,
  searchAnswer,
} from '../../../packages/core/src/company-api/fixtures.ts';

export type FakeReply = (q: string) => Promise<Response> | Response;

/** The company found: the fixtures' company, its head office in Le Cannet (06030), a SIRET's establishment in Bastia. */
export const found: FakeReply = (q) => Response.json(answerFor(q));
/** Unknown, or not public: an empty list. */
export const notFound: FakeReply = () => Response.json(searchAnswer([]));
/** What a browser reports for a network failure or a response without CORS headers. */
export const unreachable: FakeReply = () =>
  Promise.reject(new TypeError('Failed to fetch'));

let count = 0;

/**
 * Answers the requests to a fresh origin (one per call, so that no client or cache is shared between tests) with
 * `reply`; every other request goes to the real `fetch`. Give `origin` as the component's `company-api`.
 */
export function fakeCompanyApi(reply: FakeReply) {
  const origin = `https://company-api-${++count}.test`;
  const real = window.fetch;
  const requests: string[] = [];
  const api = {
    origin,
    requests,
    reply,
    restore: () => {
      window.fetch = real;
    },
  };
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) return real(input, init);
    const q = url.searchParams.get('q') ?? '';
    requests.push(q);
    return Promise.resolve(api.reply(q));
  };
  return api;
}

/** A reply held until `release` is called: a slow directory. */
export function heldReply(then: FakeReply) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const reply: FakeReply = async (q) => {
    await held;
    return then(q);
  };
  return {reply, release};
}
