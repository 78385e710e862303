/** `ti`: the Territoires d'industrie toolkit on the command line, for data maintainers and business advisers. */
import type {Lang} from '@ti-toolkit/data/catalogue';
import {pathToFileURL} from 'node:url';
import {langFromArgs} from './args-lang.ts';
import {company} from './company.ts';
import {eligible} from './eligible.ts';
import {french} from './french-typography.ts';
import {commandHelp, commandUsage, tiUsage, type CommandName} from './help.ts';
import type {CliIo, ExitCode} from './io.ts';
import {messagePrefix} from './message-prefix.ts';
import {UsageError} from './options.ts';
import {processIo} from './process-io.ts';
import {scan} from './scan.ts';
import {services} from './services.ts';
import {shownValue} from './shown-value.ts';
import {where} from './where.ts';

export {processIo} from './process-io.ts';

const COMMANDS: Record<
  CommandName,
  (args: string[], io: CliIo) => Promise<ExitCode>
> = {where, scan, company, services, eligible};

const commandNamed = (name: string | undefined): CommandName | undefined =>
  name !== undefined && Object.hasOwn(COMMANDS, name)
    ? (name as CommandName)
    : undefined;

/** `--help` anywhere before a `--` that ends the options. */
const asksHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some(
    (arg) => arg === '--help' || arg === '-h'
  );
};

/** `ti help [--lang en] COMMAND`: the command asked about, wherever --lang is. */
const helpTopic = (args: string[]) =>
  args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--lang');

const unknownCommand = (prefix: string, name: string, lang: Lang) => {
  const shown = shownValue(name);
  return `${prefix}${lang === 'fr' ? french`commande « ${shown} » inconnue` : `unknown command "${shown}"`}\n${tiUsage(lang)}`;
};

/**
 * `ti --lang en where …`: a `--lang` written before the command goes with it, as if written just after it (still
 * before a `--` that would end the options).
 */
function commandFirst(argv: string[]): string[] {
  let leading = 0;
  while (argv[leading] === '--lang' || argv[leading]?.startsWith('--lang='))
    leading += argv[leading] === '--lang' ? 2 : 1;
  if (!leading) return argv;
  const [name, ...rest] = argv.slice(leading);
  return name === undefined ? [] : [name, ...argv.slice(0, leading), ...rest];
}

export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = commandFirst(argv);
  // Help and usage errors follow --lang, like the output: decided before any option is checked.
  const lang = langFromArgs(argv);
  const topic = name === 'help' ? helpTopic(args) : undefined;
  if (topic !== undefined) {
    const asked = commandNamed(topic);
    if (!asked) {
      io.stderr(unknownCommand(messagePrefix('ti help', lang), topic, lang));
      return 2;
    }
    io.stdout(commandHelp(asked, lang));
    return 0;
  }
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    (name ? io.stdout : io.stderr)(tiUsage(lang));
    return name ? 0 : 2;
  }
  const command = commandNamed(name);
  if (!command) {
    io.stderr(unknownCommand(messagePrefix('ti', lang), name, lang));
    return 2;
  }
  if (asksHelp(args)) {
    io.stdout(commandHelp(command, lang));
    return 0;
  }
  try {
    return await COMMANDS[command](args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(
      `${messagePrefix(`ti ${command}`, lang)}${error.texts[lang]}\n${commandUsage(command, lang)}`
    );
    return 2;
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
