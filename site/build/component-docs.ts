import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {COMPONENTS_ROOT} from './paths.ts';

/** One component's public API as custom-elements.json describes it (generated from the classes' JSDoc). */
export interface ComponentDoc {
  tag: string;
  className: string;
  summary: string;
  attributes: {
    name: string;
    type: string;
    default: string;
    description: string;
  }[];
  events: {name: string; description: string; detailType: string}[];
  parts: {name: string; description: string}[];
  cssProperties: {name: string; description: string}[];
}

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  name: string;
  summary?: string;
  attributes?: {
    name: string;
    type?: {text: string};
    default?: string;
    description?: string;
  }[];
  events?: {name?: string; description?: string; type?: {text: string}}[];
  cssParts?: {name: string; description?: string}[];
  cssProperties?: {name: string; description?: string}[];
}

const MANIFEST = join(COMPONENTS_ROOT, 'custom-elements.json');

/** TiPlaceResolveEvent -> ti-place-resolve: the events folder's naming rule (house style §2). */
const eventNameOf = (className: string): string =>
  className
    .replace(/Event$/, '')
    .replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());

export function readComponentDocs(): ComponentDoc[] {
  let manifest: {modules: {declarations?: Declaration[]}[]};
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as typeof manifest;
  } catch {
    throw new Error(
      'components/custom-elements.json is missing: run `pnpm components:manifest` first'
    );
  }
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => toDoc(d))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

function toDoc(d: Declaration): ComponentDoc {
  // The analyzer lists each event twice: the @fires line (name, description) and the dispatchEvent call (class).
  const classes = (d.events ?? [])
    .map((e) => e.type?.text)
    .filter((text): text is string => !!text);
  return {
    tag: d.tagName!,
    className: d.name,
    summary: d.summary ?? '',
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      type: a.type?.text ?? 'string',
      default: a.default ?? '',
      description: a.description ?? '',
    })),
    events: (d.events ?? [])
      .filter((e) => e.name?.startsWith('ti-') && e.description)
      .map((e) => ({
        name: e.name!,
        description: e.description!,
        detailType:
          classes.find((c) => eventNameOf(c) === e.name) ?? 'CustomEvent',
      })),
    parts: (d.cssParts ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? '',
    })),
    cssProperties: (d.cssProperties ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? '',
    })),
  };
}
