import {HIGH_CONTRAST} from '../components/src/styles/high-contrast.ts';
import {themeStyles} from '../components/src/styles/theme.styles.ts';

/** A theme of the toolbar and of the tokens page: a `theme` attribute, plus the tokens a page would set. */
export interface StoryTheme {
  id: string;
  title: string;
  /** The components' `theme` attribute. */
  attribute: string;
  /** `--ti-sys-*` declarations set on an ancestor, as a partner's page would (empty for the built-in themes). */
  tokens: string;
}

const TITLES: Record<string, string> = {
  light: 'Neutre clair',
  dark: 'Sombre',
  sober: 'Sobre',
  contrast: 'Contraste élevé',
};

/**
 * The values of `theme` the shared theme styles: `light` (the `:host` block) and each `[theme='…']` selector of
 * `themeStyles`, so that a theme added there reaches the toolbar, the tokens page and the visual check by itself.
 */
export function attributeThemes(cssText = themeStyles.cssText): string[] {
  const names = new Set(['light']);
  for (const match of cssText.matchAll(/\[theme=['"]?([\w-]+)['"]?\]/g))
    names.add(match[1]!);
  return [...names];
}

/** Every theme: the built-in ones, then the high-contrast one a partner writes with the public tokens alone. */
export const THEMES: readonly StoryTheme[] = [
  ...attributeThemes().map((name) => ({
    id: name,
    title: TITLES[name] ?? name,
    attribute: name,
    tokens: '',
  })),
  {
    id: 'contrast',
    title: TITLES['contrast']!,
    attribute: 'light',
    tokens: HIGH_CONTRAST,
  },
];

export function themeById(id: unknown): StoryTheme {
  return THEMES.find((theme) => theme.id === id) ?? THEMES[0]!;
}

/**
 * A bare shadow host styled by the shared theme, in a wrapper that carries the theme's page tokens: what every
 * component's `:host` computes, without any component. The caller removes the wrapper.
 */
export function themeProbe(
  theme: StoryTheme,
  hostStyle = ''
): {wrapper: HTMLElement; host: HTMLElement} {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', theme.tokens);
  const host = document.createElement('div');
  host.setAttribute('theme', theme.attribute);
  host.setAttribute('style', hostStyle);
  host.attachShadow({mode: 'open'}).adoptedStyleSheets = [
    themeStyles.styleSheet!,
  ];
  wrapper.append(host);
  document.body.append(wrapper);
  return {wrapper, host};
}

const backgrounds = new Map<string, string>();

/** The surface colour of a theme, for the page around a story: a dark component on a white page is no review. */
export function themeBackground(theme: StoryTheme): string {
  let background = backgrounds.get(theme.id);
  if (!background) {
    const {wrapper, host} = themeProbe(theme);
    background = getComputedStyle(host).backgroundColor;
    wrapper.remove();
    backgrounds.set(theme.id, background);
  }
  return background;
}

/** Every `--ti-sys-*` token the shared theme reads, in the order of the source. */
export function systemTokens(cssText = themeStyles.cssText): string[] {
  return [...new Set(cssText.match(/--ti-sys-[a-z0-9-]+/g) ?? [])];
}

/** The declarations that read a token: `--_bg: var(--ti-sys-color-surface, …)`, `font-family: var(…)`. */
function readers(cssText = themeStyles.cssText): string[] {
  return [
    ...new Set(
      [...cssText.matchAll(/([\w-]+)\s*:\s*var\(\s*--ti-sys-/g)].map(
        (match) => match[1]!
      )
    ),
  ];
}

/** What a token gives the components in a theme; `undefined` when the theme does not read it. */
export type TokenValues = Map<string, string | undefined>;

/**
 * Measures a theme on a live shadow host rather than re-reading the source: each token is set to a marker, the
 * declarations that then show the marker are the ones that read it in this theme, and the same declarations on a
 * host without markers give the token's value (the theme's default, or what the page sets, as the high-contrast
 * theme does).
 */
export function measureTheme(theme: StoryTheme): TokenValues {
  const tokens = systemTokens();
  const properties = readers();
  const marker = (token: string) => `ti-marker${token}`;
  const marked = themeProbe(
    theme,
    tokens.map((token) => `${token}:${marker(token)}`).join(';')
  );
  const plain = themeProbe(theme);
  const markedStyle = getComputedStyle(marked.host);
  const plainStyle = getComputedStyle(plain.host);
  const values: TokenValues = new Map();
  for (const token of tokens) {
    const reader = properties.find(
      (property) =>
        markedStyle.getPropertyValue(property).trim() === marker(token)
    );
    const value = reader && plainStyle.getPropertyValue(reader).trim();
    // A token without a default (the font) leaves the declaration invalid, so the host inherits the page's value.
    const inherited =
      reader &&
      !reader.startsWith('--') &&
      value === getComputedStyle(plain.wrapper).getPropertyValue(reader).trim();
    values.set(
      token,
      reader ? (inherited ? `${value} (de la page)` : value) : undefined
    );
  }
  marked.wrapper.remove();
  plain.wrapper.remove();
  return values;
}
