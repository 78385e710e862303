import browser from 'webextension-polyfill';
import {companyClient} from './company-client.ts';
import {createLookupRunner} from './lookup-runner.ts';
import {
  forgetLookup,
  readLookup,
  readLookupIndex,
  readOpenTabs,
  writeLookup,
} from './session.ts';

export const RESUME_ALARM = 'resume-lookups';

// The worker's one runner: lookups in storage.session, answers through the API client and its cache, and an
// alarm that restarts a stopped worker within a minute to finish what it left pending.
const runner = createLookupRunner({
  store: {
    readLookup,
    writeLookup,
    forgetLookup,
    readLookupIndex,
    readOpenTabs,
  },
  client: companyClient(),
  wakeLater: () => browser.alarms.create(RESUME_ALARM, {delayInMinutes: 1}),
});

export const lookUp = runner.lookUp;

/** Finishes the lookups a stopped worker left undone (see createLookupRunner). */
export const resumePendingLookups = runner.resume;
