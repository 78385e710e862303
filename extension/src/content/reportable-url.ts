/** The longest address a report carries: the worker refuses longer ones (message-schemas.ts). */
export const MAX_REPORTED_URL = 2048;

/**
 * The page's address as reported to the worker: whole when it fits, else without its fragment, then cut. A page
 * whose address is huge (tracking parameters, state in the URL) is still reported; the worker keys the tab's
 * state by this address, so the same page always gives the same one.
 */
export function reportableUrl(href: string): string {
  if (href.length <= MAX_REPORTED_URL) return href;
  const hash = href.indexOf('#');
  return (hash === -1 ? href : href.slice(0, hash)).slice(0, MAX_REPORTED_URL);
}
