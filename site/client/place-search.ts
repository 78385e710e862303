/**
 * The configurator's place search: communes (by name), postcodes, INSEE codes and SIRENs, resolved offline with the
 * toolkit's own resolver (the tables load on the first search). A company's number is kept as typed: the component
 * looks it up on the partner's page (docs/decisions/0018-company-lookup-from-partner-pages.md), not the configurator.
 */
import type * as PlacesApi from '../../packages/core/src/places/index.ts';
import type {
  PlaceAnswer,
  PlaceCandidate,
} from '../../packages/core/src/places/index.ts';

import type {Lang} from './embed-spec.ts';
import {PLACE_SEARCH_MESSAGES} from './place-search-messages.ts';

type PlacesModule = typeof PlacesApi;

export interface PlaceChoice {
  /** The `place` attribute: `insee:…`, `cp:…`, `siren:…` or `siret:…`. */
  value: string;
  label: string;
}

export interface PlaceFound {
  /** The places to offer, the one chosen first; empty when the words name no place the snippet can keep. */
  choices: PlaceChoice[];
  /** The chosen place's territory id, null when none (or not known offline). */
  territory: string | null;
  /** What happened to the words, in a sentence, in the page's language. */
  message: string;
  warning: boolean;
}

let loading: Promise<{
  places: PlacesModule;
  loaded: Awaited<ReturnType<PlacesModule['loadPlaces']>>;
}> | null = null;

function loadResolver() {
  loading ??= (async () => {
    const places = await import('../../packages/core/src/places/index.ts');
    return {places, loaded: await places.loadPlaces()};
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * The place the words name, or null when they name none and the search is one of territories. `namesTerritory`:
 * the words match a territory's name, id or intercommunality; a commune must then be named exactly to win.
 * `lang`: the page's language, for the labels and the message.
 */
export async function searchPlace(
  words: string,
  namesTerritory: boolean,
  lang: Lang
): Promise<PlaceFound | null> {
  const say = PLACE_SEARCH_MESSAGES[lang];
  const text = words.trim();
  if (!text) return null;
  const {places, loaded} = await loadResolver();
  const parsed = places.parsePlace(text);
  if (!parsed.ok) return null;
  const answer = await places.resolvePlace(loaded, text);
  const {departments} = loaded.perimeter;
  if (parsed.value.kind === 'name' && namesTerritory) {
    const name = places.normalizeName(parsed.value.name);
    const exact =
      (answer.commune && places.normalizeName(answer.commune.name) === name) ||
      answer.reason.code === 'name-homonyms';
    if (!exact) return null;
  }
  if (answer.reason.code === 'company-lookup-unavailable') {
    const kind = parsed.value.kind === 'siret' ? 'siret' : 'siren';
    const digits = text.replace(/\D/g, '');
    return {
      choices: [
        {value: `${kind}:${digits}`, label: `${kind.toUpperCase()} ${digits}`},
      ],
      territory: null,
      message: say.company(kind.toUpperCase()),
      warning: false,
    };
  }
  if (answer.status === 'ambiguous') {
    const candidates = places.candidatesByPopulation(answer.candidates ?? []);
    const choices = candidates.flatMap((c) => {
      const value = candidateValue(c);
      return value
        ? [
            {
              value,
              label: places.candidateLabel(
                c,
                lang,
                departments,
                answer.kind === null
              ),
            },
          ]
        : [];
    });
    if (choices.length === 0) return unkept(places, answer, lang);
    return {
      choices,
      territory: candidates[0]!.territory?.id ?? null,
      message: say.ambiguous(text),
      warning: false,
    };
  }
  const value = answerValue(answer);
  if (!value) return unkept(places, answer, lang);
  const label = places.placeLabel(answer, lang, departments) ?? text;
  return {
    choices: [{value, label}],
    territory: answer.territory?.id ?? null,
    message: answer.territory
      ? say.inTerritory(label, answer.territory.name)
      : say.notInTerritory(label),
    warning: false,
  };
}

/** Words that name no place the snippet can keep: why, from the resolver's own reason. */
function unkept(
  places: PlacesModule,
  answer: PlaceAnswer,
  lang: Lang
): PlaceFound {
  return {
    choices: [],
    territory: null,
    message: PLACE_SEARCH_MESSAGES[lang].unkept(
      places.explainPlace(answer, lang)
    ),
    warning: true,
  };
}

/** The `place` attribute for a resolved answer, null when it names no one place. */
function answerValue(answer: PlaceAnswer): string | null {
  if (answer.status !== 'in-territory' && answer.status !== 'not-in-territory')
    return null;
  if (answer.kind === 'groupement' && answer.groupement)
    return `siren:${answer.groupement.siren}`;
  if (answer.commune) return `insee:${answer.commune.code}`;
  if (answer.reason.code === 'postcode-one-outcome')
    return `cp:${answer.reason.detail}`;
  // A bare code that is an INSEE code and a postcode with one outcome: the components read it the same way.
  if (answer.reason.code === 'code-both-insee-and-postcode')
    return answer.reason.detail ?? null;
  return null;
}

function candidateValue(candidate: PlaceCandidate): string | null {
  if (candidate.commune) return `insee:${candidate.commune.code}`;
  if (candidate.groupement) return `siren:${candidate.groupement.siren}`;
  return null;
}
