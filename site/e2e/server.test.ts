import {mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSite, type SiteBuild} from '../build/build-site.ts';
import {startSiteServer, type RunningSite} from '../server/site-server.ts';

let build: SiteBuild;
let site: RunningSite;
let storybookDir: string;
let secretDir: string;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'ti-site-server-'));
  storybookDir = mkdtempSync(join(tmpdir(), 'ti-storybook-'));
  secretDir = mkdtempSync(join(tmpdir(), 'ti-secret-'));
  writeFileSync(join(storybookDir, 'index.html'), '<title>Storybook</title>');
  writeFileSync(join(secretDir, 'secret.txt'), 'secret');
  build = await buildSite(outDir);
  // A link out of the site must not be followed.
  symlinkSync(secretDir, join(outDir, 'escape'));
  writeFileSync(join(outDir, '.env'), 'TOKEN=x');
  site = await startSiteServer({root: outDir, storybookDir, port: 0});
}, 60_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [build?.outDir, storybookDir, secretDir])
    if (dir) rmSync(dir, {recursive: true, force: true});
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${site.url}${path}`, {redirect: 'manual', ...init});

describe('the site server', () => {
  it('serves pages, scripts, styles and images with their content types', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/demo/', 'text/html; charset=utf-8'],
      [build.context.cdn.entry.path, 'text/javascript; charset=utf-8'],
      ['/assets/site.css', 'text/css; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml'],
      [
        `${build.context.cdn.base}integrity.json`,
        'application/json; charset=utf-8',
      ],
    ];
    for (const [path, type] of cases) {
      const response = await get(path);
      expect([
        path,
        response.status,
        response.headers.get('content-type'),
      ]).toEqual([path, 200, type]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers 404 with the not-found page for missing files, traversal and hidden files', async () => {
    for (const path of [
      '/nothing-here',
      '/docs/nothing/',
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/escape/secret.txt',
      '/.env',
      `${build.context.cdn.base}.vite/manifest.json`,
      '/storybook/../package.json',
    ]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).toContain('Page introuvable');
    }
    // Under /en/, the English page (ADR 0022); traversal out of /en/ stays refused.
    for (const path of ['/en/nothing/', '/en/../package.json']) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect(await (await get('/en/docs/nothing/')).text()).toContain(
      'Page not found'
    );
  });

  it('refuses malformed addresses and methods other than GET and HEAD', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%00')).status).toBe(400);
    const post = await get('/', {method: 'POST'});
    expect([post.status, post.headers.get('allow')]).toEqual([
      405,
      'GET, HEAD',
    ]);
    const head = await get('/demo/', {method: 'HEAD'});
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('redirects a folder to its slash, never to another host', async () => {
    const folder = await get('/docs');
    expect([folder.status, folder.headers.get('location')]).toEqual([
      301,
      '/docs/',
    ]);
    const storybook = await get('/storybook');
    expect(storybook.headers.get('location')).toBe('/storybook/');
    const sneaky = await get('//docs');
    expect(sneaky.headers.get('location') ?? '').not.toMatch(/^\/\//);
  });

  it('protects its pages with a CSP that allows only its own origin; the iframe page may be framed anywhere', async () => {
    const page =
      (await get('/demo/')).headers.get('content-security-policy') ?? '';
    expect(page).toContain("script-src 'self'");
    expect(page).toContain("default-src 'self'");
    expect(page).toContain("frame-ancestors 'self'");
    // One other origin, for a company number a visitor types (ADR 0018).
    expect(page).toContain(
      "connect-src 'self' https://recherche-entreprises.api.gouv.fr;"
    );
    const embed =
      (await get('/embed/')).headers.get('content-security-policy') ?? '';
    expect(embed).toContain('frame-ancestors *');
  });

  it('serves the versioned bundle to any origin (CORS for SRI), chunks cached for good', async () => {
    const entry = await get(build.context.cdn.entry.path);
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = Object.keys(build.context.cdn.files).find((f) =>
      f.startsWith('chunks/')
    )!;
    const chunkResponse = await get(`${build.context.cdn.base}${chunk}`);
    expect(chunkResponse.headers.get('cache-control')).toContain('immutable');
    expect(chunkResponse.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('compresses text and answers 304 to a known ETag', async () => {
    const response = await get('/configurator/', {
      headers: {'accept-encoding': 'gzip'},
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const etag = response.headers.get('etag')!;
    const again = await get('/configurator/', {
      headers: {'if-none-match': etag},
    });
    expect(again.status).toBe(304);
  });

  it('serves Storybook under /storybook/', async () => {
    const response = await get('/storybook/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Storybook</title>');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
