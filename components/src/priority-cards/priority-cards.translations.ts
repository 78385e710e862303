import type {Lang} from '../i18n/lang.ts';

const fr = {
  loading: 'Chargement des priorités…',
  error: 'Les priorités n’ont pas pu être chargées.',
  retry: 'Réessayer',
  services: (n: number) =>
    n === 0 ? 'Aucun service' : n === 1 ? '1 service' : `${n} services`,
  covers: 'Ce qu’elle couvre',
  unknownPriority: (value: string) =>
    `Priorité inconnue : « ${value} ». Choisissez une des quatre priorités.`,
};

const en: typeof fr = {
  loading: 'Loading the priorities…',
  error: 'The priorities could not be loaded.',
  retry: 'Try again',
  services: (n: number) =>
    n === 0 ? 'No service' : n === 1 ? '1 service' : `${n} services`,
  covers: 'What it covers',
  unknownPriority: (value: string) =>
    `Unknown priority: “${value}”. Choose one of the four priorities.`,
};

export const translations: Record<Lang, typeof fr> = {fr, en};
