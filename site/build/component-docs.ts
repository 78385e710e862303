import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {FrenchComponentDocs} from '../../components/src/internal/docs-fr.ts';
import {fundingWidgetDocsFr} from '../../components/src/funding-widget/funding-widget.docs.fr.ts';
import {listCheckDocsFr} from '../../components/src/list-check/list-check.docs.fr.ts';
import {priorityCardsDocsFr} from '../../components/src/priority-cards/priority-cards.docs.fr.ts';
import {serviceFinderDocsFr} from '../../components/src/service-finder/service-finder.docs.fr.ts';
import {territoryCardDocsFr} from '../../components/src/territory-card/territory-card.docs.fr.ts';
import {territoryMapDocsFr} from '../../components/src/territory-map/territory-map.docs.fr.ts';
import type {Bilingual} from './lang.ts';
import {COMPONENTS_ROOT} from './paths.ts';

/**
 * One component's public API as custom-elements.json describes it (generated from the classes' JSDoc), each text
 * in both languages: the English from the manifest, the French from the component's `<folder>.docs.fr.ts`.
 */
export interface ComponentDoc {
  tag: string;
  className: string;
  summary: Bilingual;
  attributes: {
    name: string;
    type: string;
    default: string;
    description: Bilingual;
  }[];
  events: {name: string; description: Bilingual; detailType: string}[];
  parts: {name: string; description: Bilingual}[];
  cssProperties: {name: string; description: Bilingual}[];
}

/** The French reference of each component, by tag (issue 17: the site speaks French first). */
export const FRENCH_DOCS: Readonly<Record<string, FrenchComponentDocs>> = {
  'ti-funding-widget': fundingWidgetDocsFr,
  'ti-list-check': listCheckDocsFr,
  'ti-priority-cards': priorityCardsDocsFr,
  'ti-service-finder': serviceFinderDocsFr,
  'ti-territory-card': territoryCardDocsFr,
  'ti-territory-map': territoryMapDocsFr,
};

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

/** A record's own entry: a member named `constructor` must not find Object.prototype's. */
const own = (record: Record<string, string> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The JSDoc wraps long lines: the manifest keeps the line breaks, a page does not need them. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A text with no words outside its `code` spans (`none`, `--ti-x`) reads the same in both languages, so its
 * French version may repeat it.
 */
export const isPureCode = (text: string): boolean =>
  !/\p{L}/u.test(text.replace(/`[^`]*`/g, ''));

/**
 * The texts of the components, in both languages. A French text that is still missing (a member just added to
 * the JSDoc) falls back to the English, which the page marks as English: component-docs.test.ts fails on it.
 */
export function readComponentDocs(
  french: Readonly<Record<string, FrenchComponentDocs>> = FRENCH_DOCS
): ComponentDoc[] {
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
    .map((d) =>
      toDoc(
        d,
        Object.hasOwn(french, d.tagName!) ? french[d.tagName!] : undefined
      )
    )
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

function toDoc(d: Declaration, fr?: FrenchComponentDocs): ComponentDoc {
  const both = (en: string | undefined, french: string | undefined) => {
    const english = oneLine(en ?? '');
    return {en: english, fr: french === undefined ? english : oneLine(french)};
  };
  // The analyzer lists each event twice: the @fires line (name, description) and the dispatchEvent call (class).
  const classes = (d.events ?? [])
    .map((e) => e.type?.text)
    .filter((text): text is string => !!text);
  return {
    tag: d.tagName!,
    className: d.name,
    summary: both(d.summary, fr?.summary),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      type: a.type?.text ?? 'string',
      default: a.default ?? '',
      description: both(a.description, own(fr?.attributes, a.name)),
    })),
    events: (d.events ?? [])
      .filter((e) => e.name?.startsWith('ti-') && e.description)
      .map((e) => ({
        name: e.name!,
        description: both(e.description, own(fr?.events, e.name!)),
        detailType:
          classes.find((c) => eventNameOf(c) === e.name) ?? 'CustomEvent',
      })),
    parts: (d.cssParts ?? []).map((p) => ({
      name: p.name,
      description: both(p.description, own(fr?.parts, p.name)),
    })),
    cssProperties: (d.cssProperties ?? []).map((p) => ({
      name: p.name,
      description: both(p.description, own(fr?.cssProperties, p.name)),
    })),
  };
}
