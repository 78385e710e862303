import type {NoticeRole} from './page-company.ts';

// The part a company plays in a legal notice, from the nearest role word before its identifier. Two kinds of
// words, from the wording real notices use (site builders' templates, agencies', hosts'; French and English):
// - phrases that say it in a sentence ("édité par", "hébergé par", "designed by"): they always count;
// - section labels, nouns ("Éditeur", "Hébergement", "Raison sociale", "Réalisation"): they count only as a
//   label, that is followed by a colon, a dash or a line break, or starting a line. The template sentence
//   "les intervenants dans le cadre de sa réalisation et de son suivi : Propriétaire : X" names X's role in
//   "Propriétaire", not in "réalisation"; a label after a possessive ("sa réalisation") is never one.
// Words are matched on whitespace-normalised text: the reach does not depend on the page's indentation.

const PHRASES: Record<NoticeRole, string> = {
  publisher:
    '[ée]dit[ée]e? par|publi[ée]e? par|est la propri[ée]t[ée] de|appartient [àa]|exploit[ée]e? par|published by|operated by|owned by|is the property of|is published by',
  host: 'h[ée]berg[ée]e? (?:par|chez)|h[ée]bergement (?:est )?(?:assur[ée]|fourni) par|hosted (?:by|with|at)|hosting (?:is )?provided by',
  maker:
    'r[ée]alis[ée]e? par|con[çc]ue? par|d[ée]velopp[ée]e? par|cr[ée]{2}e? par|propuls[ée]e? par|designed by|developed by|built by|made by|created by|powered by',
  credit:
    'photos? (?:de|par)|photographi[ée]e?s? par|photo(?:graph)?s? by|images? by|illustrations? (?:de|par|by)',
};

const LABELS: Record<NoticeRole, string> = {
  publisher: [
    '[ée]diteur(?: du site)?',
    '[ée]ditrice',
    'soci[ée]t[ée] [ée]ditrice',
    'propri[ée]taire(?: du site)?',
    'raison sociale',
    'd[ée]nomination(?: sociale)?',
    "nom (?:de l'entreprise|de la soci[ée]t[ée])",
    "informations sur l'entreprise",
    "identit[ée] de l'entreprise",
    'exploitant(?: du site)?',
    'titulaire(?: du site)?',
    '(?:responsable|directeur|directrice) de (?:la )?publication',
    '(?:responsable|directeur|directrice) (?:de la )?publication',
    'publisher',
    '(?:site |website )?owner',
    'company(?: name| information| details)?',
    'legal name',
    'editor',
    '(?:publication director|director of publication|managing editor)',
  ].join('|'),
  host: [
    'h[ée]bergeur(?: du site)?',
    'h[ée]bergement(?: du site)?(?: internet| web)?',
    "prestataire d'h[ée]bergement",
    '(?:web )?host(?:ing)?(?: provider| company)?',
  ].join('|'),
  maker: [
    'r[ée]alisation(?: du site)?',
    'conception(?: du site)?',
    'cr[ée]ation(?: du site)?',
    'cr[ée]ateur(?: du site)?',
    'd[ée]veloppement(?: du site)?',
    'webdesign',
    'web ?master',
    'agence(?: web)?',
    'prestataire',
    'credits',
    'cr[ée]dits',
    '(?:web )?design(?: and development)?',
    'development',
    'web agency',
  ].join('|'),
  credit: [
    'cr[ée]dits? photos?',
    'cr[ée]dits? photographiques',
    'photos?',
    'photographies?',
    'photographe',
    'illustrations?',
    'images?',
    'photo credits?',
    'photography',
    'pictures?',
  ].join('|'),
};

// Whole words only (no \b: it knows no accented letter). A label must be followed by ":" or a dash or end its
// line within a few characters ("Éditeur du site :", "Hébergement\n"), or start a line.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const LABEL_END = '(?=[^\\S\\n]{0,3}(?:[:：\\-–—]|\\n|$))';
const LINE_START = '(?<=^|\\n)';
const POSSESSIVE = '(?<!(?:^|\\s)(?:sa|son|ses|leur|leurs|its|their) )';

const ROLE_WORDS: readonly [NoticeRole, RegExp][] = (
  Object.keys(PHRASES) as NoticeRole[]
).map((role) => [
  role,
  new RegExp(
    [
      `${B}(?:${PHRASES[role]})${E}`,
      `${POSSESSIVE}${B}(?:${LABELS[role]})${E}${LABEL_END}`,
      // A heading run into its text ("Hébergement OVH SAS…"); not for credits ("Photos de l'atelier").
      ...(role === 'credit' ? [] : [`${LINE_START}(?:${LABELS[role]})${E}`]),
    ].join('|'),
    'giu'
  ),
]);

/** How far back a role word still speaks of an identifier, in characters of whitespace-normalised text. */
export const ROLE_REACH = 400;

/**
 * Whitespace as a reader sees it: a run with a line break is one line break, any other run one space. The
 * last `reach` characters of it before `index`.
 */
function normalisedBefore(text: string, index: number, reach: number): string {
  // Indentation can be long, but never more than a few times the text it indents.
  const raw = text.slice(Math.max(0, index - reach * 8), index);
  const normalised = raw.replace(/\s+/g, (run) =>
    run.includes('\n') ? '\n' : ' '
  );
  return normalised.slice(-reach);
}

/** The role announced by the nearest role word before `index` in `text`, or null when none is within reach. */
export function noticeRole(text: string, index: number): NoticeRole | null {
  const before = normalisedBefore(text, index, ROLE_REACH);
  let best: NoticeRole | null = null;
  let bestEnd = -1;
  for (const [role, words] of ROLE_WORDS) {
    words.lastIndex = 0;
    for (const match of before.matchAll(words)) {
      const end = match.index + match[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = role;
      }
    }
  }
  return best;
}
