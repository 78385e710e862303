/** Links are only ever https: anything else (javascript:, data:, http:) is shown as text, not followed. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The longest `source` written into a link. */
const MAX_SOURCE = 100;

/**
 * An https link with the partner's attribution when `source` is set (issue 14 §7): `utm_source=<source>` and
 * `utm_medium=ti-embed` replace any the link had; its other parameters keep their bytes and its fragment stays.
 * Without a source, or for a link that is not https (never rendered as a link), nothing is added.
 */
export function attributedHref(
  url: string | null | undefined,
  source: string
): string | null {
  const href = safeHref(url);
  const tag = source.trim().slice(0, MAX_SOURCE);
  if (!href || !tag) return href;
  const [base, ...hash] = href.split('#');
  const [path, query = ''] = base!.split(/\?(.*)/s);
  const kept = query
    .split('&')
    .filter((segment) => segment && !/^utm_(source|medium)(=|$)/.test(segment));
  kept.push(`utm_source=${encodeURIComponent(tag)}`, 'utm_medium=ti-embed');
  return `${path}?${kept.join('&')}${hash.length ? `#${hash.join('#')}` : ''}`;
}
