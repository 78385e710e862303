/**
 * The part a company plays in a legal notice ("mentions légales"), from the heading or words just before its
 * identifier: the site's publisher, its host, or the agency that made it. A notice names them in that order
 * more often than not, but not always, and the adviser visiting a company's site wants its publisher.
 */
export type NoticeRole = 'publisher' | 'host' | 'maker';

// Accents optional: pages write "Editeur" as often as "Éditeur". Whole words only ("publication" is not one);
// \b would not do, it knows no accented letter.
const word = (alternatives: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');

const ROLE_WORDS: readonly [NoticeRole, RegExp][] = [
  [
    'publisher',
    word(
      '[ée]diteur|[ée]dit[ée]e? par|publisher|published by|propri[ée]taire du site'
    ),
  ],
  [
    'host',
    word(
      'h[ée]bergeur|h[ée]berg[ée]e? par|h[ée]bergement|hosting|hosted by|host'
    ),
  ],
  [
    'maker',
    word(
      'r[ée]alisation|r[ée]alis[ée]e? par|conception|con[çc]ue? par|d[ée]velopp[ée]e? par|cr[ée]ation du site|webdesign|web agency|designed by'
    ),
  ],
];

/** How far back a role word still speaks of an identifier: a notice's section, not the page before it. */
export const ROLE_REACH = 400;

/** The role announced by the nearest role word before `index` in `text`, or null when none is within reach. */
export function noticeRole(text: string, index: number): NoticeRole | null {
  const before = text.slice(Math.max(0, index - ROLE_REACH), index);
  let best: NoticeRole | null = null;
  let bestAt = -1;
  for (const [role, words] of ROLE_WORDS) {
    words.lastIndex = 0;
    for (const match of before.matchAll(words)) {
      if (match.index > bestAt) {
        bestAt = match.index;
        best = role;
      }
    }
  }
  return best;
}
