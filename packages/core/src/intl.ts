import type {Lang} from '@ti-toolkit/data/catalogue';

/** The locale of each language the toolkit speaks. */
export const LOCALES: Record<Lang, string> = {fr: 'fr-FR', en: 'en-GB'};

// Building an Intl formatter costs far more than using one: a list of results formats hundreds of amounts.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(
  lang: Lang,
  options: Intl.NumberFormatOptions = {}
): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(
      key,
      (format = new Intl.NumberFormat(LOCALES[lang], options))
    );
  return format;
}

export function dateFormat(
  lang: Lang,
  options: Intl.DateTimeFormatOptions = {}
): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format)
    dateFormats.set(
      key,
      (format = new Intl.DateTimeFormat(LOCALES[lang], options))
    );
  return format;
}
