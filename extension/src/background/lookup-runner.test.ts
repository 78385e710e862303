import {expect} from '@open-wc/testing';
import type {CompanyClient, LookupResult} from '@ti-toolkit/core/company-api';
import type {LookupRecord, TabState} from '../shared/tab-state.ts';
import {indexEntry} from './lookup-index.ts';
import {createLookupRunner, type LookupStore} from './lookup-runner.ts';

const SIRET = '73282932000074';
const FOUND: LookupResult = {ok: true, value: {siren: '732829320'} as never};

/** storage.session as the worker sees it: JSON copies, shared by the worker that stops and the next one. */
function memoryStore(
  tab: TabState
): LookupStore & {lookups: Map<string, LookupRecord>} {
  const lookups = new Map<string, LookupRecord>();
  const copy = <T>(value: T): T =>
    value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
  return {
    lookups,
    readLookup: async (identifier) => copy(lookups.get(identifier)),
    writeLookup: async (record) =>
      void lookups.set(record.identifier, copy(record)),
    forgetLookup: async (identifier) => void lookups.delete(identifier),
    readLookupIndex: async () =>
      Object.fromEntries(
        [...lookups].map(([identifier, record]) => [
          identifier,
          indexEntry(record),
        ])
      ),
    readOpenTabs: async () => new Map([[7, copy(tab)]]),
  };
}

const NEVER = new Promise<never>(() => {});

/**
 * The steps of a lookup, in order. `stopAt` makes the step of that number never return, as when Chrome
 * stops the worker while it waits: what follows never runs.
 */
function steps(store: LookupStore, stopAt: number | null) {
  let step = 0;
  const at = <T>(run: () => Promise<T>): Promise<T> =>
    step++ === stopAt ? NEVER : run();
  const requests: string[] = [];
  const client: CompanyClient = {
    lookup: (identifier) => at(async () => (requests.push(identifier), FOUND)),
  };
  return {
    requests,
    client,
    store: {
      ...store,
      writeLookup: (record: LookupRecord) =>
        at(() => store.writeLookup(record)),
    },
    wakeLater: () => at(async () => undefined),
  };
}

const tab: TabState = {
  url: 'https://example.fr/mentions-legales',
  companies: [
    {siren: '732829320', siret: SIRET, source: 'page-text', confidence: 'high'},
  ],
  chosen: {siren: '732829320', address: 'establishment'},
  notice: null,
  updatedAt: 0,
};

describe('a lookup survives the worker being stopped between any two steps', () => {
  const STEPS = [
    'write "pending"',
    'arrange a wake-up',
    'ask the API',
    'write "done"',
  ];
  STEPS.forEach((name, stopAt) => {
    it(`stopped at "${name}": the next worker finishes it, and it is done once`, async () => {
      const store = memoryStore(tab);
      const first = steps(store, stopAt);
      void createLookupRunner(first).lookUp(SIRET);
      await new Promise((resolve) => setTimeout(resolve, 0));

      const next = steps(store, null);
      let done = 0;
      await createLookupRunner(next).resume({
        onDone: () => done++,
        onUnsaved: () => {},
      });

      expect(store.lookups.get(SIRET)).to.deep.include({
        status: 'done',
        result: FOUND,
      });
      expect(done).to.equal(1);
      // The stopped worker's request (if it got that far) and the resumed one: never more.
      expect(first.requests.length + next.requests.length).to.be.at.most(2);
      expect(next.requests).to.deep.equal([SIRET]);
    });
  });

  it('a worker that finished leaves nothing to resume', async () => {
    const store = memoryStore(tab);
    await createLookupRunner(steps(store, null)).lookUp(SIRET);
    const next = steps(store, null);
    await createLookupRunner(next).resume({onDone() {}, onUnsaved() {}});
    expect(next.requests).to.deep.equal([]);
  });

  it('two reports of the same company while it is looked up make one request', async () => {
    const store = memoryStore(tab);
    const only = steps(store, null);
    const runner = createLookupRunner(only);
    await Promise.all([runner.lookUp(SIRET), runner.lookUp(SIRET)]);
    expect(only.requests).to.deep.equal([SIRET]);
  });
});

describe('a lookup that storage refuses to keep', () => {
  const QUOTA = new Error('Session storage quota bytes exceeded.');
  const refusing = (store: LookupStore, refuse: LookupRecord['status']) => ({
    ...store,
    writeLookup: (record: LookupRecord) =>
      record.status === refuse
        ? Promise.reject(QUOTA)
        : store.writeLookup(record),
  });
  const client: CompanyClient = {lookup: async () => FOUND};
  const wakeLater = async () => undefined;

  for (const refused of ['pending', 'done'] as const)
    it(`refused at "${refused}": the caller is told, and no record is left pending`, async () => {
      const store = memoryStore(tab);
      const runner = createLookupRunner({
        store: refusing(store, refused),
        client,
        wakeLater,
      });
      const told: string[] = [];
      await runner.lookUp(SIRET, {
        onDone: () => told.push('done'),
        onUnsaved: () => told.push('unsaved'),
      });
      expect(told).to.deep.equal(['unsaved']);
      expect(store.lookups.has(SIRET)).to.equal(false);
    });

  it('tried again once storage has room, it ends with the answer', async () => {
    const store = memoryStore(tab);
    await createLookupRunner({
      store: refusing(store, 'done'),
      client,
      wakeLater,
    }).lookUp(SIRET);
    const told: string[] = [];
    await createLookupRunner({store, client, wakeLater}).lookUp(SIRET, {
      force: true,
      onDone: () => told.push('done'),
      onUnsaved: () => told.push('unsaved'),
    });
    expect(told).to.deep.equal(['done']);
    expect(store.lookups.get(SIRET)).to.deep.include({status: 'done'});
  });
});
