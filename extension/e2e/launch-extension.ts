// Starts Debian's Chromium with the unpacked test build (toolchain.md: Playwright's headless mode loads
// extensions; no browser download).
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext, type Worker} from 'playwright-core';

export const chromiumPath =
  process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** `locale` (e.g. fr-FR) sets the browser's language, which the extension's pages speak. */
export async function launchExtension(
  dir: string,
  locale?: string
): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'ti-profile-')),
    {
      executablePath: chromiumPath,
      headless: true,
      ...(locale ? {locale} : {}),
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        ...(locale ? [`--lang=${locale}`] : []),
      ],
    }
  );
  const first =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker'));
  const id = new URL(first.url()).host;
  // After a stop, the worker that answers next is a new one: always ask the context for the live one.
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().includes(id)) ??
    context.waitForEvent('serviceworker');
  return {context, id, worker, close: () => context.close()};
}
