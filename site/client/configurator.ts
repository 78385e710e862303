/**
 * The embed configurator: reads the form, shows the real component (or the iframe) in the preview, and writes the
 * snippet with absolute, versioned URLs and their SRI hashes (given by the build in the form's data attributes).
 */
import {normalizeName} from '../../packages/core/src/places/normalize-name.ts';
import {IFRAME_DEFAULTS} from './component-labels.ts';
import {contrastRatio} from './contrast.ts';
import {
  createEmbedElement,
  specToSearch,
  type ComponentTag,
  type EmbedSpec,
  type Lang,
  type Theme,
} from './embed-spec.ts';
import {iframeSnippet, scriptSnippet, type ScriptRef} from './snippet.ts';

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

const absolute = (path: string) => new URL(path, location.origin).href;
const data = form.dataset;
const cdnScript: ScriptRef = {
  url: absolute(data.cdnPath!),
  integrity: data.cdnIntegrity!,
};
const resizeScript: ScriptRef = {
  url: absolute(data.resizePath!),
  integrity: data.resizeIntegrity!,
};
const embedPage = absolute(data.embedPath!);

const DEFAULT_TOKENS = {
  accent: '#2c4f8c',
  'accent-dark': '#9dbcf2',
  radius: '0.5rem',
};
const allOptions = [...territory.options];

const checked = (name: string) =>
  form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;

function readSpec(): EmbedSpec {
  const tag = checked('component') as ComponentTag;
  const attributes: Record<string, string> = {};
  if (tag === 'ti-territory-card' && territory.value)
    attributes.territory = territory.value;
  if (
    (tag === 'ti-service-finder' || tag === 'ti-funding-widget') &&
    place.value
  )
    attributes.place = place.value;
  const tokens: EmbedSpec['tokens'] = {};
  for (const name of ['accent', 'accent-dark', 'radius'] as const) {
    const value = byId<HTMLInputElement>(name).value;
    // Only what differs from the default goes into the snippet.
    if (value.toLowerCase() !== DEFAULT_TOKENS[name]) tokens[name] = value;
  }
  return {
    tag,
    lang: checked('lang') as Lang,
    theme: checked('theme') as Theme,
    attributes,
    tokens,
  };
}

function filterTerritories(): void {
  const query = normalizeName(search.value);
  const matches = allOptions.filter((o) => o.dataset.search!.includes(query));
  const selected = territory.value;
  territory.replaceChildren(...matches);
  if (matches.some((o) => o.value === selected)) territory.value = selected;
  else if (matches[0]) territory.value = matches[0].value;
  byId('territory-count').textContent =
    matches.length === 1 ? '1 territory' : `${matches.length} territories`;
}

function fillPlaces(): void {
  const option = territory.selectedOptions[0];
  const places = option
    ? (JSON.parse(option.dataset.places!) as {value: string; label: string}[])
    : [];
  const previous = place.value;
  place.replaceChildren(
    ...places.map((p) => new Option(`${p.label} (${p.value})`, p.value))
  );
  // The intercommunality the search named, else the one chosen before, else the first.
  const query = normalizeName(search.value);
  const named =
    query && places.find((p) => normalizeName(p.label).includes(query));
  if (named) place.value = named.value;
  else if (places.some((p) => p.value === previous)) place.value = previous;
}

function checkContrast(spec: EmbedSpec): void {
  const light = spec.tokens.accent ?? DEFAULT_TOKENS.accent;
  const dark = spec.tokens['accent-dark'] ?? DEFAULT_TOKENS['accent-dark'];
  const problems: string[] = [];
  // Against the default surfaces and the text drawn on the accent (#ffffff on light, #0d1a30 on dark).
  if (
    Math.min(contrastRatio(light, '#ffffff'), contrastRatio(light, '#f2f4f7')) <
    4.5
  )
    problems.push(
      'the accent colour is too light for text on a light background'
    );
  if (
    Math.min(contrastRatio(dark, '#161a20'), contrastRatio(dark, '#0d1a30')) <
    4.5
  )
    problems.push('the dark-theme accent is too dark for a dark background');
  contrast.textContent = problems.length
    ? `Contrast below 4.5:1: ${problems.join('; ')}.`
    : 'Contrast of the accent colours: at least 4.5:1.';
  contrast.classList.toggle('warning', problems.length > 0);
}

function update(): void {
  const spec = readSpec();
  const cardsOnly = spec.tag === 'ti-priority-cards';
  byId('territory-unused').hidden = !cardsOnly;
  byId('place-field').hidden =
    spec.tag !== 'ti-service-finder' && spec.tag !== 'ti-funding-widget';
  search.disabled = territory.disabled = cardsOnly;
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
    });
  } else {
    preview.replaceChildren(createEmbedElement(document, spec));
    snippet.value = scriptSnippet(spec, cdnScript);
  }
  copyStatus.textContent = '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // Without clipboard access (permissions, older browsers), select the text for Ctrl+C.
    snippet.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

search.addEventListener('input', () => {
  filterTerritories();
  fillPlaces();
  update();
});
territory.addEventListener('change', () => {
  fillPlaces();
  update();
});
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
byId('copy').addEventListener('click', () => void copy());
fillPlaces();
update();
