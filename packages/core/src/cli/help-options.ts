import type {Bilingual} from './bilingual.ts';
import type {OptionHelp} from './help-format.ts';

/** The options several commands share, worded once. */

export const HELP_OPTION: OptionHelp = {
  flags: '-h, --help',
  text: {fr: 'cette aide', en: 'this help'},
};

/** `of`: what the language applies to, when it is not the whole output. */
export const langHelp = (
  of: Bilingual = {fr: 'des résultats', en: 'of the output'}
): OptionHelp => ({
  flags: '--lang',
  value: {fr: 'fr|en', en: 'fr|en'},
  text: {
    fr: `langue ${of.fr}, de l’aide et des erreurs (fr par défaut)`,
    en: `language ${of.en}, of the help and of the errors (default fr)`,
  },
});

/** `per`: what each JSON line stands for; `note` follows as it is. */
export const jsonOption = (per: Bilingual, note?: Bilingual): OptionHelp => ({
  flags: '--json',
  text: {
    fr: `un objet JSON par ${per.fr}, un par ligne${note?.fr ?? ''}`,
    en: `one JSON object per ${per.en}, one per line${note?.en ?? ''}`,
  },
});
