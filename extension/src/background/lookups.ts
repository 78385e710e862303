import browser from 'webextension-polyfill';
import type {LookupRecord} from '../shared/tab-state.ts';
import {companyClient} from './company-client.ts';
import {isSettled} from './lookup-freshness.ts';
import {readAll, readLookup, writeLookup} from './session.ts';

export const RESUME_ALARM = 'resume-lookups';

const running = new Map<string, Promise<LookupRecord>>();

/**
 * Looks an identifier up unless a recent answer exists. The pending state is written before the request and
 * the answer right after it, so a worker stopped in between leaves a "pending" record that the next start
 * resumes (resumePendingLookups); an alarm wakes the worker for that even if nothing else does.
 */
export async function lookUp(
  identifier: string,
  {force = false, onDone}: {force?: boolean; onDone?: () => void} = {}
): Promise<void> {
  const existing = running.get(identifier);
  if (existing) return void (await existing);
  if (!force && isSettled(await readLookup(identifier), Date.now())) return;
  const work = run(identifier).finally(() => running.delete(identifier));
  running.set(identifier, work);
  await work;
  onDone?.();
}

async function run(identifier: string): Promise<LookupRecord> {
  await writeLookup({identifier, status: 'pending', startedAt: Date.now()});
  await browser.alarms.create(RESUME_ALARM, {delayInMinutes: 1});
  const result = await companyClient().lookup(identifier);
  const record: LookupRecord = {
    identifier,
    status: 'done',
    result,
    finishedAt: Date.now(),
  };
  await writeLookup(record);
  return record;
}

/** Restarts the lookups a stopped worker left pending (not the ones running in this worker). */
export async function resumePendingLookups(onDone: () => void): Promise<void> {
  const {lookups} = await readAll();
  const pending = [...lookups.values()].filter(
    (record) => record.status === 'pending' && !running.has(record.identifier)
  );
  await Promise.all(
    pending.map((record) => lookUp(record.identifier, {force: true, onDone}))
  );
}
