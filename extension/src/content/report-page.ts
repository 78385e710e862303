import {sendMessage} from '../messages/send-message.ts';
import {watchPage, type PageWatch} from '../page-scan/watch-page.ts';
import {pageReport} from './page-report.ts';

/**
 * Watches the page (DOM changes and single-page navigations, throttled, see watchPage) and reports it to the
 * worker each time what it says changes; `rescan` starts over on the adviser's request.
 */
export function reportPage(doc: Document): {rescan(): void} {
  let watch: PageWatch | null = null;
  let lastReport = '';
  const start = () => {
    watch?.stop();
    lastReport = '';
    watch = watchPage({
      onResult: (scan, href) => {
        const report = pageReport(doc, href, scan);
        const key = JSON.stringify(report);
        if (key === lastReport) return;
        lastReport = key;
        void sendMessage('page-companies', report).catch(
          () => undefined // The extension was updated or removed: this page's script is orphaned.
        );
      },
    });
  };
  start();
  return {rescan: start};
}
