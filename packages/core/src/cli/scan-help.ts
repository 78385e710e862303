import type {CommandHelp} from './help-format.ts';
import {HELP_OPTION, jsonOption, langHelp} from './help-options.ts';

export const SCAN_HELP: CommandHelp = {
  summary: {
    fr: 'les entreprises qu’une page nomme (SIREN, SIRET, TVA, RCS), classées, et celle que l’extension choisirait.',
    en: 'the companies a page names (SIREN, SIRET, VAT, RCS), ranked, and the one the extension would choose.',
  },
  usage: [
    {
      fr: 'ti scan [options] FICHIER...   des fichiers HTML ou texte',
      en: 'ti scan [options] FILE...   HTML or text files',
    },
    {
      fr: 'ti scan [options] -            la page sur l’entrée standard',
      en: 'ti scan [options] -         the page on standard input',
    },
  ],
  options: [
    {
      flags: '--url',
      value: {fr: 'URL', en: 'URL'},
      text: {
        fr: 'l’adresse de la page (les pages des registres y nomment leur entreprise)',
        en: "the page's address (registry pages name their company in it)",
      },
    },
    jsonOption({fr: 'entreprise', en: 'company'}),
    langHelp(),
    HELP_OPTION,
  ],
  exitStatus: [
    {
      code: 0,
      text: {fr: 'tous les fichiers ont été lus', en: 'every file read'},
    },
    {
      code: 1,
      text: {
        fr: 'un fichier n’a pas pu être lu (les autres sont quand même examinés)',
        en: 'a file could not be read (the others are still scanned)',
      },
    },
    {code: 2, text: {fr: 'erreur d’utilisation', en: 'usage error'}},
  ],
};
