import {realpathSync, statSync} from 'node:fs';
import {join, resolve, sep} from 'node:path';

export type Resolved =
  | {kind: 'file'; file: string; size: number; mtimeMs: number}
  | {kind: 'redirect'; location: string}
  | {kind: 'bad-request'}
  | {kind: 'not-found'};

/**
 * Maps a URL path to a file under `root`, or says why not. Safe against traversal: the path is decoded once,
 * segments `..`, hidden names (`.vite`, `.env`) and NUL are refused, and the real path (symlinks followed)
 * must stay inside the root. A folder serves its index.html; without its final slash it is redirected.
 */
export function resolvePath(root: string, urlPath: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return {kind: 'bad-request'};
  }
  if (decoded.includes('\0')) return {kind: 'bad-request'};
  const segments = decoded.split(/[/\\]/).filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.')))
    return {kind: 'not-found'};
  const realRoot = realpathIfAny(root);
  if (!realRoot) return {kind: 'not-found'};
  const candidate = resolve(realRoot, ...segments);
  if (candidate !== realRoot && !candidate.startsWith(realRoot + sep))
    return {kind: 'not-found'};
  const found = statIfAny(candidate);
  if (!found) return {kind: 'not-found'};
  if (found.isDirectory()) {
    // Rebuilt from the segments: a raw `//host` path must never become an off-site redirect.
    if (!urlPath.endsWith('/'))
      return {
        kind: 'redirect',
        location: `/${segments.map(encodeURIComponent).join('/')}/`,
      };
    return fileIn(realRoot, join(candidate, 'index.html'));
  }
  return fileIn(realRoot, candidate);
}

function fileIn(realRoot: string, path: string): Resolved {
  const stat = statIfAny(path);
  if (!stat?.isFile()) return {kind: 'not-found'};
  const real = realpathSync(path);
  if (!real.startsWith(realRoot + sep)) return {kind: 'not-found'};
  return {kind: 'file', file: real, size: stat.size, mtimeMs: stat.mtimeMs};
}

function realpathIfAny(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function statIfAny(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
