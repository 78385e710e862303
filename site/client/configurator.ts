/**
 * The embed configurator: reads the form, shows the real component (or the iframe) in the preview, and writes the
 * snippet with absolute, versioned URLs and their SRI hashes (given by the build in the form's data attributes).
 * It speaks the page's language (`<html lang>`); the snippet's `lang` is the one chosen for the component.
 */
import {toLang} from '../../components/src/i18n/lang.ts';
import {normalizeName} from '../../packages/core/src/places/normalize-name.ts';
import {IFRAME_DEFAULTS} from './component-labels.ts';
import {CONFIGURATOR_MESSAGES} from './configurator-messages.ts';
import {searchPlace, type PlaceFound} from './place-search.ts';
import {contrastRatio} from './contrast.ts';
import {
  createEmbedElement,
  specToSearch,
  type ComponentTag,
  type EmbedSpec,
  type Lang,
  type Theme,
  type ThemeDefaults,
} from './embed-spec.ts';
import {iframeSnippet, scriptSnippet, type ScriptRef} from './snippet.ts';

const pageLang = toLang(document.documentElement.lang);
const say = CONFIGURATOR_MESSAGES[pageLang];
const form = document.querySelector<HTMLFormElement>('#configurator')!;
const byId = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;
const search = byId<HTMLInputElement>('territory-search');
const territory = byId<HTMLSelectElement>('territory');
const place = byId<HTMLSelectElement>('place');
const preview = byId<HTMLDivElement>('preview');
const snippet = byId<HTMLTextAreaElement>('snippet');
const contrast = byId<HTMLParagraphElement>('contrast');
const copyStatus = byId<HTMLSpanElement>('copy-status');
const placeStatus = byId<HTMLParagraphElement>('place-status');

const absolute = (path: string) => new URL(path, location.origin).href;
const data = form.dataset;
// Each component's own script (ADR 0023): the snippet loads only the component it places.
const CDN_SCRIPTS = JSON.parse(data.cdnScripts!) as Record<
  string,
  {path: string; integrity: string}
>;
const cdnScript = (tag: string): ScriptRef => ({
  url: absolute(CDN_SCRIPTS[tag]!.path),
  integrity: CDN_SCRIPTS[tag]!.integrity,
});
const resizeScript: ScriptRef = {
  url: absolute(data.resizePath!),
  integrity: data.resizeIntegrity!,
};
const embedPage = absolute(data.embedPath!);

const TOKEN_INPUTS = ['accent', 'accent-dark', 'radius'] as const;
// Each theme's start values, from the build (the themes' source): only what differs goes into the snippet.
const THEME_DEFAULTS = JSON.parse(data.themeDefaults!) as ThemeDefaults;
const defaultsFor = (theme: Theme) =>
  theme === 'sober' ? THEME_DEFAULTS.sober : THEME_DEFAULTS.default;
const allOptions = [...territory.options];

const checked = (name: string) =>
  form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;

/** The theme the pickers' values were last set for. */
let theme = checked('theme') as Theme;

function readSpec(): EmbedSpec {
  const tag = checked('component') as ComponentTag;
  const attributes: Record<string, string> = {};
  if (
    (tag === 'ti-territory-card' || tag === 'ti-territory-map') &&
    territory.value
  )
    attributes.territory = territory.value;
  if (
    (tag === 'ti-service-finder' || tag === 'ti-funding-widget') &&
    place.value
  )
    attributes.place = place.value;
  const tokens: EmbedSpec['tokens'] = {};
  const defaults = defaultsFor(checked('theme') as Theme);
  for (const name of TOKEN_INPUTS) {
    const value = byId<HTMLInputElement>(name).value;
    // Only what differs from the theme's default goes into the snippet.
    if (value.toLowerCase() !== defaults[name]) tokens[name] = value;
  }
  return {
    tag,
    lang: checked('lang') as Lang,
    theme: checked('theme') as Theme,
    attributes,
    tokens,
  };
}

/**
 * The territories the search names (by name, id or intercommunality), and the one chosen: the searched place's
 * territory, else the first. Only the words count, never what was chosen while they were typed, so that typing
 * and pasting the same words give the same choice.
 */
function filterTerritories(found: PlaceFound | null): void {
  const query = normalizeName(search.value);
  const named = allOptions.filter((o) => o.dataset.search!.includes(query));
  const own = found?.territory
    ? allOptions.find((o) => o.value === found.territory)
    : undefined;
  const matches = own && !named.includes(own) ? [own, ...named] : named;
  territory.replaceChildren(...matches);
  territory.value = (own ?? matches[0])?.value ?? '';
  byId('territory-count').textContent = say.territories(matches.length);
}

/** The places offered: the searched place (or its candidates) first, then the territory's intercommunalities. */
function fillPlaces(
  found: PlaceFound | null = null,
  keepPrevious = false
): void {
  const option = territory.selectedOptions[0];
  const places = option
    ? (JSON.parse(option.dataset.places!) as {value: string; label: string}[])
    : [];
  const previous = place.value;
  const own = found?.choices ?? [];
  const rest = places.filter((p) => !own.some((o) => o.value === p.value));
  place.replaceChildren(
    ...[...own, ...rest].map(
      (p) => new Option(`${p.label} (${p.value})`, p.value)
    )
  );
  if (found) {
    place.value = own[0]?.value ?? '';
    return;
  }
  // The intercommunality the search named, else (after a territory was picked) the one chosen before, else the first.
  const query = normalizeName(search.value);
  const named =
    query && places.find((p) => normalizeName(p.label).includes(query));
  if (named) place.value = named.value;
  else if (keepPrevious && places.some((p) => p.value === previous))
    place.value = previous;
  else if (places[0]) place.value = places[0].value;
}

let searchRun = 0;

/** Runs the search for the words now in the field; a later search wins over one still loading. */
async function handleSearch(): Promise<void> {
  const run = ++searchRun;
  const words = search.value;
  // The territories follow at once; the place (the commune tables load on the first search) refines them.
  filterTerritories(null);
  fillPlaces(null);
  update();
  const query = normalizeName(words);
  const namesTerritory = allOptions.some((o) =>
    o.dataset.search!.includes(query)
  );
  let found: PlaceFound | null = null;
  let failed = false;
  try {
    found = await searchPlace(words, namesTerritory, pageLang);
  } catch {
    failed = true;
  }
  if (run !== searchRun) return;
  filterTerritories(found?.choices.length ? found : null);
  fillPlaces(found?.choices.length ? found : null);
  placeStatus.textContent = failed
    ? say.tablesFailed
    : placeMessage(words, found);
  placeStatus.classList.toggle('warning', failed || found?.warning === true);
  // The words this state answers: tests (and scripts) wait for it.
  placeStatus.dataset.for = words;
  update();
}

/** What happened to the words as a place, in a sentence (the status region reads it out). */
function placeMessage(words: string, found: PlaceFound | null): string {
  if (!words.trim()) return '';
  if (found) return found.message;
  const chosen = territory.selectedOptions[0];
  if (chosen && place.options.length === 0)
    return say.noIntercommunality(chosen.label);
  return territory.options.length ? '' : say.nothingMatches(words.trim());
}

function checkContrast(spec: EmbedSpec): void {
  const defaults = defaultsFor(spec.theme);
  const light = spec.tokens.accent ?? defaults.accent;
  const dark = spec.tokens['accent-dark'] ?? defaults['accent-dark'];
  const problems: string[] = [];
  // Against the default surfaces and the text drawn on the accent (#ffffff on light, #0d1a30 on dark).
  if (
    Math.min(contrastRatio(light, '#ffffff'), contrastRatio(light, '#f2f4f7')) <
    4.5
  )
    problems.push(say.tooLight);
  if (
    Math.min(contrastRatio(dark, '#161a20'), contrastRatio(dark, '#0d1a30')) <
    4.5
  )
    problems.push(say.tooDark);
  contrast.textContent = problems.length
    ? say.lowContrast(problems)
    : say.contrastOk;
  contrast.classList.toggle('warning', problems.length > 0);
}

function update(): void {
  const spec = readSpec();
  // A component that takes no territory or place has its hint (written by the page) and no search.
  const hints = document.querySelectorAll<HTMLElement>('[data-no-territory]');
  for (const hint of hints) hint.hidden = hint.dataset.noTerritory !== spec.tag;
  const noTerritory = [...hints].some((hint) => !hint.hidden);
  byId('place-field').hidden =
    spec.tag !== 'ti-service-finder' && spec.tag !== 'ti-funding-widget';
  search.disabled = territory.disabled = noTerritory;
  checkContrast(spec);
  const defaults = IFRAME_DEFAULTS[spec.tag];
  if (checked('mode') === 'iframe') {
    const frame = document.createElement('iframe');
    frame.src = `${embedPage}${specToSearch(spec)}`;
    frame.title = defaults.title[spec.lang];
    frame.height = String(defaults.height);
    frame.style.cssText = 'border: 0; width: 100%';
    preview.replaceChildren(frame);
    snippet.value = iframeSnippet(spec, embedPage, resizeScript, {
      title: defaults.title[spec.lang],
      height: defaults.height,
      resizeComment: say.resizeComment,
    });
  } else {
    const element = createEmbedElement(document, spec);
    // The preview asks no company directory (the partner's page does): our pages call no other site.
    element.setAttribute('company-api', 'none');
    preview.replaceChildren(element);
    snippet.value = scriptSnippet(spec, cdnScript(spec.tag));
  }
  copyStatus.textContent = '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = say.copied;
  } catch {
    // Without clipboard access (permissions, older browsers), select the text for Ctrl+C.
    snippet.select();
    copyStatus.textContent = say.selected;
  }
}

search.addEventListener('input', () => void handleSearch());
territory.addEventListener('change', () => {
  fillPlaces(null, true);
  update();
});
form.addEventListener('change', () => {
  // Another theme: the pickers still on the previous theme's start values move to the new one's.
  const chosen = checked('theme') as Theme;
  if (chosen !== theme) {
    for (const name of TOKEN_INPUTS) {
      const input = byId<HTMLInputElement>(name);
      if (input.value.toLowerCase() === defaultsFor(theme)[name])
        input.value = defaultsFor(chosen)[name];
    }
    theme = chosen;
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
byId('copy').addEventListener('click', () => void copy());
fillPlaces();
update();
