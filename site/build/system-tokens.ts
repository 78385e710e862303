import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {COMPONENTS_ROOT} from './paths.ts';

export interface SystemToken {
  name: string;
  fallback: string;
}

/**
 * The `--ti-sys-*` tokens every component reads, with their default, read from the shared theme's source: the
 * analyzer only documents each component's own properties, and a hand-written list would drift.
 */
export function readSystemTokens(): SystemToken[] {
  const source = readFileSync(
    join(COMPONENTS_ROOT, 'src/styles/theme.styles.ts'),
    'utf8'
  );
  const tokens = new Map<string, string>();
  for (const match of source.matchAll(
    /var\(\s*(--ti-sys-[a-z-]+),([^;]+?)\);/g
  ))
    tokens.set(match[1]!, match[2]!.replace(/\s+/g, ' ').trim());
  return [...tokens].map(([name, fallback]) => ({name, fallback}));
}
