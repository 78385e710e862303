import {
  BENEFICIARIES,
  OPERATORS,
  PRIORITY_IDS,
  SCHEME_KINDS,
  SCHEME_STATUSES,
} from '@ti-toolkit/data/catalogue';
import type {CommandHelp, OptionHelp} from './help-format.ts';
import {HELP_OPTION, jsonOption, langHelp} from './help-options.ts';

/** A filter's values are codes, the same in both languages. */
const filter = (
  flags: string,
  metavar: string,
  values: string
): OptionHelp => ({
  flags,
  value: {fr: metavar, en: metavar},
  text: {fr: values, en: values},
});

export const SERVICES_HELP: CommandHelp = {
  summary: {
    fr: 'les dispositifs du catalogue qui répondent à un texte et à des filtres, les plus pertinents d’abord.',
    en: "the catalogue's schemes matching a text and filters, best first.",
  },
  usage: [{fr: 'ti services [options]', en: 'ti services [options]'}],
  options: [
    {
      flags: '-q, --query',
      value: {fr: 'TEXTE', en: 'TEXT'},
      text: {fr: 'les mots à chercher', en: 'words to search for'},
    },
    filter('--priority', 'P', PRIORITY_IDS.join(', ')),
    filter('--beneficiary', 'B', BENEFICIARIES.join(', ')),
    filter('--kind', 'K', SCHEME_KINDS.join(', ')),
    filter('--operator', 'O', OPERATORS.join(', ')),
    {
      flags: '--status',
      value: {fr: 'S', en: 'S'},
      text: {
        fr: `${SCHEME_STATUSES.join(', ')}, ou available (open ou running)
(chaque filtre peut être répété ou donné en liste séparée par des virgules)`,
        en: `${SCHEME_STATUSES.join(', ')}, or available (open or running)
(each filter may be repeated or given as a comma-separated list)`,
      },
    },
    jsonOption(
      {fr: 'dispositif', en: 'scheme'},
      {fr: ', avec ses sources', en: ', with its sources'}
    ),
    langHelp(),
    HELP_OPTION,
  ],
  exitStatus: [
    {
      code: 0,
      text: {
        fr: 'terminé (même sans aucun dispositif trouvé)',
        en: 'done (even with no scheme found)',
      },
    },
    {
      code: 2,
      text: {
        fr: 'erreur d’utilisation ou valeur de filtre inconnue',
        en: 'usage error or unknown filter value',
      },
    },
  ],
};
