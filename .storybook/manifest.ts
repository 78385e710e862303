// Storybook's view of `custom-elements.json`: which members a designer may set (Controls) and the API tables of each
// component's docs page. Pure functions over the manifest, so that the controls test reads the same rules.

/** The parts of a custom-elements.json (schema 2.x) that Storybook uses. */
export interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

export interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & {default?: string; syntax?: string})[];
}

export interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  type?: {text: string};
  default?: string;
  description?: string;
  attribute?: string;
  deprecated?: boolean | string;
}

export interface Attribute {
  name: string;
  fieldName?: string;
  type?: {text: string};
  default?: string;
  description?: string;
}

export interface Described {
  name?: string;
  description?: string;
  type?: {text: string};
}

export function declarationOf(
  manifest: Manifest,
  tag: string
): Declaration | undefined {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag);
}

/** Every custom element of the manifest, by tag. */
export function customElements(manifest: Manifest): Declaration[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

/**
 * The members a page author sets: public (no `privacy`, or `public`), instance, writable fields that are not marked
 * `@internal` or `@deprecated`. Lit's `@state()` fields, controllers and handlers are private in our classes
 * (house style), so the analyzer marks them and they never get here.
 */
export function publicFields(declaration: Declaration): Member[] {
  return (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      (member.privacy ?? 'public') === 'public' &&
      !member.static &&
      !member.readonly &&
      !member.deprecated &&
      !/@internal\b/.test(member.description ?? '') &&
      !member.name.startsWith('_')
  );
}

export type Control =
  | {type: 'boolean'}
  | {type: 'number'}
  | {type: 'text'}
  | {type: 'select'; options: string[]};

/**
 * The control of a public field, from its declared type: a boolean, a number, a union of string literals (a select)
 * or a string. Anything else (objects, arrays, functions, type aliases the manifest does not expand) gets no control:
 * a JSON box is no use to a designer.
 */
export function controlFor(member: Member): Control | undefined {
  const type = (member.type?.text ?? '').replace(/\s+/g, ' ').trim();
  if (type === 'boolean') return {type: 'boolean'};
  if (type === 'number') return {type: 'number'};
  if (type === 'string') return {type: 'text'};
  const literals = type.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part)))
    return {type: 'select', options: literals.map((part) => part.slice(1, -1))};
  return undefined;
}

/** The public fields of a component that can have a control, by name. */
export function controllableFields(
  declaration: Declaration
): Map<string, {member: Member; control: Control}> {
  const fields = new Map<string, {member: Member; control: Control}>();
  for (const member of publicFields(declaration)) {
    const control = controlFor(member);
    if (control) fields.set(member.name, {member, control});
  }
  return fields;
}

/** Events documented with `@fires` (the analyzer also lists each `dispatchEvent` call, unnamed or by variable). */
export function documentedEvents(declaration: Declaration): Described[] {
  return (declaration.events ?? []).filter(
    (event) => event.name && event.description
  );
}

const cell = (text: string | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim() || '—';
const code = (text: string | undefined): string =>
  text ? `\`${text.replace(/\|/g, '\\|')}\`` : '—';

function table(headers: string[], rows: string[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * The API of a component as Markdown, for its docs page: attributes and properties, events, slots, parts and CSS
 * custom properties, all from the manifest (so from the class JSDoc). Parts and custom properties are documented
 * here, never offered as controls: they are set from the page's CSS.
 */
export function apiMarkdown(declaration: Declaration): string {
  const sections: string[] = [];
  const fields = publicFields(declaration);
  if (fields.length)
    sections.push(
      '### Attributs et propriétés',
      table(
        ['Attribut', 'Propriété', 'Type', 'Défaut', 'Description'],
        fields.map((field) => [
          code(field.attribute),
          code(field.name),
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ])
      )
    );
  const events = documentedEvents(declaration);
  if (events.length)
    sections.push(
      '### Événements',
      'Ils remontent le DOM (`bubbles`) et traversent les shadow roots (`composed`).',
      table(
        ['Événement', 'Description'],
        events.map((event) => [code(event.name), cell(event.description)])
      )
    );
  const slots = declaration.slots ?? [];
  if (slots.length)
    sections.push(
      '### Slots',
      table(
        ['Slot', 'Description'],
        slots.map((slot) => [
          slot.name ? code(slot.name) : '(défaut)',
          cell(slot.description),
        ])
      )
    );
  const parts = declaration.cssParts ?? [];
  if (parts.length)
    sections.push(
      '### Parties (`::part`)',
      `À styler depuis la feuille de style de la page : \`${declaration.tagName}::part(base) { … }\`.`,
      table(
        ['Partie', 'Description'],
        parts.map((part) => [
          code(`::part(${part.name})`),
          cell(part.description),
        ])
      )
    );
  const properties = declaration.cssProperties ?? [];
  if (properties.length)
    sections.push(
      '### Propriétés CSS',
      'Chacune retombe sur un jeton système `--ti-sys-*` (page « Fondations / Jetons »), puis sur une valeur du thème.',
      table(
        ['Propriété', 'Description'],
        properties.map((property) => [
          code(property.name),
          cell(property.description),
        ])
      )
    );
  return sections.join('\n\n');
}
