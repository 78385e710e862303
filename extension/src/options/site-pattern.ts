/** Why an address typed in the options page cannot be granted. */
export type SiteProblem = 'empty' | 'not-an-address' | 'unsupported-scheme';

export type SiteResult =
  | {ok: true; value: {host: string; pattern: string}}
  | {ok: false; reason: SiteProblem};

const MAX_LENGTH = 2000;
// Letters, digits, dots and hyphens once the URL parser has lower-cased and punycoded the host: this refuses
// wildcards and anything a match pattern would read differently.
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The host permission pattern for an address the adviser typed ("www.example.fr", "https://example.fr/contact"):
 * http or https only, a real host name (with a dot, or localhost), no credentials; the path is dropped, as
 * permissions are per site. Ports never appear in a match pattern.
 */
export function readSite(input: string): SiteResult {
  const text = input.trim();
  if (text === '') return {ok: false, reason: 'empty'};
  if (text.length > MAX_LENGTH) return {ok: false, reason: 'not-an-address'};
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  // "example.fr:8080" reads as a scheme to the URL parser: only a scheme followed by "//" or a known one counts.
  const hasScheme =
    scheme !== undefined &&
    (text.slice(scheme.length + 1).startsWith('//') ||
      !/^\d/.test(text.slice(scheme.length + 1)));
  if (hasScheme && scheme !== 'http' && scheme !== 'https')
    return {ok: false, reason: 'unsupported-scheme'};
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return {ok: false, reason: 'not-an-address'};
  }
  const host = url.hostname;
  if (
    url.username !== '' ||
    url.password !== '' ||
    !HOST.test(host) ||
    (!host.includes('.') && host !== 'localhost')
  )
    return {ok: false, reason: 'not-an-address'};
  return {ok: true, value: {host, pattern: `${url.protocol}//${host}/*`}};
}
