import type {Lang} from '@ti-toolkit/data/catalogue';
import {numberFormat} from '../intl.ts';
import {LIST_LIMITS} from './limits.ts';

/** Why a text is not a company list that can be read. */
export type ListErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'binary'
  | 'not-utf8'
  | 'unterminated-quote';

export interface ListError {
  code: ListErrorCode;
  /** What to tell the user, in each language. */
  message: Record<Lang, string>;
  /** The line (from 1) where an unterminated quote opens. */
  line?: number;
}

const count = (n: number, lang: Lang) => numberFormat(lang).format(n);

const MESSAGES: Record<ListErrorCode, (line: number) => Record<Lang, string>> =
  {
    empty: () => ({
      fr: 'Le fichier ne contient aucune ligne à vérifier.',
      en: 'The file holds no row to check.',
    }),
    'too-large': () => ({
      fr: `Le fichier est trop gros : ${count(LIST_LIMITS.maxChars, 'fr')} caractères au plus. Découpez la liste.`,
      en: `The file is too large: ${count(LIST_LIMITS.maxChars, 'en')} characters at most. Split the list.`,
    }),
    'too-many-rows': () => ({
      fr: `La liste a trop de lignes : ${count(LIST_LIMITS.maxRows, 'fr')} au plus. Découpez la liste.`,
      en: `The list has too many rows: ${count(LIST_LIMITS.maxRows, 'en')} at most. Split the list.`,
    }),
    binary: () => ({
      fr: 'Ce fichier n’est pas un fichier texte (un classeur Excel, une image ?). Enregistrez la liste au format CSV.',
      en: 'This is not a text file (a spreadsheet workbook, an image?). Save the list as CSV.',
    }),
    'not-utf8': () => ({
      fr: 'Le fichier n’est pas encodé en UTF-8 (des caractères sont illisibles). Enregistrez-le au format « CSV UTF-8 ».',
      en: 'The file is not UTF-8 encoded (some characters cannot be read). Save it as “CSV UTF-8”.',
    }),
    'unterminated-quote': (line) => ({
      fr: `Un guillemet ouvert à la ligne ${line} n’est jamais refermé.`,
      en: `A quote opened on line ${line} is never closed.`,
    }),
  };

export function listError(code: ListErrorCode, line?: number): ListError {
  return {
    code,
    message: MESSAGES[code](line ?? 0),
    ...(line !== undefined && {line}),
  };
}

/** The error in the user's language. */
export const explainListError = (error: ListError, lang: Lang = 'fr') =>
  error.message[lang];
