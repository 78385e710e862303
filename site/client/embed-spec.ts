/**
 * What a partner embeds, as the configurator builds it and the iframe page reads it back from its URL:
 * one component, its attributes, its language and theme, and a few theme tokens. Everything read from a URL is
 * checked against these lists, so the iframe page never sets an attribute or a style it does not know.
 */
import {
  COMPONENT_TAGS,
  type ComponentTag,
} from '../../components/src/component-tags.ts';
import type {Lang} from '../../components/src/i18n/lang.ts';

export {COMPONENT_TAGS, type ComponentTag};

/** Attributes passed on by the iframe page, per component (a test checks them against custom-elements.json). */
export const EMBED_ATTRIBUTES: Record<ComponentTag, readonly string[]> = {
  'ti-priority-cards': ['selected', 'layout', 'heading-level'],
  'ti-service-finder': [
    'query',
    'priority',
    'beneficiary',
    'kind',
    'operator',
    'status',
    'place',
    'no-place',
    'heading-level',
  ],
  'ti-funding-widget': [
    'who',
    'size',
    'place',
    'project',
    'hires',
    'heading-level',
  ],
  'ti-territory-card': ['territory', 'place', 'heading-level'],
  'ti-territory-map': ['territory', 'place', 'region', 'phase'],
  'ti-list-check': ['no-store'],
};

/** The theme tokens the configurator sets, by their short URL name. */
export const TOKENS = {
  accent: '--ti-sys-color-primary',
  'accent-dark': '--ti-sys-dark-color-primary',
  radius: '--ti-sys-shape-corner',
} as const;
export type TokenName = keyof typeof TOKENS;

const TOKEN_VALUE: Record<TokenName, RegExp> = {
  accent: /^#[0-9a-f]{6}$/i,
  'accent-dark': /^#[0-9a-f]{6}$/i,
  radius: /^(0|[0-9](\.[0-9]{1,2})?rem)$/,
};

export type {Lang};
export type Theme = 'auto' | 'light' | 'dark' | 'sober';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sober'];

/** The configurator's colour and corner pickers' start values in the default and the sober theme. */
export interface ThemeDefaults {
  default: Record<'accent' | 'accent-dark' | 'radius', string>;
  sober: Record<'accent' | 'accent-dark' | 'radius', string>;
}

export interface EmbedSpec {
  tag: ComponentTag;
  lang: Lang;
  theme: Theme;
  attributes: Record<string, string>;
  tokens: Partial<Record<TokenName, string>>;
}

/** Why an address was refused, for the iframe page to say in the address's language (client/embed-messages.ts). */
export type EmbedProblem =
  | {code: 'unknown-component'; component: string}
  | {code: 'invalid-token'; token: TokenName};

export type Parsed<T> =
  {ok: true; value: T} | {ok: false; reason: EmbedProblem};

const isTag = (value: string): value is ComponentTag =>
  (COMPONENT_TAGS as readonly string[]).includes(value);

/** The iframe page's query string: `component`, `lang`, `theme`, then attributes and tokens by name. */
export function specToSearch(spec: EmbedSpec): string {
  const params = new URLSearchParams({
    component: spec.tag,
    lang: spec.lang,
    theme: spec.theme,
  });
  for (const [name, value] of Object.entries(spec.attributes))
    params.set(name, value);
  for (const [name, value] of Object.entries(spec.tokens))
    if (value) params.set(name, value);
  return `?${params.toString()}`;
}

/** The address's language, read even from an address refused: `lang=en` is English, anything else French. */
export const embedLang = (search: string): Lang =>
  new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'fr';

export function parseEmbedSearch(search: string): Parsed<EmbedSpec> {
  const params = new URLSearchParams(search);
  const tag = params.get('component') ?? '';
  if (!isTag(tag))
    return {
      ok: false,
      reason: {code: 'unknown-component', component: tag.slice(0, 40)},
    };
  const theme = params.get('theme');
  const spec: EmbedSpec = {
    tag,
    lang: embedLang(search),
    theme: THEMES.find((known) => known === theme) ?? 'auto',
    attributes: {},
    tokens: {},
  };
  for (const name of EMBED_ATTRIBUTES[tag]) {
    const value = params.get(name);
    if (value !== null) spec.attributes[name] = value.slice(0, 200);
  }
  for (const name of Object.keys(TOKENS) as TokenName[]) {
    const value = params.get(name);
    if (value === null) continue;
    if (!TOKEN_VALUE[name].test(value))
      return {ok: false, reason: {code: 'invalid-token', token: name}};
    spec.tokens[name] = value;
  }
  return {ok: true, value: spec};
}

/** `--ti-sys-color-primary: #8a1c4a; …` for the tokens that are set. */
export function tokenStyle(tokens: EmbedSpec['tokens']): string {
  return (Object.keys(tokens) as TokenName[])
    .filter((name) => tokens[name])
    .map((name) => `${TOKENS[name]}: ${tokens[name]}`)
    .join('; ');
}

/** The element, built with the DOM (no markup parsing): what the preview and the iframe page show. */
export function createEmbedElement(
  doc: Document,
  spec: EmbedSpec
): HTMLElement {
  const element = doc.createElement(spec.tag);
  for (const [name, value] of Object.entries(spec.attributes))
    element.setAttribute(name, value);
  element.setAttribute('lang', spec.lang);
  element.setAttribute('theme', spec.theme);
  for (const name of Object.keys(spec.tokens) as TokenName[]) {
    const value = spec.tokens[name];
    if (value) element.style.setProperty(TOKENS[name], value);
  }
  return element;
}
