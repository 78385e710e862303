import {specToSearch, tokenStyle, type EmbedSpec} from './embed-spec.ts';

/** A script on the CDN: its absolute, versioned URL and its SRI hash. */
export interface ScriptRef {
  url: string;
  integrity: string;
}

const escapeAttribute = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const attribute = (name: string, value: string): string =>
  value === '' ? name : `${name}="${escapeAttribute(value)}"`;

/** The element with its attributes, as a partner pastes it. */
export function elementMarkup(spec: EmbedSpec): string {
  const style = tokenStyle(spec.tokens);
  const attributes = [
    ...Object.entries(spec.attributes).map(([n, v]) => attribute(n, v)),
    attribute('lang', spec.lang),
    attribute('theme', spec.theme),
    ...(style ? [attribute('style', style)] : []),
  ];
  return `<${spec.tag}\n  ${attributes.join('\n  ')}\n></${spec.tag}>`;
}

const scriptTag = (script: ScriptRef, extra = ''): string =>
  `<script type="module" src="${escapeAttribute(script.url)}"\n  integrity="${script.integrity}" crossorigin="anonymous"${extra}></script>`;

/** The recommended embedding: one module script (versioned URL + SRI), then the element. */
export function scriptSnippet(spec: EmbedSpec, script: ScriptRef): string {
  return `${scriptTag(script)}\n\n${elementMarkup(spec)}\n`;
}

/** An HTML comment of ours: words only, never `--` (which would end it early) or markup. */
const comment = (text: string): string =>
  `<!-- ${text.replace(/-{2,}/g, '-').replace(/[<>]/g, '')} -->`;

/**
 * The fallback for editors that strip scripts: an iframe of the embed page. Its height follows the content only
 * where the site can add the small resize script once (theme, footer); elsewhere it keeps `height` and scrolls.
 * `title` is in the component's language (the iframe's content), `resizeComment` in the configurator's.
 */
export function iframeSnippet(
  spec: EmbedSpec,
  embedPage: string,
  resize: ScriptRef,
  options: {title: string; height: number; resizeComment: string}
): string {
  const src = `${embedPage}${specToSearch(spec)}`;
  return `<iframe src="${escapeAttribute(src)}"
  title="${escapeAttribute(options.title)}"
  width="100%" height="${options.height}" loading="lazy"
  style="border: 0; width: 100%"></iframe>

${comment(options.resizeComment)}
${scriptTag(resize, ' async')}
`;
}
