import type {Lang} from '@ti-toolkit/data/catalogue';
import {unknownCommunePhrase} from '../company-territory/unknown-commune.ts';
import type {
  CommuneRef,
  GroupementRef,
  PlaceAnswer,
  PlaceCandidate,
  Reason,
  TerritoryRef,
} from './place-answer.ts';
import type {PlaceParseFailure} from './parse-place.ts';

/** Plain-language reason of an answer, with the data vintage as proof. */
export function explainAnswer(answer: PlaceAnswer, lang: Lang = 'fr'): string {
  return `${explainPlace(answer, lang)} ${explainVintage(answer, lang)}`;
}

/** The reason alone, for a display that shows the vintage apart. */
export function explainPlace(answer: PlaceAnswer, lang: Lang = 'fr'): string {
  return TEXT[lang].reason(answer);
}

/** The data vintage and the attribution the licence asks for. */
export function explainVintage(
  answer: Pick<PlaceAnswer, 'vintage'>,
  lang: Lang = 'fr'
): string {
  return TEXT[lang].vintage(answer);
}

const READ_AS: Partial<Record<PlaceCandidate['kind'], Record<Lang, string>>> = {
  insee: {fr: 'code INSEE', en: 'INSEE code'},
  postcode: {fr: 'code postal', en: 'postcode'},
};

/** One line per candidate of an ambiguous answer; `showKind` says how it was read (for a code read both ways). */
export function explainCandidate(
  candidate: PlaceCandidate,
  lang: Lang = 'fr',
  showKind = false
): string {
  const readAs = showKind ? READ_AS[candidate.kind]?.[lang] : undefined;
  const where =
    (readAs ? `[${readAs}] ` : '') +
    (candidate.commune
      ? commune(candidate.commune)
      : candidate.groupement
        ? groupement(candidate.groupement)
        : '');
  const verdict = candidate.territory
    ? territory(candidate.territory)
    : TEXT[lang].none;
  return `${where}${lang === 'fr' ? ' : ' : ': '}${verdict}`;
}

const commune = (c: CommuneRef) => `${c.name} (${c.code})`;
const territory = (t: TerritoryRef) => `${t.name} (${t.id}, ${t.phase})`;
const groupement = (g: GroupementRef | null) =>
  g ? `${g.name} (${g.siren})` : '';

interface Texts {
  none: string;
  parseFailure: Record<PlaceParseFailure, string>;
  reason(answer: PlaceAnswer): string;
  vintage(answer: Pick<PlaceAnswer, 'vintage'>): string;
}

// Sentences are built so that no name follows "de" or "le": "de Ajaccio", "de Métropole" would be wrong French.
const TEXT: Record<Lang, Texts> = {
  fr: {
    none: 'hors Territoire d’industrie',
    vintage: ({vintage: v}) =>
      `Source : ${v.attribution} ; périmètre ${v.phase}, communes au COG ${v.cogYear}.`,
    parseFailure: {
      empty: 'saisie vide',
      'too-long': 'saisie trop longue',
      'unknown-prefix':
        'préfixe inconnu ; préfixes possibles : insee:, cp:, siren:, siret:, nom:',
      'invalid-insee':
        'code INSEE mal formé (5 caractères, 2A ou 2B pour la Corse)',
      'invalid-postcode': 'code postal mal formé (5 chiffres)',
      'invalid-siren':
        'SIREN invalide (9 chiffres dont une clé de contrôle, qui ne correspond pas)',
      'invalid-siret':
        'SIRET invalide (14 chiffres dont une clé de contrôle, qui ne correspond pas)',
      'not-a-place': 'ni un nom de commune, ni un code',
    },
    reason(a) {
      const r = a.reason;
      const prefix = companyPrefix(a, 'fr') + typedPrefix(r, 'fr');
      switch (r.code) {
        case 'commune-in-territory':
          return `${prefix}${commune(a.commune!)} : dans le Territoire d’industrie ${territory(a.territory!)}${
            r.membership === 'commune-listed'
              ? `, où la commune est inscrite seule${a.groupement ? ` (intercommunalité : ${groupement(a.groupement)}, qui n’y est pas entière)` : ''}.`
              : `, par son intercommunalité ${groupement(a.groupement)}.`
          }`;
        case 'commune-not-in-territory':
          return `${prefix}${commune(a.commune!)} : dans aucun Territoire d’industrie${
            a.groupement
              ? ` (intercommunalité : ${groupement(a.groupement)}).`
              : ' ; la commune n’appartient à aucune intercommunalité.'
          }`;
        case 'postcode-one-outcome':
          return `${oldCode(r, 'fr')}Code postal ${r.detail} : ${a.communes!.map(commune).join(', ')}${
            a.territory
              ? ` ; ${a.communes!.length > 1 ? 'toutes dans' : 'dans'} le Territoire d’industrie ${territory(a.territory)}.`
              : ` ; ${a.communes!.length > 1 ? 'aucune dans' : 'dans aucun'} Territoire d’industrie.`
          }`;
        case 'postcode-several-outcomes':
          return `${oldCode(r, 'fr')}Le code postal ${r.detail} couvre des communes aux réponses différentes : choisissez la commune.`;
        case 'code-both-insee-and-postcode':
          return `${r.detail} est à la fois un code INSEE et un code postal${
            a.status === 'ambiguous'
              ? ', aux réponses différentes : choisissez la commune.'
              : a.territory
                ? `, tous deux dans le Territoire d’industrie ${territory(a.territory)}.`
                : ', tous deux hors Territoire d’industrie.'
          }`;
        case 'name-homonyms':
          return `Plusieurs communes s’appellent « ${a.input.trim()} » : choisissez la bonne.`;
        case 'name-several-matches':
          return `Plusieurs communes correspondent à « ${a.input.trim()} » : précisez.`;
        case 'groupement-in-territory':
          return `${groupement(a.groupement)} : entièrement dans le Territoire d’industrie ${territory(a.territory!)}.`;
        case 'groupement-partly-in-territories':
          return `${groupement(a.groupement)} : en partie seulement dans un Territoire d’industrie ; la réponse dépend de la commune.`;
        case 'groupement-not-in-territory':
          return `${groupement(a.groupement)} : dans aucun Territoire d’industrie.`;
        case 'unknown-code':
          return `${prefix}Aucune commune n’a le code INSEE ${r.detail}.`;
        case 'unknown-postcode':
          return `Aucune commune n’a le code postal ${r.detail}.`;
        case 'unknown-name':
          return `Aucune commune ne s’appelle « ${r.detail} ».`;
        case 'company-not-found':
          return 'Entreprise introuvable dans l’annuaire public des entreprises (inconnue, ou ses données ne sont pas publiques).';
        case 'company-without-location':
          return `${prefix}l’annuaire ne donne pas sa commune.`;
        case 'company-commune-unknown':
          return `${prefix}code commune ${r.detail} : ${unknownCommunePhrase(a.vintage, 'fr')} ; le territoire ne peut pas être déterminé.`;
        case 'company-lookup-failed':
          return `L’annuaire des entreprises n’a pas pu répondre (${r.detail}) : réessayez plus tard.`;
        case 'company-lookup-unavailable':
          return 'Ce SIREN ou SIRET n’est pas celui d’une intercommunalité ; localiser une entreprise demande l’annuaire en ligne.';
        case 'invalid-input':
          return `Saisie non reconnue : ${TEXT.fr.parseFailure[r.detail as PlaceParseFailure] ?? r.detail}. Tapez une commune, un code postal, un code INSEE, un SIREN ou un SIRET.`;
      }
    },
  },
  en: {
    none: 'not in a Territoire d’industrie',
    vintage: ({vintage: v}) =>
      `Source: ${v.attribution}; perimeter ${v.phase}, communes as of COG ${v.cogYear}.`,
    parseFailure: {
      empty: 'empty input',
      'too-long': 'input too long',
      'unknown-prefix':
        'unknown prefix; prefixes: insee:, cp:, siren:, siret:, nom:',
      'invalid-insee':
        'malformed INSEE code (5 characters, 2A or 2B for Corsica)',
      'invalid-postcode': 'malformed postcode (5 digits)',
      'invalid-siren':
        'invalid SIREN (9 digits including a check digit, which does not match)',
      'invalid-siret':
        'invalid SIRET (14 digits including a check digit, which does not match)',
      'not-a-place': 'neither a commune name nor a code',
    },
    reason(a) {
      const r = a.reason;
      const prefix = companyPrefix(a, 'en') + typedPrefix(r, 'en');
      switch (r.code) {
        case 'commune-in-territory':
          return `${prefix}${commune(a.commune!)}: in the Territoire d’industrie ${territory(a.territory!)}${
            r.membership === 'commune-listed'
              ? `, where the commune is listed on its own${a.groupement ? ` (intercommunality: ${groupement(a.groupement)}, not wholly part of it)` : ''}.`
              : `, through its intercommunality ${groupement(a.groupement)}.`
          }`;
        case 'commune-not-in-territory':
          return `${prefix}${commune(a.commune!)}: in no Territoire d’industrie${
            a.groupement
              ? ` (intercommunality: ${groupement(a.groupement)}).`
              : '; the commune belongs to no intercommunality.'
          }`;
        case 'postcode-one-outcome':
          return `${oldCode(r, 'en')}Postcode ${r.detail}: ${a.communes!.map(commune).join(', ')}${
            a.territory
              ? `; ${a.communes!.length > 1 ? 'all ' : ''}in the Territoire d’industrie ${territory(a.territory)}.`
              : `; ${a.communes!.length > 1 ? 'none' : 'not'} in a Territoire d’industrie.`
          }`;
        case 'postcode-several-outcomes':
          return `${oldCode(r, 'en')}Postcode ${r.detail} covers communes with different answers: choose the commune.`;
        case 'code-both-insee-and-postcode':
          return `${r.detail} is both an INSEE code and a postcode${
            a.status === 'ambiguous'
              ? ', with different answers: choose the commune.'
              : a.territory
                ? `, both in the Territoire d’industrie ${territory(a.territory)}.`
                : ', neither in a Territoire d’industrie.'
          }`;
        case 'name-homonyms':
          return `Several communes are called “${a.input.trim()}”: choose one.`;
        case 'name-several-matches':
          return `Several communes match “${a.input.trim()}”: be more specific.`;
        case 'groupement-in-territory':
          return `${groupement(a.groupement)}: wholly in the Territoire d’industrie ${territory(a.territory!)}.`;
        case 'groupement-partly-in-territories':
          return `${groupement(a.groupement)}: only partly in a Territoire d’industrie; the answer depends on the commune.`;
        case 'groupement-not-in-territory':
          return `${groupement(a.groupement)}: in no Territoire d’industrie.`;
        case 'unknown-code':
          return `${prefix}No commune has the INSEE code ${r.detail}.`;
        case 'unknown-postcode':
          return `No commune has the postcode ${r.detail}.`;
        case 'unknown-name':
          return `No commune is called “${r.detail}”.`;
        case 'company-not-found':
          return 'Company not found in the public company directory (unknown, or its data is not public).';
        case 'company-without-location':
          return `${prefix}the directory gives no commune.`;
        case 'company-commune-unknown':
          return `${prefix}commune code ${r.detail}: ${unknownCommunePhrase(a.vintage, 'en')}; the territory cannot be determined.`;
        case 'company-lookup-failed':
          return `The company directory could not answer (${r.detail}): try again later.`;
        case 'company-lookup-unavailable':
          return 'This SIREN or SIRET is not an intercommunality’s; locating a company needs the online directory.';
        case 'invalid-input':
          return `Not a place: ${TEXT.en.parseFailure[r.detail as PlaceParseFailure] ?? r.detail}. Type a commune, a postcode, an INSEE code, a SIREN or a SIRET.`;
      }
    },
  },
};

function companyPrefix(a: PlaceAnswer, lang: Lang): string {
  if (!a.company) return '';
  const {name, siren, siret, location} = a.company;
  if (lang === 'fr')
    return `${name} (SIREN ${siren}), ${location === 'establishment' ? `établissement ${siret}` : 'siège'} : `;
  return `${name} (SIREN ${siren}), ${location === 'establishment' ? `establishment ${siret}` : 'head office'}: `;
}

function typedPrefix(r: Reason, lang: Lang): string {
  if (r.via === 'arrondissement')
    return lang === 'fr'
      ? `${r.typed} est un arrondissement municipal. `
      : `${r.typed} is a municipal arrondissement. `;
  if (r.via === 'old-code')
    return lang === 'fr'
      ? `${r.typed} est un ancien code INSEE. `
      : `${r.typed} is a former INSEE code. `;
  return '';
}

function oldCode(r: Reason, lang: Lang): string {
  if (!r.oldCodeOf) return '';
  return lang === 'fr'
    ? `${r.detail} est aussi un ancien code INSEE (${commune(r.oldCodeOf)}), écarté au profit du code postal. `
    : `${r.detail} is also a former INSEE code (${commune(r.oldCodeOf)}), set aside for the postcode. `;
}
