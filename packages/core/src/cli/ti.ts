/** `ti`: the Territoires d'industrie toolkit on the command line, for data maintainers and business advisers. */
import {readFile} from 'node:fs/promises';
import {createInterface} from 'node:readline';
import {pathToFileURL} from 'node:url';
import {company, COMPANY_USAGE} from './company.ts';
import {eligible, ELIGIBLE_USAGE} from './eligible.ts';
import type {CliIo, ExitCode} from './io.ts';
import {UsageError} from './options.ts';
import {printable} from './printable.ts';
import {scan, SCAN_USAGE} from './scan.ts';
import {services, SERVICES_USAGE} from './services.ts';
import {where, WHERE_USAGE} from './where.ts';

const COMMANDS = {where, scan, company, services, eligible} as const;
const USAGE = [
  'usage:',
  `  ${WHERE_USAGE}`,
  `  ${SCAN_USAGE}`,
  `  ${SERVICES_USAGE}`,
  `  ${ELIGIBLE_USAGE}`,
  `  ${COMPANY_USAGE}`,
].join('\n');

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name)
    ? COMMANDS[name as keyof typeof COMMANDS]
    : undefined;
  if (!command) {
    io.stderr(`ti: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // parseArgs rejects unknown options with a TypeError whose code says so: a usage error, not a crash.
    if (
      error instanceof UsageError ||
      (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`ti ${name}: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

export const processIo = (): CliIo => ({
  // JSON output has no raw control characters; text output may echo hostile input or API answers.
  stdout: (line) => process.stdout.write(`${printable(line)}\n`),
  stderr: (line) => process.stderr.write(`${printable(line)}\n`),
  stdinLines: () =>
    createInterface({input: process.stdin, crlfDelay: Infinity}),
  readFile: (path) => readFile(path, 'utf8'),
  env: process.env,
  fetch: (url, init) => fetch(url, init),
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `ti … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2), processIo());
}
