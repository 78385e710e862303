import type {Lang} from '../i18n/lang.ts';

// What the finder says before its templates and their words have loaded: the loading line, the failure, the count
// (announced by the search controller). The rest is in templates.translations.ts.

const fr = {
  loading: 'Chargement des services…',
  error: 'Les services n’ont pas pu être chargés.',
  retry: 'Réessayer',
  count: (n: number) =>
    n === 0
      ? 'Aucun service ne correspond'
      : n === 1
        ? '1 service correspond'
        : `${n} services correspondent`,
};

const en: typeof fr = {
  loading: 'Loading the services…',
  error: 'The services could not be loaded.',
  retry: 'Try again',
  count: (n: number) =>
    n === 0
      ? 'No service matches'
      : n === 1
        ? '1 service matches'
        : `${n} services match`,
};

export const translations: Record<Lang, typeof fr> = {fr, en};
export type Translations = typeof fr;
