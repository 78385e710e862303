import {
  companyFromSiren,
  companyFromSiret,
  type DetectedCompany,
} from './detector.ts';

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
function trailingNumber(segment: string, length: 9 | 14): string | null {
  const last = segment.slice(segment.lastIndexOf('-') + 1);
  return last.length === length && /^\d+$/.test(last) ? last : null;
}

/**
 * The company a registry path segment names ("google-france-443061841" for a SIREN, a 14-digit SIRET for an
 * establishment), as a list: empty when the segment holds no checksum-valid number.
 */
export function companyInSegment(
  segment: string,
  number: 'siren' | 'siret',
  source: string
): DetectedCompany[] {
  const digits = trailingNumber(segment, number === 'siren' ? 9 : 14);
  if (digits === null) return [];
  const company =
    number === 'siren'
      ? companyFromSiren(digits, source)
      : companyFromSiret(digits, source);
  return company ? [company] : [];
}
