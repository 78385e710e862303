import type {Lang} from '@ti-toolkit/data/catalogue';
import type {CommuneRef, PlaceAnswer, PlaceCandidate} from './place-answer.ts';
import {departmentOf} from './place-region.ts';

/** Department code -> name (the perimeter's `departments`): what turns "93" into "Seine-Saint-Denis". */
export type DepartmentNames = Readonly<Record<string, string>>;

/** A commune as people write it: "Saint-Denis (93) — Seine-Saint-Denis". */
export function communeLabel(
  commune: CommuneRef,
  departments: DepartmentNames
): string {
  const code = departmentOf(commune.code);
  const name = departments[code];
  return `${commune.name} (${code})${name ? ` — ${name}` : ''}`;
}

const POSTCODE: Record<Lang, string> = {fr: 'code postal', en: 'postcode'};
const MAX_NAMES = 3;

/**
 * The place an answer names, as people write it, for a field to show instead of the code typed: the commune, the
 * intercommunality by its name ("CC Gally Mauldre"), the company by its name and commune, or a postcode with its
 * communes. Null when the answer names no one place (homonyms to choose from, not found, invalid).
 */
export function placeLabel(
  answer: PlaceAnswer,
  lang: Lang,
  departments: DepartmentNames
): string | null {
  if (answer.company) {
    const where = answer.commune
      ? ` — ${answer.commune.name} (${departmentOf(answer.commune.code)})`
      : '';
    return `${answer.company.name}${where}`;
  }
  if (answer.kind === 'groupement' && answer.groupement)
    return answer.groupement.name;
  if (answer.status !== 'in-territory' && answer.status !== 'not-in-territory')
    return null;
  if (answer.commune) return communeLabel(answer.commune, departments);
  const communes = answer.communes ?? [];
  if (communes.length === 0) return null;
  const names = communes.slice(0, MAX_NAMES).map((c) => c.name);
  const more = communes.length > MAX_NAMES ? ', …' : '';
  return `${POSTCODE[lang]} ${answer.reason.detail ?? ''} — ${names.join(', ')}${more}`;
}

const READ_AS: Partial<Record<PlaceCandidate['kind'], Record<Lang, string>>> = {
  insee: {fr: 'code INSEE', en: 'INSEE code'},
  postcode: {fr: 'code postal', en: 'postcode'},
};

const NONE: Record<Lang, string> = {
  fr: 'hors Territoire d’industrie',
  en: 'not in a Territoire d’industrie',
};

/**
 * One choice of an ambiguous answer as people tell homonyms apart: the commune with its department and postcodes
 * ("Saint-Denis (93) — Seine-Saint-Denis, 93200 93210"), or the intercommunality, then its territory.
 * `showKind` says how a bare code was read (INSEE code or postcode).
 */
export function candidateLabel(
  candidate: PlaceCandidate,
  lang: Lang,
  departments: DepartmentNames,
  showKind = false
): string {
  const readAs = showKind ? READ_AS[candidate.kind]?.[lang] : undefined;
  const postcodes = candidate.postcodes?.length
    ? `, ${candidate.postcodes.join(' ')}`
    : '';
  const where = candidate.commune
    ? `${communeLabel(candidate.commune, departments)}${postcodes}`
    : (candidate.groupement?.name ?? '');
  const verdict = candidate.territory
    ? `Territoire d’industrie ${candidate.territory.name}`
    : NONE[lang];
  return `${readAs ? `[${readAs}] ` : ''}${where}${lang === 'fr' ? ' : ' : ': '}${verdict}`;
}

/** The candidates largest first (by population; those without one keep their place after the others). */
export function candidatesByPopulation(
  candidates: readonly PlaceCandidate[]
): PlaceCandidate[] {
  return [...candidates].sort(
    (a, b) => (b.population ?? -1) - (a.population ?? -1)
  );
}
