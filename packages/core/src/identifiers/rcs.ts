import {fail, ok, type Result} from '../result.ts';
import {GROUP_SEPARATOR as SEP, removeSeparators} from './separators.ts';
import {formatSiren, isValidSiren} from './siren.ts';

/** A registration at the trade and companies register: "RCS Paris 552 081 317". */
export interface RcsMention {
  siren: string;
  /** The registry's town as written ("Paris", "PARIS", "Aix-en-Provence"); null when the mention names none. */
  city: string | null;
}

export type RcsError = 'empty' | 'not-rcs' | 'no-siren' | 'bad-checksum';

const RCS_LABEL =
  /(?<![\p{L}\p{N}])(?:rcs|r\.\s?c\.\s?s\.?|registre du commerce(?: et des soci[ée]t[ée]s)?)(?![\p{L}\p{N}])/iu;
// A 9-digit number on its own: a SIRET or a longer run is not the register's number.
const SIREN_NUMBER = new RegExp(
  `(?<!\\d${SEP}?)\\d{3}${SEP}?\\d{3}${SEP}?\\d{3}(?!${SEP}?\\d)`
);
// Longer texts between the label and the number are not a town name: reading them is not worth the time.
const MAX_CITY_TEXT = 80;
const LEADING_FILLER = /^[\s:,.–-]*(?:(?:au|de|du)\s+|d['’]\s*)?/iu;
const TRAILING_PUNCTUATION = /[\s:,.–-]+$/u;
const TRAILING_NUMBER_WORDS =
  /(?:^|\s)(?:sous\s+le\s+)?(?:n°|no|num[ée]ro|number)$/iu;
// The register's letter: A for a trader, B for a company, C for an EIG, D for a civil company.
const TRAILING_REGISTER_LETTER = /(?:^|\s)[A-D]$/u;
const CITY = /^\p{L}[\p{L}'’. -]*$/u;
// After the number the town has no right-hand bound: capitalised words joined by hyphens or linking words.
const CITY_AHEAD =
  /^\p{Lu}[\p{L}'’]*(?:[\s-](?:(?:de|du|des|en|sur|sous|lès|lez|les|le|la|aux|au)[\s-])*(?:[ld]['’])?\p{Lu}[\p{L}'’]*)*/u;

/**
 * Reads an RCS mention in any of its usual orders: "RCS Paris 552 081 317", "R.C.S. Nanterre B 552 081 317",
 * "552 081 317 RCS Lyon", "immatriculée au RCS de Bordeaux sous le numéro 552081317".
 */
export function parseRcs(input: string): Result<RcsMention, RcsError> {
  if (input.trim() === '') return fail('empty');
  const label = RCS_LABEL.exec(input);
  if (!label) return fail('not-rcs');
  const number = SIREN_NUMBER.exec(input);
  if (!number) return fail('no-siren');
  const siren = removeSeparators(number[0]);
  if (!isValidSiren(siren)) return fail('bad-checksum');
  const labelEnd = label.index + label[0].length;
  const city =
    label.index < number.index
      ? cityBefore(input.slice(labelEnd, number.index))
      : cityAhead(input.slice(labelEnd, labelEnd + MAX_CITY_TEXT));
  return ok({siren, city});
}

/** "RCS Paris 552 081 317", or "RCS 552 081 317" without a town. */
export function formatRcs(mention: RcsMention, separator = ' '): string {
  const number = formatSiren(mention.siren, separator);
  return mention.city === null
    ? `RCS ${number}`
    : `RCS ${mention.city} ${number}`;
}

function cityBefore(between: string): string | null {
  if (between.length > MAX_CITY_TEXT) return null;
  let city = between.replace(LEADING_FILLER, '');
  for (let previous = ''; previous !== city;) {
    previous = city;
    city = city
      .replace(TRAILING_PUNCTUATION, '')
      .replace(TRAILING_NUMBER_WORDS, '')
      .replace(TRAILING_REGISTER_LETTER, '');
  }
  return CITY.test(city) ? city : null;
}

function cityAhead(after: string): string | null {
  const city = CITY_AHEAD.exec(after.replace(LEADING_FILLER, ''));
  return city ? city[0].replace(TRAILING_REGISTER_LETTER, '') || null : null;
}
