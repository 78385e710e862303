import type {Lang} from '@ti-toolkit/data/catalogue';
import type {Bilingual} from './bilingual.ts';
import {french} from './french-typography.ts';
import {shownValue} from './shown-value.ts';

/**
 * A bad option or argument: `ti` prints the message in the language the arguments ask for, the command's usage,
 * and exits with 2. `message` is the English text, for a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly texts: Bilingual;
  constructor(texts: Bilingual) {
    super(texts.en);
    this.texts = texts;
  }
}

/** A value that is neither fr nor en cannot say which language to use: the message gives both. */
export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'fr' || value === 'en')
    return value ?? 'fr';
  const shown = shownValue(value);
  const both = `${french`--lang ${shown} : choisissez fr ou en.`}\n--lang ${shown}: use fr or en.`;
  throw new UsageError({fr: both, en: both});
}

/** Values of a repeatable option, each checked against the allowed ones (comma-separated lists accepted). */
export function choices<T extends string>(
  option: string,
  values: readonly string[] | undefined,
  allowed: readonly T[]
): T[] | undefined {
  if (!values || values.length === 0) return undefined;
  const split = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = split.filter(
    (v) => !(allowed as readonly string[]).includes(v)
  );
  if (unknown.length > 0) {
    const shown = shownValue(unknown.join(', '));
    const list = allowed.join(', ');
    throw new UsageError({
      fr: french`--${option} ${shown} : valeur inconnue, choisissez parmi ${list}`,
      en: `--${option} ${shown}: not one of ${list}`,
    });
  }
  return split as T[];
}

/** A whole number of at least 0, or a usage error. */
export function countOption(
  option: string,
  value: string | undefined
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value.trim())) {
    const shown = shownValue(value);
    throw new UsageError({
      fr: french`--${option} ${shown} : indiquez un nombre entier`,
      en: `--${option} ${shown}: give a whole number`,
    });
  }
  return Number(value);
}

/** A yes/no option: true or false, undefined when it is not given; any other value is a usage error. */
export function yesNoOption(
  option: string,
  value: string | undefined
): boolean | undefined {
  if (value === undefined || value === 'yes' || value === 'no')
    return value === undefined ? undefined : value === 'yes';
  throw new UsageError({
    fr: french`--${option} ${shownValue(value)} : répondez yes ou no`,
    en: `--${option} ${shownValue(value)}: use yes or no`,
  });
}
