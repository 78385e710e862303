import {COMPONENT_TAGS, type ThemeDefaults} from '../client/embed-spec.ts';
import {normalizeName} from '../../packages/core/src/places/normalize-name.ts';
import {html} from '../build/html.ts';
import type {Lang} from '../build/lang.ts';
import {page, shell, type Page} from '../build/layout.ts';
import type {SiteContext} from '../build/site-context.ts';
import {territoryChoices} from '../build/territory-index.ts';

const DEFAULT_TERRITORY = 'ti-1109';

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
  const summaries = new Map(components.map((c) => [c.tag, c.summary]));
  const territories = territoryChoices(data).sort((a, b) =>
    a.name.localeCompare(b.name, 'fr')
  );
  const defaults = themeDefaults(ctx);
  const body = html`<h1>Embed configurator</h1>
    <p class="prose">
      Choose what to show and how it looks; the preview is the real component.
      Copy the snippet into your page: one script tag (a versioned address with
      its integrity hash) and the element. If your content editor removes
      scripts, choose the iframe. Notes for WordPress and Drupal are in the
      <a href="/docs/cms/">CMS guide</a>.
    </p>
    <div class="configurator">
      <form
        id="configurator"
        data-cdn-path="${cdn.entry.path}"
        data-cdn-integrity="${cdn.entry.integrity}"
        data-resize-path="${resize.path}"
        data-resize-integrity="${resize.integrity}"
        data-embed-path="/embed/"
        data-theme-defaults="${JSON.stringify(defaults)}"
      >
        <fieldset>
          <legend>Component</legend>
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
                  ${(summaries.get(tag) ?? '').split('. ')[0]!.replace(/\.$/, '')}.
                </p>`
          )}
        </fieldset>
        <fieldset id="territory-fields">
          <legend>Territory</legend>
          <label for="territory-search">Search a territory or a place</label>
          <p class="hint" id="territory-search-hint">
            A territory's name or id (ti-1109), an intercommunality, a commune,
            a postcode, an INSEE code or a SIREN.
          </p>
          <input
            type="search"
            id="territory-search"
            autocomplete="off"
            aria-describedby="territory-search-hint territory-count place-status"
          />
          <label for="territory">Territory</label>
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
            ${territories.length} territories
          </p>
          <p class="hint" id="place-status" role="status"></p>
          <div id="place-field">
            <label for="place">Place given to the component</label>
            <select id="place"></select>
            <p class="hint">
              The finder and the funding widget take a place, not a territory:
              the place searched, or one of the territory's intercommunalities.
            </p>
          </div>
          <p class="hint" id="territory-unused" hidden>
            The priorities are the programme's: the cards are the same in every
            territory.
          </p>
        </fieldset>
        <fieldset>
          <legend>Language</legend>
          ${radio('lang', 'fr', 'French', true)}
          ${radio('lang', 'en', 'English')}
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          ${radio('theme', 'light', 'Light (site without a dark mode)', true)}
          ${radio('theme', 'auto', "Follow the visitor's system")}
          ${radio('theme', 'dark', 'Dark')}
          ${radio('theme', 'sober', 'Sober (deep blue, square corners)')}
        </fieldset>
        <fieldset>
          <legend>Colours</legend>
          <label for="accent">Accent colour (buttons, links)</label>
          <input type="color" id="accent" value="${defaults.default.accent}" />
          <label for="accent-dark">Accent colour in the dark theme</label>
          <input
            type="color"
            id="accent-dark"
            value="${defaults.default['accent-dark']}"
          />
          <label for="radius">Corners</label>
          <select id="radius">
            <option value="0">Square</option>
            <option value="0.25rem">Slightly rounded</option>
            <option value="0.5rem" selected>Rounded (default)</option>
            <option value="1rem">Very rounded</option>
          </select>
          <p id="contrast" class="hint" role="status"></p>
        </fieldset>
        <fieldset>
          <legend>Embedding</legend>
          ${radio('mode', 'script', 'Script tag (recommended)', true)}
          ${radio('mode', 'iframe', 'Iframe (editors that remove scripts)')}
        </fieldset>
      </form>
      <div>
        <h2>Snippet</h2>
        <label for="snippet"
          >Paste this where the component should appear</label
        >
        <textarea
          id="snippet"
          class="snippet"
          readonly
          spellcheck="false"
        ></textarea>
        <p>
          <button type="button" class="primary" id="copy">
            Copy the snippet
          </button>
          <span id="copy-status" role="status"></span>
        </p>
        <p class="hint">
          The address names version ${cdn.version}: it never changes, so the
          integrity hash stays valid and your page keeps working when a new
          version comes out. To upgrade, take a new snippet. The hash covers
          this script; the parts it loads later are named by their content (see
          the <a href="/docs/#versions">embedding guide</a>).
        </p>
        <h2 id="preview-title">Preview</h2>
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
      title: 'Embed configurator',
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
