import type {Lang} from '@ti-toolkit/data/catalogue';

/** The panel's languages: the toolkit's, French first, then English (defined once, in @ti-toolkit/data). */
export type {Lang};

/** `en`, `en-GB`... read as English; anything else as French (same rule as the components). */
export const toLang = (value: string | null | undefined): Lang =>
  value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';

/** The language of an element: its nearest `[lang]`, then `<html lang>` (set from the browser's UI language). */
export const langOf = (element: Element): Lang =>
  toLang(
    element.closest('[lang]')?.getAttribute('lang') ??
      document.documentElement.lang
  );
