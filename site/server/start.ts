/**
 * `pnpm start`: builds the site (the components' CDN bundle, the pages, the docs), makes sure Storybook's static
 * build is there, and serves everything on localhost. PORT chooses the port (default 8080; 0 for any free one).
 */
import {buildSite} from '../build/build-site.ts';
import {STORYBOOK_DIR} from '../build/paths.ts';
import {ensureStorybook} from '../build/storybook.ts';
import {startSiteServer} from './site-server.ts';

const DEFAULT_PORT = 8080;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`PORT must be a port number (0-65535), not "${value}".`);
    process.exit(2);
  }
  return port;
}

const port = readPort(process.env.PORT);
const site = await buildSite();
console.log(
  `Site built in ${site.milliseconds} ms (${site.pages.length} pages).`
);

const started = performance.now();
const storybook = ensureStorybook();
if (storybook === 'built')
  console.log(
    `Storybook built in ${Math.round(performance.now() - started)} ms.`
  );
if (storybook === 'failed')
  console.warn('Storybook could not be built: /storybook/ will answer 404.');

let running;
try {
  running = await startSiteServer({
    root: site.outDir,
    storybookDir: STORYBOOK_DIR,
    port,
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is already in use: run with another one, e.g. PORT=8081 pnpm start.`
      : `The server could not start: ${String(error)}`
  );
  process.exit(1);
}

const url = `http://localhost:${running.port}`;
console.log(`
Territoires d'industrie toolkit: ${url}/
  demo partner page   ${url}/demo/
  embed configurator  ${url}/configurator/
  documentation       ${url}/docs/
  storybook           ${url}/storybook/
Press Ctrl+C to stop.`);

const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
