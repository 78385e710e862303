// Serves the fixture pages (e2e/fixtures) on 127.0.0.1: a legal notice, a registry-like page, a single-page
// app, a page without a company and a hostile page, as an adviser would visit them.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {basename} from 'node:path';

const fixtures = new URL('./fixtures/', import.meta.url);

export interface FixtureServer {
  url(page: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    // Single-page-app routes (/spa/...) all serve the app's page.
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const name = path.startsWith('/spa/') ? 'spa.html' : basename(path);
    try {
      const body = readFileSync(new URL(name, fixtures));
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
