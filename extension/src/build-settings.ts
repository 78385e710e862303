// What a build may change, read once from the environment by the Vite config (never by shipped code):
// the target browser, the company API's origin and extra always-scanned sites. Test builds point the API at
// a local fake server and scan the fixture pages on localhost; production builds change nothing.

export type Target = 'chrome' | 'firefox';

export const PRODUCTION_API_ORIGIN =
  'https://recherche-entreprises.api.gouv.fr';

export interface BuildSettings {
  target: Target;
  apiOrigin: string;
  /** Match patterns scanned automatically besides the registry sites (test builds only). */
  extraScanMatches: string[];
  outDir: string;
}

export function readBuildSettings(
  env: Record<string, string | undefined>
): BuildSettings {
  const target: Target = env.TARGET === 'firefox' ? 'firefox' : 'chrome';
  const apiOrigin = new URL(env.TI_API_ORIGIN ?? PRODUCTION_API_ORIGIN).origin;
  const extraScanMatches = (env.TI_EXTRA_SCAN_MATCHES ?? '')
    .split(',')
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '');
  const outDir =
    env.TI_OUT_DIR ?? (target === 'firefox' ? 'dist-firefox' : 'dist');
  return {target, apiOrigin, extraScanMatches, outDir};
}

/** The host permission pattern for an origin ("http://127.0.0.1:4000" → "http://127.0.0.1/*": ports never appear). */
export const originPattern = (origin: string): string =>
  `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
