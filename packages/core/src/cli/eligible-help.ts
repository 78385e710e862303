import {
  BENEFICIARIES,
  COMPANY_SIZES,
  PROJECT_KINDS,
} from '@ti-toolkit/data/catalogue';
import type {CommandHelp} from './help-format.ts';
import {HELP_OPTION, jsonOption, langHelp} from './help-options.ts';

export const ELIGIBLE_HELP: CommandHelp = {
  summary: {
    fr: 'la réponse de chaque dispositif pour un profil, avec ses raisons et, quand une règle le permet, une estimation.',
    en: "every scheme's verdict for a profile, with its reasons and, where a rule allows, an estimate.",
  },
  usage: [
    {
      fr: 'ti eligible --place LIEU --who QUI [options]',
      en: 'ti eligible --place PLACE --who WHO [options]',
    },
  ],
  options: [
    {
      flags: '--place',
      value: {fr: 'LIEU', en: 'PLACE'},
      text: {
        fr: 'une commune, un code postal, un code INSEE, un SIREN ou un SIRET (voir ti where --help)',
        en: 'a commune, postcode, INSEE code, SIREN or SIRET (see ti where --help)',
      },
    },
    {
      flags: '--who',
      value: {fr: 'QUI', en: 'WHO'},
      text: {
        fr: `${BENEFICIARIES.join(', ')} (obligatoire)`,
        en: `${BENEFICIARIES.join(', ')} (required)`,
      },
    },
    {
      flags: '--size',
      value: {fr: 'S', en: 'S'},
      text: {fr: COMPANY_SIZES.join(', '), en: COMPANY_SIZES.join(', ')},
    },
    {
      flags: '--project',
      value: {fr: 'P', en: 'P'},
      text: {
        fr: `${PROJECT_KINDS.join(', ')} (peut être répété)`,
        en: `${PROJECT_KINDS.join(', ')} (may be repeated)`,
      },
    },
    {
      flags: '--hires',
      value: {fr: 'N', en: 'N'},
      text: {fr: 'les embauches prévues', en: 'planned hires'},
    },
    {
      flags: '--naf',
      value: {fr: 'CODE', en: 'CODE'},
      text: {
        fr: 'le code d’activité de l’entreprise (NAF)',
        en: "the company's activity code (NAF)",
      },
    },
    {
      flags: '--investment-started',
      value: {fr: 'yes|no', en: 'yes|no'},
      text: {
        fr: 'l’investissement a-t-il déjà commencé ?',
        en: 'has the investment already started?',
      },
    },
    {
      flags: '--offline',
      text: {
        fr: 'sans l’annuaire des entreprises pour un SIREN ou un SIRET',
        en: 'no company directory for a SIREN or SIRET',
      },
    },
    jsonOption({fr: 'dispositif', en: 'scheme'}),
    langHelp(),
    HELP_OPTION,
  ],
  exitStatus: [
    {code: 0, text: {fr: 'terminé', en: 'done'}},
    {code: 2, text: {fr: 'erreur d’utilisation', en: 'usage error'}},
  ],
};
