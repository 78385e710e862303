import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {defineConfig} from 'vitest/config';

// Debian's Chromium (toolchain.md): no browser download.
const executablePath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/scripts/**/*.test.ts',
            'components/*.test.ts',
            'components/scripts/*.test.ts',
            'components/e2e/*.test.ts',
            'site/build/*.test.ts',
            'site/client/*.test.ts',
            'site/e2e/*.test.ts',
            'extension/e2e/*.test.ts',
            'extension/manifest.test.ts',
            'scripts/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [storybookTest({configDir: '.storybook'})],
        test: {
          name: 'storybook',
          // A story's first place answer loads and transforms the commune tables (1.4 MB) on a cold dev server:
          // seconds on a busy 2-core machine.
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath,
                args: ['--no-sandbox', '--disable-gpu'],
              },
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
