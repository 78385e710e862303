/**
 * The family's one list of components. A new component is its folder (`src/<name>/`, the files the conventions
 * test asks for) and one line here: the CDN loader, the package exports, the size check, the accessibility states,
 * the reflow pages and the configurator derive from this list or are checked against it. No imports here: the
 * configurator's own script reads it without loading any component.
 */
export const COMPONENT_TAGS = [
  'ti-priority-cards',
  'ti-service-finder',
  'ti-funding-widget',
  'ti-territory-card',
  'ti-territory-map',
  'ti-list-check',
] as const;

export type ComponentTag = (typeof COMPONENT_TAGS)[number];

/** The folder and module name: the tag without its prefix. */
export type ComponentName = ComponentTag extends `ti-${infer Name}`
  ? Name
  : never;

export const componentName = (tag: ComponentTag) =>
  tag.slice(3) as ComponentName;

export const COMPONENT_NAMES: readonly ComponentName[] =
  COMPONENT_TAGS.map(componentName);
