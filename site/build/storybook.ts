import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {REPO_ROOT, STORYBOOK_DIR} from './paths.ts';

/** What the stories are built from: when none is newer than the last build, it is reused (4 s saved). */
const INPUTS = [
  'components/src',
  '.storybook',
  'packages/core/src',
  'packages/data/generated',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs
  );
}

export function storybookIsFresh(): boolean {
  const built = join(STORYBOOK_DIR, 'index.json');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.every((input) => {
    const path = join(REPO_ROOT, input);
    return !existsSync(path) || newestMtime(path) <= builtAt;
  });
}

/** Runs `pnpm storybook:build` (the project's own command) when the static Storybook is missing or stale. */
export function ensureStorybook(): 'fresh' | 'built' | 'failed' {
  if (storybookIsFresh()) return 'fresh';
  const result = spawnSync('pnpm', ['run', '--silent', 'storybook:build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return result.status === 0 ? 'built' : 'failed';
}
