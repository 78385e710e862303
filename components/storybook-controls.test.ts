import {readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {composeConfigs, composeStories} from 'storybook/preview-api';
import type {
  ArgTypes,
  ProjectAnnotations,
  Renderer,
} from 'storybook/internal/types';
import {describe, expect, it, vi} from 'vitest';
import {controlProblems} from '../.storybook/controls.ts';
import {
  apiMarkdown,
  customElements,
  publicFields,
  type Manifest,
} from '../.storybook/manifest.ts';
import cem from './custom-elements.json' with {type: 'json'};

// The docs page template is MDX, compiled by Storybook's builder only: its content plays no part in argTypes.
vi.mock('../.storybook/component-docs.mdx', () => ({default: () => null}));

const manifest = cem as Manifest;
// Storybook's web-components entry marks `window` as it loads; in Node the window is the global object. Lit's Node
// build defines the elements on its own small registry.
vi.stubGlobal('window', globalThis);
const root = fileURLToPath(new URL('..', import.meta.url));
// The framework's own annotations, as Storybook composes them before ours (its argTypes read the whole manifest).
const framework = createRequire(
  createRequire(import.meta.url).resolve(
    '@storybook/web-components-vite/package.json'
  )
);
const annotations = composeConfigs([
  await import(framework.resolve('@storybook/web-components/entry-preview')),
  await import(
    framework.resolve('@storybook/web-components/entry-preview-argtypes')
  ),
  await import('../.storybook/preview.ts'),
] as ProjectAnnotations<Renderer>[]);

const storyFiles = [
  ...readdirSync(join(root, 'components/src'), {
    recursive: true,
    encoding: 'utf8',
  })
    .filter((file) => file.endsWith('.stories.ts'))
    .map((file) => join(root, 'components/src', file)),
  join(root, '.storybook/tokens.stories.ts'),
];

describe('Storybook controls', () => {
  it('finds the stories of every component', () => {
    expect(storyFiles.length).toBeGreaterThanOrEqual(
      customElements(manifest).length
    );
  });

  for (const file of storyFiles)
    it(`${file.slice(root.length)}: offers controls for public fields only`, async () => {
      const module = await import(file);
      const stories = Object.values(composeStories(module, annotations)) as {
        id: string;
        argTypes: ArgTypes;
      }[];
      expect(stories.length).toBeGreaterThan(0);
      for (const story of stories) {
        const problems = controlProblems(
          manifest,
          module.default.component,
          story.argTypes
        ).map((problem) => `${story.id} ${problem.arg}: ${problem.reason}`);
        expect(problems).toEqual([]);
        if (module.default.component) {
          const shown = Object.values(story.argTypes).filter(
            (argType) => argType.control && !argType.table?.disable
          );
          expect(shown.length).toBeGreaterThan(0);
        }
      }
    });

  it('flags a control for a private member, a part or a custom property', () => {
    const declaration = customElements(manifest).find(
      (element) => element.tagName === 'ti-territory-card'
    )!;
    const part = declaration.cssParts![0]!.name!;
    const property = declaration.cssProperties![0]!.name!;
    expect(
      controlProblems(manifest, 'ti-territory-card', {
        place: {name: 'place', control: {type: 'text'}},
        langController: {name: 'langController', control: {type: 'object'}},
        [part]: {name: `::part(${part})`, control: {type: 'object'}},
        [property]: {name: property, control: {type: 'color'}},
        lang: {name: 'lang', control: false, table: {disable: true}},
      }).map((problem) => problem.arg)
    ).toEqual(['langController', part, property]);
  });
});

describe('component docs pages', () => {
  for (const declaration of customElements(manifest))
    it(`${declaration.tagName}: documents its attributes, events, parts and custom properties`, () => {
      const markdown = apiMarkdown(declaration);
      for (const field of publicFields(declaration))
        expect(markdown).toContain(`\`${field.name}\``);
      for (const part of declaration.cssParts ?? [])
        expect(markdown).toContain(`\`::part(${part.name})\``);
      for (const property of declaration.cssProperties ?? [])
        expect(markdown).toContain(`\`${property.name}\``);
      expect(markdown).not.toMatch(/langController|placeController/);
    });
});
