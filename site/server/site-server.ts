import {readFileSync} from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {contentTypeOf, isCompressible} from './content-types.ts';
import {resolvePath} from './resolve-path.ts';
import {headersFor, type Area} from './security-headers.ts';

export interface SiteServerOptions {
  /** The built site (site/dist). */
  root: string;
  /** Storybook's static build, served under /storybook/ when it exists. */
  storybookDir: string;
}

const STORYBOOK = '/storybook/';

const areaOf = (path: string): Area =>
  path.startsWith(STORYBOOK)
    ? 'storybook'
    : path.startsWith('/cdn/')
      ? path.includes('/chunks/')
        ? 'cdn-chunk'
        : 'cdn'
      : path === '/embed/' || path.startsWith('/embed/')
        ? 'embed'
        : 'page';

/** Static files of the site and of Storybook, read from disk on each request (gzip kept in memory per version). */
export function createSiteHandler(options: SiteServerOptions) {
  const gzipCache = new Map<string, Buffer>();

  const gzipped = (file: string, version: string): Buffer => {
    const key = `${file}:${version}`;
    let body = gzipCache.get(key);
    if (!body) {
      body = gzipSync(readFileSync(file));
      gzipCache.set(key, body);
    }
    return body;
  };

  /** The 404 page in the address's language: English under /en/, French elsewhere (ADR 0022). */
  const notFound = (response: ServerResponse, head: boolean, path: string) => {
    let body: Buffer;
    try {
      body = readFileSync(
        join(options.root, path.startsWith('/en/') ? 'en/404.html' : '404.html')
      );
    } catch {
      body = Buffer.from('Not found\n');
    }
    response.writeHead(404, {
      ...headersFor('page'),
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
    });
    response.end(head ? undefined : body);
  };

  return (request: IncomingMessage, response: ServerResponse): void => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, {allow: 'GET, HEAD'}).end();
      return;
    }
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    const area = areaOf(path);
    if (path === '/storybook') {
      response.writeHead(301, {location: STORYBOOK}).end();
      return;
    }
    const resolved =
      area === 'storybook'
        ? resolvePath(options.storybookDir, path.slice(STORYBOOK.length - 1))
        : resolvePath(options.root, path);
    if (resolved.kind === 'bad-request') {
      response
        .writeHead(400, {'content-type': 'text/plain'})
        .end('Bad request\n');
      return;
    }
    if (resolved.kind === 'redirect') {
      const location =
        area === 'storybook'
          ? `/storybook${resolved.location}`
          : resolved.location;
      response.writeHead(301, {location}).end();
      return;
    }
    if (resolved.kind === 'not-found') {
      notFound(response, head, path);
      return;
    }
    const type = contentTypeOf(extname(resolved.file));
    const version = `${resolved.size.toString(36)}-${Math.trunc(resolved.mtimeMs).toString(36)}`;
    const headers: Record<string, string | number> = {
      ...headersFor(area),
      'content-type': type,
      etag: `"${version}"`,
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === headers.etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const gzip =
      isCompressible(type) &&
      resolved.size > 1024 &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip
      ? gzipped(resolved.file, version)
      : readFileSync(resolved.file);
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(head ? undefined : body);
  };
}

export interface RunningSite {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 picks a free one). */
export async function startSiteServer(
  options: SiteServerOptions & {port: number; host?: string}
): Promise<RunningSite> {
  const server = createServer(createSiteHandler(options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
