/**
 * The values of the `theme` attribute every component takes. `sober` is a light palette with square corners, close
 * to the look of public services' sites, built from the toolkit's own tokens (no asset of the State's design system).
 */
export const THEMES = ['auto', 'light', 'dark', 'sober'] as const;
export type Theme = (typeof THEMES)[number];

const warned = new Set<string>();

/**
 * An unknown theme falls back to `auto` (the styles only match the known values) and says so once per value and
 * tag in the console: a typo in a partner's snippet must be visible to whoever pastes it, not fail silently.
 */
export function checkTheme(host: HTMLElement & {theme: unknown}): void {
  const value = host.theme == null ? host.theme : String(host.theme);
  // An empty attribute (or null from a framework) is the default, means the default: nothing to warn about.
  if (
    value == null ||
    value === '' ||
    (THEMES as readonly string[]).includes(value)
  )
    return;
  const tag = host.localName;
  const key = `${tag} ${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[ti-components] <${tag}> theme="${value}" is not one of ${THEMES.join(', ')}: the "auto" theme is used.`
  );
}
