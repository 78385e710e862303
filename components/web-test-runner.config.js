// Component tests in Debian's Chromium (toolchain.md): Playwright drives it, no browser download.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';

const executablePath = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: {exportConditions: ['development']},
  rootDir: '..',
  // The esbuild plugin reads the tsconfig raw (no `extends`): the root one holds the decorator settings.
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    }),
  ],
  testFramework: {config: {timeout: 10000}},
};
