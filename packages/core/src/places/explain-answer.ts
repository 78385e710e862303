import type {
  CommuneRef,
  GroupementRef,
  PlaceAnswer,
  PlaceCandidate,
  TerritoryRef,
} from './place-answer.ts';

export type Lang = 'fr' | 'en';

/** Plain-language reason of an answer, with the data vintage as proof. */
export function explainAnswer(answer: PlaceAnswer, lang: Lang = 'fr'): string {
  const t = TEXT[lang];
  return `${t.reason(answer)} ${t.vintage(answer)}`;
}

/** One line per candidate of an ambiguous answer. */
export function explainCandidate(
  candidate: PlaceCandidate,
  lang: Lang = 'fr'
): string {
  const t = TEXT[lang];
  const where = candidate.commune
    ? commune(candidate.commune)
    : candidate.groupement
      ? candidate.groupement.name
      : '';
  return `${where}: ${candidate.territory ? territory(candidate.territory) : t.none}`;
}

const commune = (c: CommuneRef) => `${c.name} (${c.code})`;
const territory = (t: TerritoryRef) => `${t.name} (${t.id}, ${t.phase})`;
const groupement = (g: GroupementRef | null) =>
  g ? `${g.name} (${g.siren})` : '';

interface Texts {
  none: string;
  reason(answer: PlaceAnswer): string;
  vintage(answer: PlaceAnswer): string;
}

const TEXT: Record<Lang, Texts> = {
  fr: {
    none: 'hors Territoire d’industrie',
    vintage: ({vintage: v}) =>
      `Source : ${v.attribution} ; périmètre ${v.phase}, communes au COG ${v.cogYear}.`,
    reason(a) {
      const r = a.reason;
      const typed =
        r.via === 'arrondissement'
          ? `${r.typed} est un arrondissement de ${a.commune?.name}. `
          : r.via === 'old-code'
            ? `${r.typed} est l’ancien code d’une commune fusionnée dans ${a.commune?.name}. `
            : '';
      const company = a.company
        ? `${a.company.name} (SIREN ${a.company.siren}), ${a.company.location === 'establishment' ? `établissement ${a.company.siret}` : 'siège'} : `
        : '';
      switch (r.code) {
        case 'commune-in-territory':
          return `${company}${typed}${commune(a.commune!)} fait partie du Territoire d’industrie ${territory(a.territory!)}${
            r.membership === 'commune-listed'
              ? `, où elle est inscrite seule${a.groupement ? ` (son intercommunalité ${groupement(a.groupement)} n’en fait pas partie entière)` : ''}.`
              : ` par son intercommunalité ${groupement(a.groupement)}.`
          }`;
        case 'commune-not-in-territory':
          return `${company}${typed}${commune(a.commune!)} n’est dans aucun Territoire d’industrie${
            a.groupement
              ? ` : son intercommunalité ${groupement(a.groupement)} n’en fait pas partie.`
              : ' : elle n’appartient à aucune intercommunalité.'
          }`;
        case 'postcode-one-outcome':
          if (a.communes!.length === 1)
            return `Le code postal ${r.detail} est celui de ${commune(a.communes![0]!)}, ${
              a.territory
                ? `dans le Territoire d’industrie ${territory(a.territory)}.`
                : 'qui n’est dans aucun Territoire d’industrie.'
            }`;
          return `Le code postal ${r.detail} couvre ${a.communes!.map(commune).join(', ')} : ${
            a.territory
              ? `toutes dans ${territory(a.territory)}.`
              : 'aucune n’est dans un Territoire d’industrie.'
          }`;
        case 'postcode-several-outcomes':
          return `Le code postal ${r.detail} couvre des communes de territoires différents : choisissez la commune.`;
        case 'code-both-insee-and-postcode':
          return `${r.detail} est à la fois un code INSEE et un code postal${
            a.status === 'ambiguous'
              ? ' aux réponses différentes : choisissez la commune.'
              : a.territory
                ? `, tous deux dans ${territory(a.territory)}.`
                : ', tous deux hors Territoire d’industrie.'
          }`;
        case 'name-homonyms':
          return `Plusieurs communes s’appellent « ${a.input.trim()} » : choisissez la bonne.`;
        case 'name-several-matches':
          return `Plusieurs communes correspondent à « ${a.input.trim()} » : précisez.`;
        case 'groupement-in-territory':
          return `${groupement(a.groupement)} fait partie entière du Territoire d’industrie ${territory(a.territory!)}.`;
        case 'groupement-partly-in-territories':
          return `Une partie seulement de ${groupement(a.groupement)} est en Territoire d’industrie : la réponse dépend de la commune.`;
        case 'groupement-not-in-territory':
          return `${groupement(a.groupement)} ne fait partie d’aucun Territoire d’industrie.`;
        case 'unknown-code':
          return `${company}Aucune commune n’a le code INSEE ${r.detail}.`;
        case 'unknown-postcode':
          return `Aucune commune n’a le code postal ${r.detail}.`;
        case 'unknown-name':
          return `Aucune commune ne s’appelle « ${r.detail} ».`;
        case 'company-not-found':
          return `Entreprise introuvable dans l’annuaire public (inconnue ou non diffusible).`;
        case 'company-without-location':
          return `${company}l’annuaire ne donne pas sa commune.`;
        case 'company-lookup-failed':
          return `La recherche de l’entreprise a échoué : ${r.detail}.`;
        case 'company-lookup-unavailable':
          return `Ce SIREN ou SIRET n’est pas une intercommunalité ; localiser une entreprise demande l’annuaire en ligne.`;
        case 'invalid-input':
          return `Saisie non reconnue (${r.detail}) : tapez une commune, un code postal, un code INSEE, un SIREN ou un SIRET.`;
      }
    },
  },
  en: {
    none: 'not in a Territoire d’industrie',
    vintage: ({vintage: v}) =>
      `Source: ${v.attribution}; perimeter ${v.phase}, communes as of COG ${v.cogYear}.`,
    reason(a) {
      const r = a.reason;
      const typed =
        r.via === 'arrondissement'
          ? `${r.typed} is an arrondissement of ${a.commune?.name}. `
          : r.via === 'old-code'
            ? `${r.typed} is the former code of a commune merged into ${a.commune?.name}. `
            : '';
      const company = a.company
        ? `${a.company.name} (SIREN ${a.company.siren}), ${a.company.location === 'establishment' ? `establishment ${a.company.siret}` : 'head office'}: `
        : '';
      switch (r.code) {
        case 'commune-in-territory':
          return `${company}${typed}${commune(a.commune!)} is in the Territoire d’industrie ${territory(a.territory!)}${
            r.membership === 'commune-listed'
              ? `, where it is listed on its own${a.groupement ? ` (its intercommunality ${groupement(a.groupement)} is not wholly part of it)` : ''}.`
              : ` through its intercommunality ${groupement(a.groupement)}.`
          }`;
        case 'commune-not-in-territory':
          return `${company}${typed}${commune(a.commune!)} is not in any Territoire d’industrie${
            a.groupement
              ? `: its intercommunality ${groupement(a.groupement)} is not part of one.`
              : ': it belongs to no intercommunality.'
          }`;
        case 'postcode-one-outcome':
          if (a.communes!.length === 1)
            return `Postcode ${r.detail} is that of ${commune(a.communes![0]!)}, ${
              a.territory
                ? `in the Territoire d’industrie ${territory(a.territory)}.`
                : 'which is not in any Territoire d’industrie.'
            }`;
          return `Postcode ${r.detail} covers ${a.communes!.map(commune).join(', ')}: ${
            a.territory
              ? `all in ${territory(a.territory)}.`
              : 'none is in a Territoire d’industrie.'
          }`;
        case 'postcode-several-outcomes':
          return `Postcode ${r.detail} covers communes with different answers: choose the commune.`;
        case 'code-both-insee-and-postcode':
          return `${r.detail} is both an INSEE code and a postcode${
            a.status === 'ambiguous'
              ? ' with different answers: choose the commune.'
              : a.territory
                ? `, both in ${territory(a.territory)}.`
                : ', neither in a Territoire d’industrie.'
          }`;
        case 'name-homonyms':
          return `Several communes are called “${a.input.trim()}”: choose one.`;
        case 'name-several-matches':
          return `Several communes match “${a.input.trim()}”: be more specific.`;
        case 'groupement-in-territory':
          return `${groupement(a.groupement)} is wholly part of the Territoire d’industrie ${territory(a.territory!)}.`;
        case 'groupement-partly-in-territories':
          return `Only part of ${groupement(a.groupement)} is in a Territoire d’industrie: the answer depends on the commune.`;
        case 'groupement-not-in-territory':
          return `${groupement(a.groupement)} is not part of any Territoire d’industrie.`;
        case 'unknown-code':
          return `${company}No commune has the INSEE code ${r.detail}.`;
        case 'unknown-postcode':
          return `No commune has the postcode ${r.detail}.`;
        case 'unknown-name':
          return `No commune is called “${r.detail}”.`;
        case 'company-not-found':
          return `Company not found in the public directory (unknown or not public).`;
        case 'company-without-location':
          return `${company}the directory gives no commune.`;
        case 'company-lookup-failed':
          return `The company lookup failed: ${r.detail}.`;
        case 'company-lookup-unavailable':
          return `This SIREN or SIRET is not an intercommunality's; locating a company needs the online directory.`;
        case 'invalid-input':
          return `Not a place (${r.detail}): type a commune, a postcode, an INSEE code, a SIREN or a SIRET.`;
      }
    },
  },
};
