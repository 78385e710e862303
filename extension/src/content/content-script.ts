// The content script: injected on registry sites, on sites the adviser granted, and on a click (activeTab).
// It finds the companies a page names and tells the worker; it draws nothing in the page and carries no UI
// code (that lives in the side panel), so what every page pays stays small (budget: 8 kB gzip).
import {reportPage} from './report-page.ts';
import {autoScanAllowed} from './settings.ts';

interface ContentWorld {
  /** Set once the script has started in this page's isolated world: a second injection does nothing. */
  tiContentScript?: boolean;
  /** Set by the worker just before it injects the script on the adviser's request. */
  tiScanOnRequest?: boolean;
  /** Called by the worker when the adviser asks again on a page that already has the script. */
  tiRescan?: () => void;
}

const world = globalThis as ContentWorld;

if (!world.tiContentScript) {
  world.tiContentScript = true;
  void start();
}

async function start(): Promise<void> {
  if (!world.tiScanOnRequest && !(await autoScanAllowed())) return;
  const page = reportPage(document);
  world.tiRescan = () => page.rescan();
}
