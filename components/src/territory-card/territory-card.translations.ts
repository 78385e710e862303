import type {Lang} from '../i18n/lang.ts';

const fr = {
  loading: 'Chargement du territoire…',
  error: 'Les données du territoire n’ont pas pu être chargées.',
  retry: 'Réessayer',
  missing:
    'Indiquez un territoire (territory="ti-8413") ou un lieu (place="Oyonnax").',
  unknownTerritory: (id: string) =>
    `Territoire inconnu : « ${id} ». Les identifiants ont la forme ti-8413.`,
  kicker: "Territoire d'industrie",
  phase: (phase: string) => `Programme ${phase}`,
  region: (n: number): string => (n > 1 ? 'Régions' : 'Région'),
  departments: (n: number): string => (n > 1 ? 'Départements' : 'Département'),
  groupements: (n: number) => `Intercommunalités et communes membres (${n})`,
  communes: 'Communes',
  population: 'Population',
  inhabitants: (n: string) => `${n} habitants`,
  vintage: 'Données :',
  choose: 'Plusieurs réponses possibles : choisissez.',
  // The first phase's territories that held the members (matched by SIREN: ids were reused across phases).
  historyAll: (names: string) =>
    `Dans le programme depuis 2018 : ses membres étaient dans ${names} (2018-2022).`,
  historySome: (shared: number, total: number, names: string) =>
    `Dans le programme depuis 2018 pour ${shared} de ses ${total} membres, alors dans ${names} (2018-2022).`,
  historyNone:
    'Nouveau en 2023-2027 : aucun de ses membres n’était dans un Territoire d’industrie en 2018-2022.',
  quote: (name: string) => `« ${name} »`,
  mapLabel: (name: string, region: string) =>
    `Carte : ${name}, dans la région ${region}`,
  kinds: {
    cc: 'communauté de communes',
    ca: "communauté d'agglomération",
    cu: 'communauté urbaine',
    metropole: 'métropole',
    ept: 'établissement public territorial',
    commune: 'commune inscrite seule',
  },
};

const en: typeof fr = {
  loading: 'Loading the territory…',
  error: 'The territory data could not be loaded.',
  retry: 'Try again',
  missing:
    'Give a territory (territory="ti-8413") or a place (place="Oyonnax").',
  unknownTerritory: (id: string) =>
    `Unknown territory: “${id}”. Ids look like ti-8413.`,
  kicker: "Territoire d'industrie",
  phase: (phase: string) => `Programme ${phase}`,
  region: (n: number): string => (n > 1 ? 'Regions' : 'Region'),
  departments: (n: number): string => (n > 1 ? 'Departments' : 'Department'),
  groupements: (n: number) => `Member intercommunalities and communes (${n})`,
  communes: 'Communes',
  population: 'Population',
  inhabitants: (n: string) => `${n} inhabitants`,
  vintage: 'Data:',
  choose: 'Several possible answers: choose one.',
  historyAll: (names: string) =>
    `In the programme since 2018: its members were in ${names} (2018-2022).`,
  historySome: (shared: number, total: number, names: string) =>
    `In the programme since 2018 for ${shared} of its ${total} members, then in ${names} (2018-2022).`,
  historyNone:
    'New in 2023-2027: none of its members was in a Territoire d’industrie in 2018-2022.',
  quote: (name: string) => `“${name}”`,
  mapLabel: (name: string, region: string) =>
    `Map: ${name}, in the ${region} region`,
  kinds: {
    cc: 'community of communes',
    ca: 'agglomeration community',
    cu: 'urban community',
    metropole: 'metropolis',
    ept: 'public territorial establishment',
    commune: 'commune listed on its own',
  },
};

export const translations: Record<Lang, typeof fr> = {fr, en};
