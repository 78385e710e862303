import {
  setCustomElementsManifest,
  type Preview,
} from '@storybook/web-components-vite';
import {html} from 'lit';
import cem from '../components/custom-elements.json' with {type: 'json'};
import {HIGH_CONTRAST} from '../components/src/styles/high-contrast.ts';

// Controls and docs come from the components' JSDoc (run `pnpm components:manifest` first).
setCustomElementsManifest(cem);

export default {
  parameters: {
    // A story with an axe violation fails its test (vitest addon) and shows in the a11y panel.
    a11y: {test: 'error'},
    controls: {expanded: true},
  },
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
        items: [
          {value: 'light', title: 'Neutre clair'},
          {value: 'dark', title: 'Sombre'},
          {value: 'contrast', title: 'Contraste élevé'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'fr', theme: 'light'},
  decorators: [
    (story, {globals}) => {
      const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
      const style = globals['theme'] === 'contrast' ? HIGH_CONTRAST : '';
      const background =
        theme === 'dark'
          ? '#161a20'
          : globals['theme'] === 'contrast'
            ? '#000'
            : '#fff';
      // Components read `theme` on themselves: set it on each one the story renders, unless the story chose.
      queueMicrotask(() =>
        document.querySelectorAll('[data-ti-story] *').forEach((el) => {
          if (
            el.localName.startsWith('ti-') &&
            !el.hasAttribute('data-theme-fixed') &&
            !el.hasAttribute('theme-fixed')
          )
            el.setAttribute('theme', theme);
        })
      );
      return html`<div
        data-ti-story
        lang=${globals['lang'] === 'en' ? 'en' : 'fr'}
        style="padding:1rem;background:${background};${style}"
      >
        ${story()}
      </div>`;
    },
  ],
} satisfies Preview;
