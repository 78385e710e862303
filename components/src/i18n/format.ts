import type {Lang} from './lang.ts';

const LOCALES: Record<Lang, string> = {fr: 'fr-FR', en: 'en-GB'};

/** A date (ISO yyyy-mm-dd) for people: "26 novembre 2026", "26 November 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
