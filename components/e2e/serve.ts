// Test and benchmark helper: builds the CDN bundle into a temporary folder and serves it, with the given pages,
// on 127.0.0.1 — what a partner page gets from the CDN, without the internet.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {build} from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

export interface CdnSite {
  url: string;
  close(): Promise<void>;
}

export async function serveCdn(
  pages: Record<string, string>
): Promise<CdnSite> {
  const dir = mkdtempSync(join(tmpdir(), 'ti-cdn-'));
  await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'error',
    build: {outDir: dir, emptyOutDir: true},
  });
  for (const [name, html] of Object.entries(pages))
    writeFileSync(join(dir, name), html);
  return serveFolder(dir);
}

/** A folder served on 127.0.0.1 with its content types, as a static host would ('/' is index.html). */
export async function serveFolder(dir: string): Promise<CdnSite> {
  const server: Server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    ).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = path === '/' ? 'index.html' : path;
      const body = readFileSync(join(dir, file));
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const chromiumPath =
  process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

/** Debian's Chromium, headless, as every browser test and benchmark here runs it (toolchain.md). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
