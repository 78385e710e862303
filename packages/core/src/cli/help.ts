import type {Lang} from '@ti-toolkit/data/catalogue';
import type {Bilingual} from './bilingual.ts';
import {COMPANY_HELP} from './company-help.ts';
import {ELIGIBLE_HELP} from './eligible-help.ts';
import {helpText, usageText, type CommandHelp} from './help-format.ts';
import {SCAN_HELP} from './scan-help.ts';
import {SERVICES_HELP} from './services-help.ts';
import {WHERE_HELP} from './where-help.ts';

/** `ti <command> --help` and `ti help <command>`: what each command does, its options and its exit status. */
export const COMMAND_HELP = {
  where: WHERE_HELP,
  scan: SCAN_HELP,
  services: SERVICES_HELP,
  eligible: ELIGIBLE_HELP,
  company: COMPANY_HELP,
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

export const commandHelp = (name: CommandName, lang: Lang): string =>
  helpText(name, COMMAND_HELP[name], lang);

const HELP_LINE: Bilingual = {
  fr: 'ti COMMANDE --help   (ou ti help COMMANDE)   ce que fait une commande, ses options et ses codes de sortie',
  en: 'ti COMMAND --help   (or ti help COMMAND)   what a command does, its options and its exit status',
};

/** What a command prints when it is called wrongly: its ways of being called, and where its help is. */
export const commandUsage = (name: CommandName, lang: Lang): string =>
  `${usageText(COMMAND_HELP[name].usage, lang)}\n(ti ${name} --help ${lang === 'fr' ? 'pour le détail' : 'for details'})`;

/** `ti` alone: every command's ways of being called. */
export const tiUsage = (lang: Lang): string =>
  usageText(
    [...Object.values(COMMAND_HELP).flatMap((help) => help.usage), HELP_LINE],
    lang
  );
