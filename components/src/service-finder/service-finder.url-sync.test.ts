import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TiServiceFinder} from './service-finder.component.ts';
import {searchWithState, SYNCED_KEYS, URL_WRITE_DELAY} from './filter-state.ts';
import {$} from '../internal/shadow-queries.ts';
import './service-finder.ts';

const ready = async (el: TiServiceFinder) => {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="results"]'),
    'results did not render',
    {timeout: 5000}
  );
  await el.updateComplete;
  return el;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every replaceState the page makes while `run` runs. */
async function countWrites(run: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  const original = history.replaceState;
  history.replaceState = function (this: History, ...args) {
    urls.push(String(args[2]));
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    history.replaceState = original;
  }
  return urls;
}

const empty = Object.fromEntries(SYNCED_KEYS.map((key) => [key, ''])) as Record<
  (typeof SYNCED_KEYS)[number],
  string
>;

// A partner's own long parameters, encoded as they like: they must come back byte for byte.
const FOREIGN = `utm_campaign=${'a%20b+c%C3%A9'.repeat(3000)}&empty=&flag&ti-other-query=theirs`;

describe('<ti-service-finder url-sync>', () => {
  let before: string;
  beforeEach(() => (before = location.href));
  afterEach(() => history.replaceState(null, '', before));

  it('is accessible, with its state read from the URL', async () => {
    history.replaceState(null, '', '?ti-query=vte&ti-kind=recruitment');
    const el = await ready(
      await fixture<TiServiceFinder>(
        html`<ti-service-finder url-sync></ti-service-finder>`
      )
    );
    await expect(el).to.be.accessible();
    expect([el.query, el.kind]).to.deep.equal(['vte', 'recruitment']);
  });

  it('writes a word typed once, after the typing, keeping the rest of the address', async () => {
    history.replaceState(null, '', `?${FOREIGN}#results`);
    const start = location.search;
    const el = await ready(
      await fixture<TiServiceFinder>(
        html`<ti-service-finder url-sync></ti-service-finder>`
      )
    );
    const historyLength = history.length;
    const writes = await countWrites(async () => {
      $(el, '#ti-search')!.focus();
      await sendKeys({type: 'recrutement'});
      expect(location.search, 'no write while typing').to.equal(start);
      await waitUntil(
        () => location.search.includes('ti-query='),
        'URL not written',
        {timeout: URL_WRITE_DELAY * 5}
      );
      await pause(URL_WRITE_DELAY * 2);
    });
    expect(writes).to.have.length(1);
    expect(location.search).to.equal(`${start}&ti-query=recrutement`);
    expect(location.hash).to.equal('#results');
    expect(history.length).to.equal(historyLength);
  });

  it('keeps a long foreign query byte for byte when its own parameters change or go', async () => {
    history.replaceState(null, '', `?ti-kind=funding&${FOREIGN}`);
    const foreign = location.search.replace('?ti-kind=funding&', '');
    const el = await ready(
      await fixture<TiServiceFinder>(
        html`<ti-service-finder url-sync></ti-service-finder>`
      )
    );
    expect(el.kind).to.equal('funding');
    el.kind = 'support';
    el.query = 'vte';
    await waitUntil(
      () => location.search.endsWith('ti-query=vte&ti-kind=support'),
      'URL not written'
    );
    expect(location.search).to.equal(
      `?${foreign}&ti-query=vte&ti-kind=support`
    );
    el.kind = '';
    el.query = '';
    await waitUntil(() => !location.search.includes('ti-query'));
    expect(location.search).to.equal(`?${foreign}`);
  });

  it('makes a waiting write when the element leaves the page', async () => {
    const el = await ready(
      await fixture<TiServiceFinder>(
        html`<ti-service-finder url-sync></ti-service-finder>`
      )
    );
    el.query = 'export';
    await el.updateComplete;
    el.remove();
    expect(new URLSearchParams(location.search).get('ti-query')).to.equal(
      'export'
    );
  });

  it('leaves the history as before: no new entry, and back finds each entry as it was written', async () => {
    history.replaceState(null, '', '?page=1');
    const el = await ready(
      await fixture<TiServiceFinder>(
        html`<ti-service-finder url-sync></ti-service-finder>`
      )
    );
    el.query = 'vte';
    await waitUntil(() => location.search === '?page=1&ti-query=vte');
    // The page (a router) pushes an entry, the user types on, then goes back before the write.
    history.pushState(null, '', '?page=2');
    el.query = 'vte export';
    await el.updateComplete;
    const back = new Promise((resolve) =>
      addEventListener('popstate', resolve, {once: true})
    );
    history.back();
    await back;
    await pause(URL_WRITE_DELAY * 2);
    // The write meant for ?page=2 is dropped: the entry gone back to keeps its own state.
    expect(location.search).to.equal('?page=1&ti-query=vte');
    const forward = new Promise((resolve) =>
      addEventListener('popstate', resolve, {once: true})
    );
    history.forward();
    await forward;
    expect(location.search).to.equal('?page=2');
  });

  it('writes nothing else than its own parameters (searchWithState)', () => {
    const state = {...empty, query: 'a b&c', kind: 'funding,support'};
    expect(searchWithState('', state, 'ti-')).to.equal(
      '?ti-query=a+b%26c&ti-kind=funding%2Csupport'
    );
    expect(searchWithState('?x=%41+&&ti-query=old', state, 'ti-')).to.equal(
      '?x=%41+&&ti-query=a+b%26c&ti-kind=funding%2Csupport'
    );
    // An encoded name of ours is still ours; another finder's parameters are not.
    expect(
      searchWithState('?ti%2Dquery=old&ti-b-query=x', empty, 'ti-')
    ).to.equal('?ti-b-query=x');
    expect(searchWithState('?ti-query=old', empty, 'ti-')).to.equal('');
    expect(
      searchWithState('?q=1', {...empty, query: 'x'.repeat(600)}, 'ti-a-')
    ).to.equal(`?q=1&ti-a-query=${'x'.repeat(500)}`);
  });
});
