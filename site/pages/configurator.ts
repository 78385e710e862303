import {CONFIGURATOR_MESSAGES} from '../client/configurator-messages.ts';
import {COMPONENT_TAGS, type ThemeDefaults} from '../client/embed-spec.ts';
import {normalizeName} from '../../packages/core/src/places/normalize-name.ts';
import {html, inlineCode} from '../build/html.ts';
import {LANGS, sitePath, type Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';
import {territoryChoices} from '../build/territory-index.ts';
import {CONFIGURATOR_TEXT} from './configurator-text.ts';

const DEFAULT_TERRITORY = 'ti-1109';
const THEMES = ['light', 'auto', 'dark', 'sober'] as const;

const radio = (name: string, value: string, label: string, checked = false) =>
  html`<div class="choice">
    <input
      type="radio"
      name="${name}"
      id="${name}-${value}"
      value="${value}"
      ${checked ? 'checked' : ''}
    />
    <label for="${name}-${value}">${label}</label>
  </div>`;

/**
 * The embed configurator. The form works from server-written options (every territory is an <option>); its
 * script (client/configurator.ts) filters them, draws the preview and writes the snippet.
 */
export function configuratorPage(ctx: SiteContext, lang: Lang): Page {
  const {data, cdn, resize, components, scripts} = ctx;
  const text = CONFIGURATOR_TEXT[lang];
  const to = (path: string) => sitePath(lang, path);
  const summaries = new Map(components.map((c) => [c.tag, c.summary[lang]]));
  const territories = territoryChoices(data).sort((a, b) =>
    a.name.localeCompare(b.name, 'fr')
  );
  const defaults = themeDefaults(ctx);
  const body = html`<h1>${text.title}</h1>
    <p class="prose">${text.intro(to)}</p>
    <div class="configurator">
      <form
        id="configurator"
        data-cdn-scripts="${JSON.stringify(cdn.scripts)}"
        data-resize-path="${resize.path}"
        data-resize-integrity="${resize.integrity}"
        data-embed-path="/embed/"
        data-theme-defaults="${JSON.stringify(defaults)}"
      >
        <fieldset>
          <legend>${text.component}</legend>
          ${COMPONENT_TAGS.map(
            (tag) =>
              html`<div class="choice">
                  <input
                    type="radio"
                    name="component"
                    id="component-${tag}"
                    value="${tag}"
                    aria-describedby="component-${tag}-summary"
                    ${tag === 'ti-service-finder' ? 'checked' : ''}
                  />
                  <label for="component-${tag}"
                    ><code>&lt;${tag}&gt;</code></label
                  >
                </div>
                <p class="hint" id="component-${tag}-summary">
                  ${inlineCode(openingPhrase(summaries.get(tag) ?? ''))}
                </p>`
          )}
        </fieldset>
        <fieldset id="territory-fields">
          <legend>${text.territory}</legend>
          <label for="territory-search">${text.search}</label>
          <p class="hint" id="territory-search-hint">${text.searchHint}</p>
          <input
            type="search"
            id="territory-search"
            autocomplete="off"
            aria-describedby="territory-search-hint territory-count place-status"
          />
          <label for="territory">${text.territoryList}</label>
          <select id="territory" size="6">
            ${territories.map(
              (t) =>
                html`<option
                  value="${t.id}"
                  data-search="${normalizeName([t.name, t.id, ...t.places.map((p) => p.label)].join(' | '))}"
                  data-places="${JSON.stringify(t.places)}"
                  ${t.id === DEFAULT_TERRITORY ? 'selected' : ''}
                >
                  ${t.name} (${t.departments.join(', ')})
                </option>`
            )}
          </select>
          <p class="hint" id="territory-count" aria-live="polite">
            ${CONFIGURATOR_MESSAGES[lang].territories(territories.length)}
          </p>
          <p class="hint" id="place-status" role="status"></p>
          <div id="place-field">
            <label for="place">${text.place}</label>
            <select id="place"></select>
            <p class="hint">${text.placeHint}</p>
          </div>
          ${Object.entries(text.noTerritory).map(
            ([tag, hint]) =>
              html`<p class="hint" data-no-territory="${tag}" hidden>
                ${hint}
              </p>`
          )}
        </fieldset>
        <fieldset aria-describedby="lang-hint">
          <legend>${text.language}</legend>
          <p class="hint" id="lang-hint">${text.languageHint}</p>
          ${LANGS.map((value) =>
            radio('lang', value, text.languages[value], value === 'fr')
          )}
        </fieldset>
        <fieldset>
          <legend>${text.theme}</legend>
          ${THEMES.map((value) =>
            radio('theme', value, text.themes[value], value === 'light')
          )}
        </fieldset>
        <fieldset>
          <legend>${text.colours}</legend>
          <label for="accent">${text.accent}</label>
          <input type="color" id="accent" value="${defaults.default.accent}" />
          <label for="accent-dark">${text.accentDark}</label>
          <input
            type="color"
            id="accent-dark"
            value="${defaults.default['accent-dark']}"
          />
          <label for="radius">${text.corners}</label>
          <select id="radius">
            ${text.radii.map(
              ([value, label]) =>
                html`<option
                  value="${value}"
                  ${value === '0.5rem' ? 'selected' : ''}
                >
                  ${label}
                </option>`
            )}
          </select>
          <p id="contrast" class="hint" role="status"></p>
        </fieldset>
        <fieldset>
          <legend>${text.embedding}</legend>
          ${radio('mode', 'script', text.modes.script, true)}
          ${radio('mode', 'iframe', text.modes.iframe)}
        </fieldset>
      </form>
      <div>
        <h2>${text.snippet}</h2>
        <label for="snippet">${text.pasteHere}</label>
        <textarea
          id="snippet"
          class="snippet"
          readonly
          spellcheck="false"
        ></textarea>
        <p>
          <button type="button" class="primary" id="copy">${text.copy}</button>
          <span id="copy-status" role="status"></span>
        </p>
        <p class="hint">${text.versions(cdn.version, to)}</p>
        <h2 id="preview-title">${text.preview}</h2>
        <div
          id="preview"
          class="preview"
          role="region"
          aria-labelledby="preview-title"
          tabindex="0"
        ></div>
      </div>
    </div>`;
  return page(
    lang,
    '/configurator/',
    shell({
      lang,
      title: text.title,
      path: '/configurator/',
      body,
      data,
      scripts: [
        {src: cdn.entry.path, integrity: cdn.entry.integrity},
        {src: resize.path, integrity: resize.integrity},
        {src: scripts.configurator},
      ],
    })
  );
}

/** A summary's opening phrase (up to its first full stop or colon), for the hint under each component's name. */
const openingPhrase = (summary: string) =>
  `${summary.split(/\. |\s?: /)[0]!.replace(/\.$/, '')}.`;

/**
 * The colour and corner pickers' start values in the default theme and in the sober one, read from the themes'
 * source (site/build/system-tokens.ts), so that choosing the sober theme shows its own accent and corners, and
 * only what the partner changes goes into the snippet.
 */
function themeDefaults(ctx: SiteContext): ThemeDefaults {
  const token = (name: string) => ctx.tokens.find((t) => t.name === name)!;
  const primary = token('--ti-sys-color-primary');
  const corner = token('--ti-sys-shape-corner');
  const base = {
    accent: primary.fallback,
    'accent-dark': token('--ti-sys-dark-color-primary').fallback,
    radius: corner.fallback,
  };
  return {
    default: base,
    sober: {
      ...base,
      accent: primary.sober ?? base.accent,
      radius: corner.sober ?? base.radius,
    },
  };
}
