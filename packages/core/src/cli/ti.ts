/** `ti`: the Territoires d'industrie toolkit on the command line, for data maintainers and business advisers. */
import {pathToFileURL} from 'node:url';
import {company, COMPANY_USAGE} from './company.ts';
import {eligible, ELIGIBLE_USAGE} from './eligible.ts';
import {COMMAND_HELP} from './help.ts';
import type {CliIo, ExitCode} from './io.ts';
import {UsageError} from './options.ts';
import {processIo} from './process-io.ts';
import {scan, SCAN_USAGE} from './scan.ts';
import {services, SERVICES_USAGE} from './services.ts';
import {where, WHERE_USAGE} from './where.ts';

export {processIo} from './process-io.ts';

const COMMANDS = {where, scan, company, services, eligible} as const;
type Command = keyof typeof COMMANDS;
const USAGE = [
  'usage:',
  `  ${WHERE_USAGE}`,
  `  ${SCAN_USAGE}`,
  `  ${SERVICES_USAGE}`,
  `  ${ELIGIBLE_USAGE}`,
  `  ${COMPANY_USAGE}`,
  '  ti COMMAND --help   (or ti help COMMAND)   what a command does, its options and its exit status',
].join('\n');

const commandNamed = (name: string | undefined): Command | undefined =>
  name !== undefined && Object.hasOwn(COMMANDS, name)
    ? (name as Command)
    : undefined;

/** `--help` anywhere before a `--` that ends the options. */
const asksHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some(
    (arg) => arg === '--help' || arg === '-h'
  );
};

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === 'help' && args.length > 0) {
    const asked = commandNamed(args[0]);
    if (!asked) {
      io.stderr(`ti help: unknown command "${args[0]}"\n${USAGE}`);
      return 2;
    }
    io.stdout(COMMAND_HELP[asked]);
    return 0;
  }
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const command = commandNamed(name);
  if (!command) {
    io.stderr(`ti: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  if (asksHelp(args)) {
    io.stdout(COMMAND_HELP[command]);
    return 0;
  }
  try {
    return await COMMANDS[command](args, io);
  } catch (error) {
    // parseArgs rejects unknown options with a TypeError whose code says so: a usage error, not a crash.
    if (
      error instanceof UsageError ||
      (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(
        `ti ${name}: ${(error as Error).message}\n${USAGE}\n(ti ${name} --help for details)`
      );
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `ti … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2), processIo());
  // An interrupted `ti where -` leaves standard input open: it must not keep the process waiting.
  process.stdin.destroy();
}
