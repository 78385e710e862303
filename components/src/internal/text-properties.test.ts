import {expect, fixture} from '@open-wc/testing';
import '../funding-widget/funding-widget.ts';
import '../priority-cards/priority-cards.ts';
import '../service-finder/service-finder.ts';
import '../territory-card/territory-card.ts';

// Every text property of every component, as a framework or a script may set it: null, undefined, a number.
const TEXT_PROPERTIES: Record<string, string[]> = {
  'ti-service-finder': [
    'query',
    'priority',
    'beneficiary',
    'kind',
    'operator',
    'status',
    'place',
    'reportUrl',
    'sort',
  ],
  'ti-funding-widget': [
    'who',
    'size',
    'place',
    'project',
    'hires',
    'naf',
    'investmentStarted',
    'reportUrl',
  ],
  'ti-territory-card': ['territory', 'place'],
  'ti-priority-cards': ['selected', 'for'],
};

/** Errors thrown while the element updates surface as window errors or rejections: counted here. */
function watchErrors(): {errors: unknown[]; stop(): void} {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('text properties set from JavaScript', () => {
  for (const [tag, names] of Object.entries(TEXT_PROPERTIES))
    it(`${tag} takes null, undefined and numbers without throwing`, async () => {
      const el = await fixture<HTMLElement & Record<string, unknown>>(
        `<${tag}></${tag}>`
      );
      const watch = watchErrors();
      try {
        for (const value of [null, undefined, 78810]) {
          for (const name of names) el[name] = value;
          await (el as unknown as {updateComplete: Promise<unknown>})
            .updateComplete;
          for (const name of names)
            expect(el[name], `${tag}.${name} = ${value}`).to.equal(
              value == null ? '' : '78810'
            );
        }
        // Let a place resolution started by the last value settle.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(watch.errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        watch.stop();
      }
    });
});
