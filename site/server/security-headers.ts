import {DEFAULT_BASE_URL} from '../../packages/core/src/company-api/client.ts';

/**
 * Headers of the site's own pages. The CSP is the proof of "no third-party request": the browser refuses any
 * script, style, font, image or connection from another origin, except the public company API, which the
 * components call only when a visitor types a company's SIREN or SIRET (ADR 0018). Inline styles stay allowed for
 * `style` attributes of partner snippets shown as examples; no inline script is allowed.
 */
const csp = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${DEFAULT_BASE_URL}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

export type Area = 'page' | 'embed' | 'cdn' | 'cdn-chunk' | 'storybook';

export function headersFor(area: Area): Record<string, string> {
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  switch (area) {
    case 'page':
      return {
        ...common,
        'content-security-policy': csp("'self'"),
        'cache-control': 'no-cache',
      };
    case 'embed':
      // The iframe fallback is framed by partner sites, any of them.
      return {
        ...common,
        'content-security-policy': csp('*'),
        'cache-control': 'no-cache',
      };
    case 'cdn':
    case 'cdn-chunk':
      // Partner pages load the bundle cross-origin, with SRI: CORS is required. Chunks are named by their content
      // and cached for good; the entry is revalidated here, because a local rebuild reuses the version's folder
      // (a real CDN never changes a published version: ADR 0010).
      return {
        ...common,
        'access-control-allow-origin': '*',
        'cross-origin-resource-policy': 'cross-origin',
        'cache-control':
          area === 'cdn-chunk'
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
      };
    case 'storybook':
      // Storybook's own build uses inline scripts: it gets no CSP of ours.
      return {...common, 'cache-control': 'no-cache'};
  }
}
