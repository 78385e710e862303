import {open, readFile, rename, rm} from 'node:fs/promises';
import type {CacheEntry, CacheStore} from '../company-api/index.ts';

/** What marks a file as a `ti where --cache` file, so that no other JSON file is taken for one and overwritten. */
const FORMAT = 'ti-company-cache';
const VERSION = 1;

/** A cache store kept in a JSON file: read once, written back whole (temp file, then rename) when it changed. */
export interface FileCacheStore extends CacheStore {
  /** Writes the changes now; rejects when the file cannot be written. */
  flush(): Promise<void>;
}

export type CacheFileOpening =
  | {ok: true; value: FileCacheStore}
  | {ok: false; reason: 'unreadable' | 'corrupt'; detail: string};

/**
 * Opens (or starts) a cache file. A file that is not one (bad JSON, another format) is refused and left as it is.
 * Changes are written at most every `flushEveryMs` (longer for a large file), so that a run killed outright loses
 * only its last moments; the command writes them all when it ends or is interrupted.
 */
export async function openCacheFile(
  path: string,
  {flushEveryMs = 2000}: {flushEveryMs?: number} = {}
): Promise<CacheFileOpening> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      return {ok: false, reason: 'unreadable', detail: code ?? String(error)};
  }
  const entries = new Map<string, CacheEntry>();
  if (text.trim() !== '') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return {ok: false, reason: 'corrupt', detail: (error as Error).message};
    }
    if (!isCacheFile(data))
      return {
        ok: false,
        reason: 'corrupt',
        detail: `not a ${FORMAT} file (version ${VERSION})`,
      };
    // Each entry is checked when read (the client's cache drops what is not an entry).
    for (const [key, entry] of Object.entries(data.entries))
      entries.set(key, entry as CacheEntry);
  }

  let dirty = false;
  let interval = flushEveryMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = async () => {
    if (!dirty) return;
    dirty = false;
    const body = JSON.stringify({
      format: FORMAT,
      version: VERSION,
      entries: Object.fromEntries(entries),
    });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      const file = await open(temporary, 'w');
      try {
        await file.writeFile(body, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
      // A large cache is rewritten less often (2 s per MB), so that a long list does not spend its time writing.
      interval = Math.max(flushEveryMs, body.length / 500);
    } catch (error) {
      dirty = true;
      await rm(temporary, {force: true});
      throw error;
    }
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    writing = writing.then(write, write);
    return writing;
  };
  const changed = () => {
    dirty = true;
    if (timer !== undefined) return;
    // A failed write keeps the changes pending: the next flush tries again and reports its own failure.
    timer = setTimeout(() => void flush().catch(() => undefined), interval);
    // A pending write must not keep the process alive: the command flushes before it ends.
    timer.unref?.();
  };

  return {
    ok: true,
    value: {
      async get(key) {
        return entries.get(key);
      },
      async set(key, entry) {
        entries.set(key, entry);
        changed();
      },
      async delete(key) {
        if (entries.delete(key)) changed();
      },
      flush,
    },
  };
}

function isCacheFile(
  data: unknown
): data is {format: string; version: number; entries: Record<string, unknown>} {
  if (typeof data !== 'object' || data === null) return false;
  const {format, version, entries} = data as Record<string, unknown>;
  return (
    format === FORMAT &&
    version === VERSION &&
    typeof entries === 'object' &&
    entries !== null &&
    !Array.isArray(entries)
  );
}
