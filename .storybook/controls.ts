import type {ArgTypes, StrictArgTypes} from 'storybook/internal/types';
import {
  controllableFields,
  declarationOf,
  publicFields,
  type Manifest,
} from './manifest.ts';

type Context = {
  component?: unknown;
  initialArgs: Record<string, unknown>;
  argTypes: StrictArgTypes;
};

/**
 * A story's argTypes, from the manifest rather than from the framework's reading of it (which offers every member,
 * private ones included, and each part and custom property as a "Set object" control): a control for each public
 * field the story passes to its element, with the control its type calls for; any other arg of the story (a `lang`,
 * say) hidden. Options a story gives a public field (a select's values) are kept.
 */
export function storyArgTypes(
  manifest: Manifest,
  context: Context
): StrictArgTypes {
  const declaration =
    typeof context.component === 'string'
      ? declarationOf(manifest, context.component)
      : undefined;
  const fields = declaration
    ? controllableFields(declaration)
    : new Map<string, never>();
  const argTypes: StrictArgTypes = {};
  for (const name of Object.keys(context.initialArgs)) {
    const field = fields.get(name);
    const given = context.argTypes[name];
    if (!field) {
      argTypes[name] = {name, control: false, table: {disable: true}};
      continue;
    }
    const {member, control} = field;
    argTypes[name] = {
      name,
      description: member.description,
      type: {
        name:
          control.type === 'boolean'
            ? 'boolean'
            : control.type === 'number'
              ? 'number'
              : 'string',
      },
      control:
        given?.control ??
        (control.type === 'select' ? {type: 'select'} : {type: control.type}),
      ...(given?.options
        ? {options: given.options}
        : control.type === 'select'
          ? {options: control.options}
          : {}),
      table: {
        category: 'attributs',
        type: {summary: member.type?.text ?? ''},
        defaultValue: {summary: member.default ?? ''},
        ...(member.attribute ? {subcategory: undefined} : {}),
      },
    };
  }
  return argTypes;
}

/** A control a story offers that it should not: not a public field of its element, or a part or custom property. */
export interface ControlProblem {
  arg: string;
  reason: string;
}

/** Checks a story's final argTypes against the manifest; the controls test runs it on every story. */
export function controlProblems(
  manifest: Manifest,
  component: unknown,
  argTypes: ArgTypes
): ControlProblem[] {
  const declaration =
    typeof component === 'string'
      ? declarationOf(manifest, component)
      : undefined;
  const members = new Map(
    (declaration?.members ?? []).map((member) => [member.name, member])
  );
  const settable = new Set(
    declaration ? publicFields(declaration).map((field) => field.name) : []
  );
  const parts = new Set(declaration?.cssParts?.map((part) => part.name));
  const properties = new Set(
    declaration?.cssProperties?.map((property) => property.name)
  );
  const problems: ControlProblem[] = [];
  for (const [key, argType] of Object.entries(argTypes)) {
    if (!argType.control || argType.table?.disable) continue;
    const name = argType.name ?? key;
    if (settable.has(name)) continue;
    problems.push({
      arg: key,
      reason: !declaration
        ? `a control in a story without a component of the manifest (${String(component)})`
        : /^::?part\(/.test(name) || parts.has(name)
          ? 'a CSS part (documented, not a control)'
          : name.startsWith('--') || properties.has(name)
            ? 'a CSS custom property (documented, not a control)'
            : members.has(name)
              ? `a ${members.get(name)!.privacy ?? 'non-settable'} member, not a public field`
              : 'not a member of the element',
    });
  }
  return problems;
}
