import type {Catalogue, Scheme, Source} from '@ti-toolkit/data/catalogue';

/**
 * How old what we say is: the newest of an entry's sources, and whether the catalogue's last review is old
 * enough to warn users. The components show these instead of a "verified" date.
 */

/** The entry's source with the newest own date; an undated source only when none is dated. */
export function newestSource(scheme: Scheme): Source {
  return scheme.sources.reduce((newest, source) =>
    (source.publishedOn ?? '') > (newest.publishedOn ?? '') ? source : newest
  );
}

/** Sources newest first, undated last: the order of the list shown on demand. */
export function sourcesByDate(scheme: Scheme): Source[] {
  return [...scheme.sources].sort((a, b) =>
    (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '')
  );
}

/** After this many months without a full review, users are told to check with the operator. */
export const REVIEW_WARNING_MONTHS = 6;

/** Whether the catalogue's last review is more than six months before `today` (an ISO date or a Date). */
export function isReviewStale(
  catalogue: Pick<Catalogue, 'reviewedOn'>,
  today: Date = new Date()
): boolean {
  const limit = new Date(
    Date.UTC(
      today.getUTCFullYear(),
      today.getUTCMonth() - REVIEW_WARNING_MONTHS,
      today.getUTCDate()
    )
  );
  return catalogue.reviewedOn < limit.toISOString().slice(0, 10);
}

/** open or running: what "available" means in filters and on the command line. */
export const isAvailable = (scheme: Pick<Scheme, 'status'>): boolean =>
  scheme.status === 'open' || scheme.status === 'running';
