import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {COMPONENTS_ROOT} from './paths.ts';

export interface SystemToken {
  name: string;
  /** The value the theme gives when the page sets nothing; `inherit` for a token with none (the page's font). */
  fallback: string;
  /** The value in the sober theme, when it differs from the default one. */
  sober?: string;
}

/** The themes whose defaults the shared theme's source writes: a `const <name>Tokens = css` block each. */
export type ThemeName = 'default' | 'sober' | 'dark';

/**
 * The `--ti-sys-*` tokens every component reads, with each theme's default, read from the shared theme's source:
 * the analyzer only documents each component's own properties, and a hand-written list would drift. The default
 * theme is the `:host` block of `themeStyles`; the other themes are their `<name>Tokens` blocks.
 */
export function readThemeTokens(): Record<ThemeName, SystemToken[]> {
  const source = readFileSync(
    join(COMPONENTS_ROOT, 'src/styles/theme.styles.ts'),
    'utf8'
  );
  const block = (start: RegExp): string => {
    const match = start.exec(source);
    if (!match) throw new Error(`theme.styles.ts: no block ${start.source}`);
    const from = match.index + match[0].length;
    return source.slice(from, source.indexOf('`', from));
  };
  return {
    default: tokensIn(block(/export const themeStyles = css`/)),
    sober: tokensIn(block(/const soberTokens = css`/)),
    dark: tokensIn(block(/const darkTokens = css`/)),
  };
}

/**
 * Every token of every theme once, with its default-theme value and its sober one where that differs (the dark
 * tokens have names of their own).
 */
export function readSystemTokens(): SystemToken[] {
  const themes = readThemeTokens();
  const sober = new Map(themes.sober.map((t) => [t.name, t.fallback]));
  const tokens = new Map<string, SystemToken>();
  for (const {name, fallback} of [...themes.default, ...themes.dark]) {
    const soberValue = sober.get(name);
    if (!tokens.has(name))
      tokens.set(
        name,
        soberValue && soberValue !== fallback
          ? {name, fallback, sober: soberValue}
          : {name, fallback}
      );
  }
  return [...tokens.values()];
}

function tokensIn(css: string): SystemToken[] {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(
    /var\(\s*(--ti-sys-[a-z-]+)\s*(?:,([^;]+?))?\);/g
  ))
    if (!tokens.has(match[1]!))
      tokens.set(match[1]!, match[2]?.replace(/\s+/g, ' ').trim() ?? 'inherit');
  return [...tokens].map(([name, fallback]) => ({name, fallback}));
}
