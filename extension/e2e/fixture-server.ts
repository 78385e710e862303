// Serves fixture pages on 127.0.0.1, as an adviser would visit them: by default e2e/fixtures (a legal notice, a
// registry-like page, a single-page app, a page without a company, a hostile page); the hostile corpus passes
// its own folder. The same server also answers as "localhost", another origin (for frames, or for a site the
// test build does not scan).
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {basename} from 'node:path';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
};

export interface FixtureServer {
  url(page: string, host?: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(
  dir = new URL('./fixtures/', import.meta.url)
): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    // Single-page-app routes (/spa/...) all serve the app's page.
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const name = path.startsWith('/spa/') ? 'spa.html' : basename(path);
    try {
      const body = readFileSync(new URL(name, dir));
      const type = TYPES[name.slice(name.lastIndexOf('.') + 1)];
      response.writeHead(200, {'content-type': type ?? 'text/plain'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: (page, host = '127.0.0.1') => `http://${host}:${port}/${page}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
