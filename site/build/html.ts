/**
 * A tiny HTML template for the site's pages: interpolated values are escaped unless they are already `Html`
 * (another template's output). Page text may come from data (territory names, JSDoc), never trusted as markup.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | null | undefined | false | Value[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof Html) return value.value;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Html(out);
}

/** Markup written by us (never data): inline code in JSDoc descriptions, for example. */
export const trusted = (markup: string): Html => new Html(markup);

/** JSDoc text with `code` spans: escaped, then the backticks become <code>. */
export const inlineCode = (text: string): Html =>
  new Html(escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>'));

/** https links only, as everywhere in the toolkit: a source URL is data. */
export const link = (url: string, text: string) =>
  url.startsWith('https://')
    ? html`<a href="${url}">${text}</a>`
    : html`${text}`;
