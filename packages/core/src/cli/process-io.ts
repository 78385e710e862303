import {setMaxListeners} from 'node:events';
import {readFile} from 'node:fs/promises';
import {createReadStream} from 'node:fs';
import {createInterface} from 'node:readline';
import type {Readable, Writable} from 'node:stream';
import {LOOKUP_WINDOW} from './answers-in-order.ts';
import type {CliIo} from './io.ts';
import {printable, printableData} from './printable.ts';

/** The process's streams, injectable so that a test can play a terminal. */
export interface ProcessStreams {
  stdout: Writable & {isTTY?: boolean};
  stderr: Writable & {isTTY?: boolean};
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  onInterrupt: (listener: () => void) => void;
}

const processStreams = (): ProcessStreams => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  onInterrupt: (listener) => process.once('SIGINT', listener),
});

// Erases the terminal line: carriage return, then "erase in line" (ECMA-48 EL, CSI 2 K).
const CLEAR_LINE = '\r\u001b[2K';

export function processIo(streams: ProcessStreams = processStreams()): CliIo {
  const {stdout, stderr} = streams;
  let interruption: AbortController | undefined;
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) stderr.write(CLEAR_LINE);
    progressShown = false;
  };
  return {
    // JSON output has no raw control characters; text output may echo hostile input or API answers.
    stdout: (line) => stdout.write(`${printable(line)}\n`),
    stderr: (line) => {
      clearProgress();
      stderr.write(`${printable(line)}\n`);
    },
    // Data goes out as it is, unless it lands on a terminal, where escape sequences would act.
    write: (text) => stdout.write(stdout.isTTY ? printableData(text) : text),
    stdinLines: () =>
      createInterface({input: streams.stdin, crlfDelay: Infinity}),
    readFile: (path) => readFile(path, 'utf8'),
    readInput: (path, maxBytes) =>
      readLimited(
        path === '-' ? streams.stdin : createReadStream(path),
        maxBytes
      ),
    ...(stderr.isTTY && {
      progress: (text: string) => {
        stderr.write(`${CLEAR_LINE}${printable(text)}`);
        progressShown = text !== '';
      },
    }),
    interruption: () => {
      if (!interruption) {
        const controller = (interruption = new AbortController());
        // Each lookup under way listens to it (a few listeners each, up to the window of lookups): no leak.
        setMaxListeners(LOOKUP_WINDOW * 4, controller.signal);
        // Once: a second Ctrl-C stops the process at once.
        streams.onInterrupt(() => controller.abort());
      }
      return interruption.signal;
    },
    env: streams.env,
    fetch: (url, init) => fetch(url, init),
  };
}

/** Reads at most `maxBytes` (and a byte more, to know), then decodes them as UTF-8. */
async function readLimited(
  input: Readable,
  maxBytes: number
): Promise<{text: string; complete: boolean}> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > maxBytes) {
      input.destroy();
      break;
    }
  }
  const bytes = Buffer.concat(chunks);
  return {
    text: new TextDecoder().decode(bytes.subarray(0, maxBytes)),
    complete: bytes.length <= maxBytes,
  };
}
