import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {CacheEntry} from '../company-api/index.ts';
import {openCacheFile} from './cache-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'ti-cache-'));
const entry: CacheEntry = {storedAt: 1, answer: {found: false}};

async function opened(path: string, flushEveryMs?: number) {
  const result = await openCacheFile(path, {flushEveryMs});
  if (!result.ok) throw new Error(result.detail);
  return result.value;
}

describe('openCacheFile', () => {
  it('starts a cache that does not exist yet, and creates it on the first flush', async () => {
    const path = join(dir, 'new.json');
    const store = await opened(path);
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', entry);
    await store.flush();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      format: 'ti-company-cache',
      version: 1,
      entries: {k: entry},
    });
    expect(await (await opened(path)).get('k')).toEqual(entry);
  });

  it('writes through a temporary file renamed over the cache, leaving nothing behind', async () => {
    const sub = join(dir, 'atomic');
    mkdirSync(sub);
    const path = join(sub, 'cache.json');
    const store = await opened(path);
    for (let i = 0; i < 50; i += 1) await store.set(`k${i}`, entry);
    await Promise.all([store.flush(), store.flush(), store.flush()]);
    expect(readdirSync(sub)).toEqual(['cache.json']);
    expect(
      Object.keys(JSON.parse(readFileSync(path, 'utf8')).entries)
    ).toHaveLength(50);
  });

  it('writes by itself a while after a change, so that a killed run keeps most of its answers', async () => {
    const path = join(dir, 'timer.json');
    const store = await opened(path, 20);
    await store.set('k', entry);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(readFileSync(path, 'utf8')).entries).toEqual({k: entry});
  });

  it('takes an empty file for an empty cache', async () => {
    const path = join(dir, 'empty.json');
    writeFileSync(path, '\n');
    expect(await (await opened(path)).get('k')).toBeUndefined();
  });

  it.each([
    [
      'truncated JSON',
      '{"format":"ti-company-cache","version":1,"entries":{"k":',
    ],
    ['another format', '{"format":"other","version":1,"entries":{}}'],
    [
      'a newer version',
      '{"format":"ti-company-cache","version":2,"entries":{}}',
    ],
    [
      'entries as an array',
      '{"format":"ti-company-cache","version":1,"entries":[]}',
    ],
    ['a string', '"ti-company-cache"'],
    ['null', 'null'],
  ])('refuses %s and never touches it', async (_, content) => {
    const path = join(dir, 'corrupt.json');
    writeFileSync(path, content);
    expect(await openCacheFile(path)).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('says when the file cannot be read', async () => {
    expect(await openCacheFile(dir)).toMatchObject({
      ok: false,
      reason: 'unreadable',
      detail: 'EISDIR',
    });
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports a write that fails, and keeps the changes for the next try',
    async () => {
      const sub = join(dir, 'read-only');
      mkdirSync(sub);
      const store = await opened(join(sub, 'cache.json'));
      await store.set('k', entry);
      chmodSync(sub, 0o500);
      await expect(store.flush()).rejects.toMatchObject({code: 'EACCES'});
      chmodSync(sub, 0o700);
      await store.flush();
      expect(readdirSync(sub)).toEqual(['cache.json']);
    }
  );

  it('reports a write that fails (the cache path is a folder now), and keeps the changes', async () => {
    const path = join(dir, 'becomes-a-folder.json');
    const store = await opened(path);
    await store.set('k', entry);
    mkdirSync(path);
    writeFileSync(join(path, 'x'), '');
    await expect(store.flush()).rejects.toBeInstanceOf(Error);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual(
      []
    );
  });
});
