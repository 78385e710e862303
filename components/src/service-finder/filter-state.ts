import {
  FACETS,
  type Facet,
  type SchemeFilters,
} from '@ti-toolkit/core/catalogue';
import {
  BENEFICIARIES,
  OPERATORS,
  PRIORITY_IDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
} from '@ti-toolkit/data/catalogue';

/** The values each filter accepts: the catalogue's closed vocabularies. */
export const FACET_VALUES: Record<Facet, readonly string[]> = {
  priority: PRIORITY_IDS,
  beneficiary: BENEFICIARIES,
  kind: SCHEME_KINDS,
  operator: OPERATORS,
  status: SCHEME_STATUSES,
};

export type FacetText = Record<Facet, string>;

export interface ParsedFilters {
  filters: SchemeFilters;
  /** Values no vocabulary knows, per filter, as typed (shortened): shown in an alert, never applied. */
  invalid: {facet: Facet; values: string[]}[];
  /** A stable key of the valid filters, to memoize the search. */
  key: string;
}

/** "a, b,,a" -> ["a", "b"]: comma-separated attribute values, trimmed, without duplicates. */
export function splitList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    ),
  ];
}

const shorten = (value: string) =>
  value.length > 60 ? `${value.slice(0, 59)}…` : value;

/** Reads the filter attributes: known values (case-insensitive) become filters, the others are reported. */
export function parseFilters(text: FacetText): ParsedFilters {
  const filters: Record<string, string[]> = {};
  const invalid: ParsedFilters['invalid'] = [];
  for (const facet of FACETS) {
    const valid: string[] = [];
    const unknown: string[] = [];
    for (const value of splitList(text[facet])) {
      const id = value.toLowerCase();
      if (FACET_VALUES[facet].includes(id)) valid.push(id);
      else unknown.push(shorten(value));
    }
    if (valid.length > 0) filters[facet] = valid;
    if (unknown.length > 0) invalid.push({facet, values: unknown});
  }
  const key = FACETS.map((f) => (filters[f] ?? []).join(',')).join('|');
  return {filters: filters as SchemeFilters, invalid, key};
}

/** The comma-separated list with `value` added or removed. */
export function toggleValue(
  list: readonly string[],
  value: string,
  on: boolean
): string {
  const next = list.filter((v) => v !== value);
  if (on) next.push(value);
  return next.join(',');
}

/**
 * The state the page URL carries with `url-sync`, each as a `ti-` search parameter, or `ti-<id>-` for a finder with
 * an id, so that two finders on one page keep their own state.
 */
export const SYNCED_KEYS = ['query', 'place', ...FACETS] as const;
export type SyncedKey = (typeof SYNCED_KEYS)[number];

export const urlPrefix = (id: string) => (id ? `ti-${id}-` : 'ti-');

export function readUrlState(
  search: string,
  prefix: string
): Partial<Record<SyncedKey, string>> {
  const params = new URLSearchParams(search);
  const state: Partial<Record<SyncedKey, string>> = {};
  for (const key of SYNCED_KEYS) {
    const value = params.get(`${prefix}${key}`);
    if (value !== null) state[key] = value;
  }
  return state;
}

/** Longest value written to the URL: any real query or filter list fits; a pasted megabyte must not. */
export const MAX_URL_VALUE = 500;

/** Quiet time before the URL follows the state: a word typed is one write, not one per keystroke. */
export const URL_WRITE_DELAY = 300;

/** A parameter's name as `a=b&c` writes it (application/x-www-form-urlencoded). */
const formName = (segment: string): string => {
  const name = segment.split('=', 1)[0]!;
  if (!/[%+]/.test(name)) return name;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
};

/**
 * The search string (`?…`) with the state's parameters set, cut at MAX_URL_VALUE, and empty ones removed. The other
 * parameters keep their bytes and order (nothing else is decoded or re-encoded), ours follow them: the work is one
 * split of the string, whatever other long parameters the address carries.
 */
export function searchWithState(
  search: string,
  state: Record<SyncedKey, string>,
  prefix: string
): string {
  const ours = new Set(SYNCED_KEYS.map((key) => `${prefix}${key}`));
  const kept = (search.length > 1 ? search.slice(1).split('&') : []).filter(
    (segment) => !ours.has(formName(segment))
  );
  const written = new URLSearchParams();
  for (const key of SYNCED_KEYS) {
    const value = state[key].trim().slice(0, MAX_URL_VALUE);
    if (value) written.append(`${prefix}${key}`, value);
  }
  if (written.size) kept.push(written.toString());
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * Writes the state into the URL without a new history entry, URL_WRITE_DELAY after the last change (a change resets
 * the delay); the hash and the other parameters are kept byte for byte. A write still waiting when the page is left is
 * made at once (so that back and reload find it); one waiting when the history moves (back, forward) is dropped: it
 * belonged to the entry left.
 */
export class UrlStateWriter {
  private timer?: ReturnType<typeof setTimeout>;
  private next?: () => void;

  private readonly flushNow = () => this.flush();
  private readonly drop = () => this.cancel();

  /** Writes `state` later; the latest call wins. */
  schedule(state: Record<SyncedKey, string>, prefix: string): void {
    if (!this.next) {
      addEventListener('pagehide', this.flushNow);
      addEventListener('popstate', this.drop);
    }
    this.next = () => {
      const search = searchWithState(location.search, state, prefix);
      if (search !== location.search)
        history.replaceState(
          history.state,
          '',
          (search || location.pathname) + location.hash
        );
    };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, URL_WRITE_DELAY);
  }

  /** Makes the waiting write now, if any. */
  flush(): void {
    const next = this.next;
    this.cancel();
    next?.();
  }

  /** Forgets the waiting write. */
  cancel(): void {
    clearTimeout(this.timer);
    this.next = undefined;
    removeEventListener('pagehide', this.flushNow);
    removeEventListener('popstate', this.drop);
  }
}
