// What an element's name says about the text in it, read from tag names alone (no style, no layout): whether it
// is a block, and how strongly its edges break the text. Two strengths, because the scanner reads a label
// across the first and not across the second (@ti-toolkit/core's findCompanyIds):
// - a line break "\n" between side-by-side cells or a label and its value ("SIREN" | "732 829 320");
// - a paragraph break "\n\n" between paragraphs, list items, headings and sections, where a word at the end of
//   one ("... au RCS.") says nothing about a number at the start of the next.

/**
 * Inline, line block, paragraph block, an element whose own text a reader never sees, or an inline element
 * named like a custom element (a hyphen in its name), which may host a shadow root.
 */
export type ElementKind = 0 | 1 | 2 | 3 | 4;
export const INLINE = 0;
export const HIDES_TEXT = 3;
export const CUSTOM_INLINE = 4;

/** No break, a line break, a paragraph break: the larger one wins when several fall between two texts. */
export type Break = 0 | 1 | 2;

/** What joins two texts across a line or paragraph break (inline texts: see inline-join.ts). */
export const BREAK_SEPARATORS = ['', '\n', '\n\n'] as const;

// Label and value structures: table cells and rows, description terms and details, and the divs that
// CSS layouts use for both; a line break.
const LINE_BLOCKS = [
  'br',
  'caption',
  'dd',
  'div',
  'dt',
  'figcaption',
  'summary',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
];

const PARAGRAPH_BLOCKS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'details',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
];

// Their text is code, a form field's content, an option list or an embedded document's fallback. (TEMPLATE
// holds its content in a fragment that a walk never enters; it is listed for a root that is one.)
const HIDING_TEXT = [
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'option',
  'optgroup',
  'script',
  'select',
  'style',
  'template',
  'textarea',
  'title',
  'xmp',
];

// The common inline names, listed so that a name missing from all lists is rare and can be checked for a hyphen.
const INLINE_NAMES = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'slot',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
];

// One Map for all the lists: the walk reads an element's name once and looks it up once.
const KINDS = new Map<string, ElementKind>([
  ...INLINE_NAMES.map((name) => [name, INLINE] as const),
  ...LINE_BLOCKS.map((name) => [name, 1] as const),
  ...PARAGRAPH_BLOCKS.map((name) => [name, 2] as const),
  ...HIDING_TEXT.map((name) => [name, HIDES_TEXT] as const),
]);

// The same, by element class for the classes that stand for one tag name or one kind: reading a wrapper's
// constructor is a JS property load, a tag name is a call into the DOM (measured: about 40% less for the
// walk's parent lookups on the bench page). Built on first use from this realm's classes: a content script
// has its own, and an element of another realm falls back to its name.
let kindsByClass: Map<unknown, ElementKind> | null = null;

function classKinds(): Map<unknown, ElementKind> {
  const names: [string, ElementKind][] = [
    ['HTMLAnchorElement', 0],
    ['HTMLSpanElement', 0],
    ['HTMLLabelElement', 0],
    ['HTMLImageElement', 0],
    ['HTMLBRElement', 1],
    ['HTMLDivElement', 1],
    ['HTMLTableCaptionElement', 1],
    ['HTMLTableCellElement', 1],
    ['HTMLTableRowElement', 1],
    ['HTMLTableSectionElement', 1],
    ['HTMLBodyElement', 2],
    ['HTMLDListElement', 2],
    ['HTMLDetailsElement', 2],
    ['HTMLFieldSetElement', 2],
    ['HTMLFormElement', 2],
    ['HTMLHRElement', 2],
    ['HTMLHeadingElement', 2],
    ['HTMLLIElement', 2],
    ['HTMLOListElement', 2],
    ['HTMLParagraphElement', 2],
    ['HTMLPreElement', 2],
    ['HTMLTableElement', 2],
    ['HTMLUListElement', 2],
    ['HTMLIFrameElement', HIDES_TEXT],
    ['HTMLOptGroupElement', HIDES_TEXT],
    ['HTMLOptionElement', HIDES_TEXT],
    ['HTMLScriptElement', HIDES_TEXT],
    ['HTMLSelectElement', HIDES_TEXT],
    ['HTMLStyleElement', HIDES_TEXT],
    ['HTMLTemplateElement', HIDES_TEXT],
    ['HTMLTextAreaElement', HIDES_TEXT],
    ['HTMLTitleElement', HIDES_TEXT],
  ];
  const realm = globalThis as unknown as Record<string, unknown>;
  return new Map(
    names
      .filter(([name]) => typeof realm[name] === 'function')
      .map(([name, kind]) => [realm[name], kind])
  );
}

/** What a tag name says about an element's text: inline for a name not listed, CUSTOM_INLINE with a hyphen. */
export const kindOfName = (localName: string | undefined): ElementKind =>
  KINDS.get(localName!) ?? (localName?.includes('-') ? CUSTOM_INLINE : INLINE);

/** True for the kinds the walk climbs through to find a text's block. */
export const isInline = (kind: ElementKind): boolean =>
  kind === INLINE || kind === CUSTOM_INLINE;

/** What an element's class or name says about its text; 0 (inline) for any other node (text, shadow root). */
export function kindOf(node: Node): ElementKind {
  const byClass = (kindsByClass ??= classKinds()).get(node.constructor);
  return byClass ?? kindOfName((node as Element).localName);
}

/** The break an element's edges make: none for an inline element or one that hides its text. */
export const breakOf = (node: Node): Break => {
  const kind = kindOf(node);
  return kind === 1 || kind === 2 ? kind : 0;
};

/** The break between texts in two different blocks: the stronger of their edges, a line break at least. */
export const breakBetween = (before: Break, after: Break): Break =>
  before > after ? before : after || 1;
