import {dateFormat} from '@ti-toolkit/core/intl';
import {formatDate} from './format.ts';
import type {Lang} from './lang.ts';

/** A source's own date as precise as it is: "13 novembre 2023", "janvier 2025", or null when undated. */
export function formatSourceDate(
  publishedOn: string | null,
  lang: Lang
): string | null {
  if (!publishedOn) return null;
  if (publishedOn.length > 7) return formatDate(publishedOn, lang);
  const date = new Date(`${publishedOn}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return publishedOn;
  return dateFormat(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
