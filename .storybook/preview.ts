import {
  setCustomElementsManifest,
  type Preview,
} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import cem from '../components/custom-elements.json' with {type: 'json'};
import ComponentDocs from './component-docs.mdx';
import {storyArgTypes} from './controls.ts';
import {declarationOf, type Manifest} from './manifest.ts';
import {THEMES, themeBackground, themeById} from './themes.ts';

// Docs come from the components' JSDoc (run `pnpm components:manifest` first); see docs/storybook.md.
setCustomElementsManifest(cem);
const manifest = cem as Manifest;

export default {
  // A docs page per component (component-docs.mdx); the tokens page opts out.
  tags: ['autodocs'],
  parameters: {
    // A story with an axe violation fails its test (vitest addon) and shows in the a11y panel.
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {
      page: ComponentDocs,
      // The summary, then the description, of the class JSDoc.
      extractComponentDescription: (component: unknown) => {
        const declaration =
          typeof component === 'string'
            ? declarationOf(manifest, component)
            : undefined;
        return [declaration?.summary, declaration?.description]
          .filter(Boolean)
          .join('\n\n');
      },
    },
  },
  // Controls from the manifest's public fields only (controls.ts); the framework's own reading offers private
  // members, parts and custom properties as controls.
  argTypesEnhancers: [(context) => storyArgTypes(manifest, context)],
  globalTypes: {
    lang: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          {value: 'fr', title: 'Français'},
          {value: 'en', title: 'English'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: THEMES.map((theme) => ({value: theme.id, title: theme.title})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'fr', theme: 'light'},
  decorators: [
    (story, {globals}) => {
      const theme = themeById(globals['theme']);
      const wrapper = createRef<HTMLElement>();
      // Components read `theme` on themselves: set it on each one this story renders, unless the story chose. Only
      // this story's: a docs page renders every story of a component in one document, each with its own theme.
      queueMicrotask(() =>
        wrapper.value?.querySelectorAll('*').forEach((el) => {
          if (
            el.localName.startsWith('ti-') &&
            !el.hasAttribute('data-theme-fixed') &&
            !el.hasAttribute('theme-fixed')
          )
            el.setAttribute('theme', theme.attribute);
        })
      );
      // The components take the page's font family (docs/decisions/0019-partner-look.md): the stories stand in a
      // page set in the system's sans-serif, as most partner sites are, rather than the browser's default serif.
      return html`<div
        ${ref(wrapper)}
        data-ti-story
        lang=${globals['lang'] === 'en' ? 'en' : 'fr'}
        style="padding:1rem;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:${themeBackground(theme)};${theme.tokens}"
      >
        ${story()}
      </div>`;
    },
  ],
} satisfies Preview;
