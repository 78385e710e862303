import type {Lang} from '@ti-toolkit/data/catalogue';
import type {Bilingual} from './bilingual.ts';
import {frenchSpacing} from './french-typography.ts';
import type {ExitCode} from './io.ts';
import {messagePrefix} from './message-prefix.ts';

/** One line of a help's option table. */
export interface OptionHelp {
  /** As typed, the same in both languages: `--csv`, `-q, --query`. */
  flags: string;
  /** What follows the option, in the reader's words (`FILE|-`, `FICHIER|-`); absent for a switch. */
  value?: Bilingual;
  /** Its lines after the first are indented under the first. */
  text: Bilingual;
}

/** `ti <command> --help`: the same sections in both languages, so that neither can lack one. */
export interface CommandHelp {
  /** What the command does, after `ti <command>: `. */
  summary: Bilingual;
  /** One line per way of calling the command, each starting with `ti <command>`. */
  usage: readonly Bilingual[];
  /** Between the usage and the options (what an argument may be). */
  details?: Bilingual;
  options: readonly OptionHelp[];
  /** After the options (how the command works, what its statuses mean). */
  notes?: Bilingual;
  exitStatus: readonly {code: ExitCode; text: Bilingual}[];
}

const HEADINGS = {
  fr: {usage: 'utilisation :', options: 'options :', exit: 'codes de sortie :'},
  en: {usage: 'usage:', options: 'options:', exit: 'exit status:'},
} as const satisfies Bilingual<Record<string, string>>;

/** Where option texts start: the flags are padded to it. */
const TEXT_COLUMN = 23;

const indented = (text: string, by: number) =>
  text.replaceAll('\n', `\n${' '.repeat(by)}`);

function optionLine({flags, value, text}: OptionHelp, lang: Lang): string {
  const left = `  ${flags}${value ? ` ${value[lang]}` : ''}`;
  // Flags too long for their column put the text on the next line.
  const gap =
    left.length < TEXT_COLUMN - 1
      ? ' '.repeat(TEXT_COLUMN - left.length)
      : `\n${' '.repeat(TEXT_COLUMN)}`;
  return left + gap + indented(text[lang], TEXT_COLUMN);
}

/** The usage lines alone, under their heading: what a command prints when it is called wrongly. */
export function usageText(usage: readonly Bilingual[], lang: Lang): string {
  return localised(
    [HEADINGS[lang].usage, ...usage.map((line) => `  ${line[lang]}`)].join(
      '\n'
    ),
    lang
  );
}

/** The whole help of `ti <name>`, in one language. */
export function helpText(name: string, help: CommandHelp, lang: Lang): string {
  const headings = HEADINGS[lang];
  const sections = [
    `${messagePrefix(`ti ${name}`, lang)}${help.summary[lang]}`,
    usageText(help.usage, lang),
    ...(help.details ? [help.details[lang]] : []),
    [headings.options, ...help.options.map((o) => optionLine(o, lang))].join(
      '\n'
    ),
    ...(help.notes ? [help.notes[lang]] : []),
    [
      headings.exit,
      ...help.exitStatus.map(
        ({code, text}) =>
          `  ${String(code).padEnd(5)}${indented(text[lang], 7)}`
      ),
    ].join('\n'),
  ];
  return localised(sections.join('\n\n'), lang);
}

/** Help texts hold no user input: French spacing applies to all of them. */
const localised = (text: string, lang: Lang) =>
  lang === 'fr' ? frenchSpacing(text) : text;
