/**
 * The path segments of a registry page, or null when the URL is not on one of `hosts` over http(s).
 * The protocol check matters: `javascript://www.pappers.fr/...` has a host too. Hosts come lower-cased
 * from the URL parser; a trailing dot ("www.pappers.fr.") is the same host.
 */
export function registryPath(
  url: URL,
  hosts: readonly string[]
): string[] | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!hosts.includes(url.hostname.replace(/\.$/, ''))) return null;
  // Empty segments come from a trailing or doubled slash; paths are compared lower-case.
  return url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase());
}

/** The digits after the slug's last hyphen ("google-france-443061841" → "443061841"), or the whole segment. */
export function trailingNumber(segment: string, length: 9 | 14): string | null {
  const last = segment.slice(segment.lastIndexOf('-') + 1);
  return last.length === length && /^\d+$/.test(last) ? last : null;
}
