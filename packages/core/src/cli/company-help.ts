import type {CommandHelp} from './help-format.ts';
import {HELP_OPTION, jsonOption, langHelp} from './help-options.ts';

export const COMPANY_HELP: CommandHelp = {
  summary: {
    fr: 'une entreprise de l’annuaire public (en ligne) et la réponse pour son établissement (SIRET) ou son\nsiège (SIREN).',
    en: 'a company from the public directory (online) and the verdict for its establishment (SIRET) or\nhead office (SIREN).',
  },
  usage: [
    {
      fr: 'ti company [options] SIREN|SIRET',
      en: 'ti company [options] SIREN|SIRET',
    },
  ],
  options: [
    jsonOption({fr: 'entreprise', en: 'company'}),
    langHelp(),
    HELP_OPTION,
  ],
  exitStatus: [
    {code: 0, text: {fr: 'trouvée', en: 'found'}},
    {
      code: 1,
      text: {
        fr: 'introuvable, ou l’annuaire n’a pas pu être interrogé',
        en: 'not found, or the directory could not be asked',
      },
    },
    {
      code: 2,
      text: {
        fr: 'erreur d’utilisation, ou ni un SIREN ni un SIRET valide',
        en: 'usage error, or not a valid SIREN or SIRET',
      },
    },
  ],
};
