/** The panel's languages: French, the toolkit's language, and English. */
export type Lang = 'fr' | 'en';

/** `en`, `en-GB`... read as English; anything else as French (same rule as the components). */
export const toLang = (value: string | null | undefined): Lang =>
  value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';

/** The language of an element: its nearest `[lang]`, then `<html lang>` (set from the browser's UI language). */
export const langOf = (element: Element): Lang =>
  toLang(
    element.closest('[lang]')?.getAttribute('lang') ??
      document.documentElement.lang
  );
