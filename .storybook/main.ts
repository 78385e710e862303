import type {StorybookConfig} from '@storybook/web-components-vite';

export default {
  stories: ['../components/src/**/*.stories.ts', './tokens.stories.ts'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // No telemetry: no network calls from our machines, and builds stay fast offline.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Pre-bundle what the components import lazily, so that the first story to load the place tables does not
  // make Vite re-optimise and reload the page mid-test.
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'minisearch',
        'valibot',
      ],
    },
  }),
} satisfies StorybookConfig;
