// Test helper: a local stand-in for the API on 127.0.0.1, so that tests exercise real HTTP without the internet.
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import {answerFor} from './fixtures.ts';

export type Reply = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL
) => void;

export interface RecordedRequest {
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  /** When it arrived (performance.now()), to check a client's rate. */
  readonly at: number;
}

export interface FakeServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Requests open right now. */
  readonly open: number;
  /** Highest number of requests open at once since the last reset. */
  readonly maxConcurrent: number;
  /** Requests arrive at `reply` until the next call or reset. */
  reply(reply: Reply): void;
  /** Resolves when `count` requests have arrived since the last reset. */
  received(count: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  let current: Reply = found;
  let open = 0;
  let maxConcurrent = 0;
  let waiters: {count: number; resolve: () => void}[] = [];
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({url, headers: request.headers, at: performance.now()});
    open += 1;
    maxConcurrent = Math.max(maxConcurrent, open);
    response.on('close', () => (open -= 1));
    waiters = waiters.filter((waiter) =>
      requests.length >= waiter.count ? (waiter.resolve(), false) : true
    );
    current(request, response, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    get open() {
      return open;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    reply(reply) {
      current = reply;
    },
    received(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({count, resolve}));
    },
    reset() {
      current = found;
      requests.length = 0;
      maxConcurrent = open;
      waiters = [];
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): Reply {
  return (_request, response) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      ...headers,
    });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** The API's answer for the asked identifier (see fixtures.ts). */
export const found: Reply = (request, response, url) =>
  json(200, answerFor(url.searchParams.get('q') ?? ''))(request, response, url);

/** Each request gets the next reply; the last one repeats. */
export function sequence(...replies: Reply[]): Reply {
  let index = 0;
  return (request, response, url) => {
    const reply = replies[Math.min(index, replies.length - 1)]!;
    index += 1;
    reply(request, response, url);
  };
}

export function delayed(ms: number, reply: Reply): Reply {
  return (request, response, url) => {
    const timer = setTimeout(() => {
      if (!response.destroyed) reply(request, response, url);
    }, ms);
    response.on('close', () => clearTimeout(timer));
  };
}

/** A body of `bytes` bytes, announced by Content-Length or streamed in chunks without it. */
export function oversized(bytes: number, {chunked}: {chunked: boolean}): Reply {
  return (_request, response) => {
    const chunk = 'x'.repeat(64 * 1024);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
    };
    if (!chunked) headers['content-length'] = bytes;
    response.writeHead(200, headers);
    response.on('error', () => undefined); // the client hangs up half-way, as it should
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes && !response.destroyed) {
        const part = chunk.slice(0, Math.min(chunk.length, bytes - sent));
        sent += part.length;
        if (!response.write(part)) return void response.once('drain', pump);
      }
      if (!response.destroyed) response.end();
    };
    pump();
  };
}

/** Drops the connection without a status line. */
export const hangUp: Reply = (request) => request.socket.destroy();
