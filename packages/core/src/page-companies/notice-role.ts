import {ROLE_REACH} from './limits.ts';
import type {NoticeRole} from './page-company.ts';

// The part a company plays in a legal notice, from the nearest role word before its identifier, as real notices
// word it (site builders' templates, WordPress generators, agencies', hosts'; French and English; see the corpus
// in ./corpus). Words are read on whitespace-normalised text, without accents, soft hyphens or zero-width
// characters: the reach does not depend on the page's indentation. Four kinds of words:
// - phrases in a sentence ("édité par", "hébergé par", "designed by"); those of the publisher need the sentence to
//   speak of the site ("Ce site est édité par", not "Publié par la rédaction"), those of the host and the maker
//   need that or to open the sentence ("Hébergé par OVH", not "Vous serez hébergé chez l'habitant");
// - labels, nouns ("Éditeur", "Hébergement", "Réalisation"): followed by a colon ("Propriétaire : X", even inside
//   the generator's sentence "… dans le cadre de sa réalisation et de son suivi : Propriétaire : X"); as a
//   heading, alone on their line or before a dash ("ARTICLE 2 - L'HEBERGEUR"); in "L'hébergeur du site est";
//   some run into their text ("Hébergement OVH SAS"). Never after a possessive or as a complement ("sa
//   réalisation", "Capacité d'hébergement :"); a word that names an activity as well ("Conception", "Agence",
//   "Photos") only with a colon;
// - fields ("Raison sociale", "Company name", "Société :"), which take the role of the section they are in, the
//   publisher's when none;
// - defined terms ("ci-après « le Vendeur »", "hereinafter "the Company"").
// A word speaks for the first company after it: a company named on a later line than another company's number
// is out of its reach ("Hébergeur : OVH, RCS …" then a footer "© X – SIRET …"), unless the word is plural
// ("Éditeurs", "co-édité par"). A notice's title ("Mentions légales") starts the notice: the page's menu before it
// ("Hébergement", "Photos") names no role.

const SP = '[^\\S\\n]';
const SITE =
  '(?: (?:du|de ce|of the|of this) (?:present )?(?:site|website)(?: internet| web)?)';
const MAKER =
  'conception|realisation|creation|developpement|development|design|webdesign';
const MAKERS = `(?:web |website |site )?(?:${MAKER})`;
const MADE =
  'realisee?|concue?|developpee?|creee?|designed|developed|built|made|created';

// Labels as [role, flags, words]: each counts before a colon; h also as a heading and in "L'éditeur du site est",
// e only in the latter; r also run into its text (before a capital or a digit); p plural (reaches past another
// company's number); f a field (takes its section's role).
const LABELS: readonly [NoticeRole, string, string][] = [
  ['publisher', 'hr', `editeur${SITE}?`],
  ['publisher', 'hp', `editeurs${SITE}?|(?:website |site )?publishers`],
  [
    'publisher',
    'h',
    `(?:societe |entreprise )?editrice|proprietaire${SITE}?|(?:exploitant|titulaire|responsable)${SITE}|(?:responsable|directeur|directrice)(?: de)?(?: la)? publication|(?:informations?|identite|identification) (?:(?:sur |de )?l'(?:entreprise|editeur)|(?:sur |de )?la (?:societe|boutique)|du vendeur|editeur|vendeur)|(?:le )?vendeur|seller|(?:website |site )?publisher|(?:website|site) owner|publication director|director of publication|company (?:information|details)`,
  ],
  [
    'publisher',
    'e',
    'exploitant|titulaire|responsable (?:du|des) traitements?(?: des donnees)?|owner|editor',
  ],
  [
    'publisher',
    'hf',
    "raison sociale|denomination(?: sociale)?|nom (?:de l'entreprise|de la societe)|(?:company|legal) name",
  ],
  ['publisher', 'f', 'societe|entreprise|company'],
  [
    'host',
    'hr',
    `hebergeur${SITE}?|hebergement(?:${SITE}| web| internet)?|hosting(?: provider| company| services?)?`,
  ],
  ['host', 'hp', 'hebergeurs'],
  [
    'host',
    'h',
    "(?:prestataire|fournisseur|societe) d'hebergement|(?:web ?|website )host(?:ing)?|host(?: provider| company)",
  ],
  ['host', 'e', 'host'],
  // Two of them, or "… du site": a heading; one alone names an activity too ("Conception de machines").
  [
    'maker',
    'h',
    `${MAKERS}(?:${SP}*(?:et|&|and|/|,|\\+)${SP}*(?:${MAKER}))+${SITE}?|${MAKERS}${SITE}|(?:web|website|site) (?:${MAKER})|(?:createur|developpeur)${SITE}?|web ?master|web ?designer|web agency|agence web`,
  ],
  [
    'maker',
    '',
    `${MAKERS}|agence(?: digitale| de communication)?|prestataire(?: web)?|credits?|developer|designer`,
  ],
  [
    'credit',
    'h',
    'credits? (?:photos?|photographiques|images?|illustrations?)|(?:photo|image) credits?',
  ],
  [
    'credit',
    '',
    'photos?|photographies?|photographe|illustrations?|images?|photography|photographer',
  ],
];

// Phrases as [role, context, words]: s the sentence speaks of the site, o that or the phrase opens it, n always;
// p plural as above.
const PHRASES: readonly [NoticeRole, string, string][] = [
  [
    'publisher',
    's',
    'editee? par|edition (?:du site |de ce site )?(?:est )?assuree par|publiee? par|est (?:la )?propriete(?: exclusive)? de|appartient a|exploitee? par|published by|operated by|owned by|the (?:exclusive )?property of',
  ],
  ['publisher', 'sp', 'co-?editee? par|co-?published by'],
  [
    'host',
    'o',
    'hebergee? (?:par|chez)|hebergement (?:est )?(?:assure|fourni) par|hosted (?:by|with|at|on)|hosting (?:is )?provided by',
  ],
  [
    'maker',
    'o',
    `(?:${MADE})(?: (?:et|&|and) (?:${MADE}))* (?:par|by)|(?:${MAKER})(?: (?:et|&|and) (?:${MAKER}))* (?:par|by)`,
  ],
  [
    'credit',
    'n',
    'photos? (?:realisees |prises )?par|photographiee?s? par|photo(?:graph)?s? by|images? by|illustrations? (?:par|by)',
  ],
  // Terms a contract defines for the company it binds: "(ci-après « le Vendeur »)".
  [
    'publisher',
    'n',
    `(?:ci-?apres|hereinafter)(?: denommee?| designee?| appelee?| referred to as)? ?["'«“]? ?(?:l'|le |la |the )?(?:editeur|vendeur|prestataire|societe|company|seller|publisher)\\b ?["'»”]?`,
  ],
];

// Whole words (the text is read without accents: ASCII word boundaries are the words'). Plain case-insensitive
// expressions, without lookbehinds at their start: the scan is several times faster than with Unicode classes.
const E = '(?![a-z\\d])';
// Not after a possessive ("sa réalisation") nor as a complement ("Capacité d'hébergement", "Date de création").
const COMPLEMENT =
  /(?:^|[\s(])(?:(?:sa|son|ses|leurs?|notre|nos|votre|vos|its|their|our|your|de|du|des|of) |d')$/i;
// A heading: starts its line, after a numbering ("ARTICLE 2 -", "1.", "II)") and an article.
const HEADING = `^(?:(?:article|section)${SP}+)?(?:(?:\\d{1,2}|[ivx]{1,4})(?:[.)]${SP}*|${SP}*[-–—:.]${SP}*|${SP}+))?(?:l'|le |la |les |the )?`;

interface Rule {
  role: NoticeRole;
  words: RegExp;
  /** The rule's flags: see LABELS and PHRASES. */
  flags: string;
  runIn?: true;
}

const regExp = (source: string) => new RegExp(source, 'gim');

const RULES: readonly Rule[] = [
  ...LABELS.flatMap(([role, flags, words]): Rule[] => {
    const w = `(?:${words})${E}`;
    const forms = [`\\b${w}${SP}{0,3}[:：]`];
    if (flags.includes('h')) forms.push(`${HEADING}${w}${SP}*(?:$|[-–—]${SP})`);
    // Not for a field nor an activity: "La société est spécialisée…", "La création est notre métier".
    if (/[he]/.test(flags) && !flags.includes('f'))
      forms.push(`\\b(?:l[ea] |l'|the )${w}${SITE}? (?:est|is)${E}`);
    const rule = {role, flags, words: regExp(forms.join('|'))};
    return flags.includes('r')
      ? [
          rule,
          {role, flags, words: regExp(`${HEADING}${w}${SP}+`), runIn: true},
        ]
      : [rule];
  }),
  ...PHRASES.map(([role, flags, words]) => ({
    role,
    flags,
    words: regExp(`\\b(?:${words})${E}`),
  })),
];

const SITE_WORD =
  /\b(?:(?:web)?site|web|page|boutique|blog|plateforme|platform|application|portail|portal|shop|store)s?\b/i;

/**
 * Whether the rule's word at `start`–`end` counts: a label not as a complement, a run-in heading before a capital,
 * a phrase in its sentence.
 */
function counts(rule: Rule, text: string, start: number, end: number): boolean {
  if (rule.runIn) return /^[A-Z\d]/.test(text.slice(end, end + 1));
  if (rule.flags.includes('n')) return true;
  if (!/[so]/.test(rule.flags))
    return !COMPLEMENT.test(text.slice(Math.max(0, start - 8), start));
  let i = start - 1;
  while (i >= 0 && text[i] !== '\n' && !/[.!?;]\s/.test(text.slice(i, i + 2)))
    i--;
  const sentence = text.slice(i + 1, start);
  return (
    SITE_WORD.test(sentence) ||
    (rule.flags.includes('o') && /^[^a-z\d]*$/i.test(sentence))
  );
}

/** A notice's title on its own line: what comes before it is the page's menu and header. */
const TITLE = regExp(
  `^(?:mentions? legales?|informations? legales?|legal (?:notices?|information)|imprint|conditions generales|cgv|cgu|terms (?:and conditions|of (?:sale|use)))${E}.{0,60}$`
);

/**
 * Text as the role words read it: a whitespace run with a line break is one line break, any other run one space;
 * accents, soft hyphens and zero-width characters dropped, typographic apostrophes straight.
 */
const normalise = (raw: string): string =>
  raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));

/**
 * The text before `index` within reach, and the offset in it up to which role words are spent: the end of
 * another company's identifier `since`, when that one stands on an earlier line. A window that starts inside a
 * line starts with a mark: its first characters start no line.
 */
function window(text: string, index: number, since: number) {
  // Indentation can be long, but never more than a few times the text it indents: twice the reach in raw
  // characters is most often enough, eight times always.
  let rawStart = Math.max(0, index - ROLE_REACH * 2);
  let {before, spent} = normalised(text, rawStart, index, since);
  if (before.length < ROLE_REACH && rawStart > 0) {
    rawStart = Math.max(0, index - ROLE_REACH * 8);
    ({before, spent} = normalised(text, rawStart, index, since));
  }
  const cut = Math.max(0, before.length - ROLE_REACH);
  if (rawStart > 0 || cut > 0) {
    before = '\0' + before.slice(cut);
    spent = Math.max(0, spent - cut) + 1;
  }
  let title = 0;
  for (const match of before.matchAll(TITLE)) title = match.index;
  return {before: before.slice(title), spent: Math.max(0, spent - title)};
}

function normalised(text: string, start: number, end: number, since: number) {
  const split =
    since > start && since < end && text.slice(since, end).includes('\n')
      ? since
      : start;
  const head = normalise(text.slice(start, split));
  return {before: head + normalise(text.slice(split, end)), spent: head.length};
}

interface Word {
  role: NoticeRole;
  field: boolean;
  start: number;
  end: number;
}

/**
 * The role announced by the nearest role word before `index` in `text`, or null when none is within reach.
 * `since` is where the identifier of the company named just before ends (0 when none): the words before it
 * spoke for that company, unless both are on one line ("édité par X, SIREN … et Y, SIREN …") or the word is
 * plural ("Éditeurs").
 */
export function noticeRole(
  text: string,
  index: number,
  since = 0
): NoticeRole | null {
  const {before, spent} = window(text, index, since);
  const words: Word[] = [];
  for (const rule of RULES)
    for (const match of before.matchAll(rule.words)) {
      const start = match.index;
      const end = start + match[0].length;
      if (
        (end > spent || rule.flags.includes('p')) &&
        counts(rule, before, start, end)
      )
        words.push({
          role: rule.role,
          field: rule.flags.includes('f'),
          start,
          end,
        });
    }
  const nearest = latest(words);
  // A field ("Raison sociale : OVH SAS") is in the section of the nearest word before it; the publisher's by default.
  if (nearest?.field)
    return (
      latest(words.filter((w) => !w.field && w.end <= nearest.start))?.role ??
      'publisher'
    );
  return nearest?.role ?? null;
}

/** The word that ends last; of two ending together, the longer ("Photo credits :", not "credits :"), then not a field. */
function latest(words: readonly Word[]): Word | null {
  let best: Word | null = null;
  for (const word of words)
    if (
      best === null ||
      (word.end - best.end ||
        best.start - word.start ||
        +best.field - +word.field) > 0
    )
      best = word;
  return best;
}
