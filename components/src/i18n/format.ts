import {dateFormat, numberFormat} from '@ti-toolkit/core/intl';
import type {Lang} from './lang.ts';

/** A date (ISO yyyy-mm-dd) for people: "26 novembre 2026", "26 November 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}
