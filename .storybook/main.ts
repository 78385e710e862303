import type {StorybookConfig} from '@storybook/web-components-vite';

export default {
  stories: ['../components/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // No telemetry: no network calls from our machines, and builds stay fast offline.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
} satisfies StorybookConfig;
