/**
 * The site's two languages (ADR 0022): French first, at the root; English under `/en/`. Every page exists in
 * both, with the same path after the prefix, so that the language switch keeps the page.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Texts given in both languages: a missing one is a type error. */
export type Bilingual<T = string> = Record<Lang, T>;

/** The page's address in a language: `/docs/` → `/docs/` (fr), `/en/docs/` (en). */
export const sitePath = (lang: Lang, path: string): string =>
  lang === 'fr' ? path : `/en${path}`;

/** The language-neutral path of an address, and its language. */
export function pathLang(address: string): {lang: Lang; path: string} {
  return address === '/en' || address.startsWith('/en/')
    ? {lang: 'en', path: address.slice(3) || '/'}
    : {lang: 'fr', path: address};
}

/** The output file of a page: `/docs/privacy/` in English → `en/docs/privacy/index.html`. */
export const pageFile = (lang: Lang, path: string): string =>
  `${sitePath(lang, path).slice(1)}${path.endsWith('/') ? 'index.html' : ''}`;

/** The name of each language in itself, for the switch. */
export const LANGUAGE_NAMES: Bilingual = {fr: 'Français', en: 'English'};
