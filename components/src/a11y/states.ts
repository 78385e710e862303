// Test fixtures: each component in the states a visitor meets, in each theme, for axe and the focus checks.
import {fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../index.ts';
import {HIGH_CONTRAST} from '../styles/high-contrast.ts';

export type Theme = 'light' | 'dark' | 'sober' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'sober', 'contrast'];

export interface ComponentState {
  name: string;
  tag: string;
  /** The element's attributes, as a template of it. */
  render(theme: 'light' | 'dark' | 'sober'): TemplateResult;
  /** The part whose presence says the state is rendered. */
  ready: string;
  /** A state with nothing to focus (a message alone). */
  static?: true;
}

export const STATES: readonly ComponentState[] = [
  {
    name: 'priority cards, one selected',
    tag: 'ti-priority-cards',
    render: (theme) =>
      html`<ti-priority-cards
        theme=${theme}
        selected="innovation"
      ></ti-priority-cards>`,
    ready: '[part~="selected"]',
  },
  {
    name: 'priority cards, unknown priority',
    tag: 'ti-priority-cards',
    render: (theme) =>
      html`<ti-priority-cards
        theme=${theme}
        selected="croissance"
      ></ti-priority-cards>`,
    ready: '[role="alert"]',
  },
  {
    name: 'service finder, place in a territory, unconfirmed and closed schemes',
    tag: 'ti-service-finder',
    render: (theme) =>
      html`<ti-service-finder
        theme=${theme}
        place="Oyonnax"
        status="unconfirmed,closed"
        query="industrie"
      ></ti-service-finder>`,
    ready: '[part="verdict"]',
  },
  {
    name: 'service finder, ambiguous postcode, unknown filter, no result',
    tag: 'ti-service-finder',
    render: (theme) =>
      html`<ti-service-finder
        theme=${theme}
        place="cp:01750"
        priority="croissance"
        query="zzzz"
      ></ti-service-finder>`,
    ready: '[part="candidate"]',
  },
  {
    name: 'funding widget, SME in a territory hiring 3',
    tag: 'ti-funding-widget',
    render: (theme) =>
      html`<ti-funding-widget
        theme=${theme}
        who="company"
        size="sme"
        place="Oyonnax"
        project="hiring"
        hires="3"
      ></ti-funding-widget>`,
    ready: '[part="place"] [data-status]',
  },
  {
    name: 'funding widget, ambiguous place and invalid attributes',
    tag: 'ti-funding-widget',
    render: (theme) =>
      html`<ti-funding-widget
        theme=${theme}
        who="pdg"
        place="cp:01750"
        project="hiring,voyage"
        hires="-2"
      ></ti-funding-widget>`,
    ready: '[part="candidate"]',
  },
  {
    name: 'territory card, a place in a territory',
    tag: 'ti-territory-card',
    render: (theme) =>
      html`<ti-territory-card
        theme=${theme}
        place="Oyonnax"
      ></ti-territory-card>`,
    ready: '[part="name"]',
  },
  {
    name: 'territory card, ambiguous postcode',
    tag: 'ti-territory-card',
    render: (theme) =>
      html`<ti-territory-card
        theme=${theme}
        place="cp:01750"
      ></ti-territory-card>`,
    ready: '[part="candidates"]',
  },
  {
    name: 'territory card, unknown territory',
    tag: 'ti-territory-card',
    render: (theme) =>
      html`<ti-territory-card
        theme=${theme}
        territory="ti-9999"
      ></ti-territory-card>`,
    ready: '[role="alert"]',
    static: true,
  },
  {
    name: 'territory map, a place in a territory, highlighted and framed',
    tag: 'ti-territory-map',
    render: (theme) =>
      html`<ti-territory-map
        theme=${theme}
        place="Oyonnax"
      ></ti-territory-map>`,
    ready: '[part="highlight"]',
  },
  {
    name: 'territory map, 2018-2022, unknown territory',
    tag: 'ti-territory-map',
    render: (theme) =>
      html`<ti-territory-map
        theme=${theme}
        phase="2018-2022"
        territory="ti-9999"
      ></ti-territory-map>`,
    ready: '[role="alert"]',
  },
  {
    name: 'list check, before a list',
    tag: 'ti-list-check',
    render: (theme) =>
      html`<ti-list-check
        theme=${theme}
        company-api="none"
        no-store
      ></ti-list-check>`,
    ready: '[part="drop"]',
  },
];

/** Renders a state in a theme, on a page background of that theme, and waits until it has rendered. */
export async function renderState(
  state: ComponentState,
  theme: Theme
): Promise<HTMLElement> {
  const background =
    theme === 'dark' ? '#161a20' : theme === 'contrast' ? '#000' : '#fff';
  const wrapper = await fixture<HTMLElement>(
    html`<div
      style="padding:1rem;background:${background};${theme === 'contrast' ? HIGH_CONTRAST : ''}"
    >
      ${state.render(theme === 'contrast' ? 'light' : theme)}
    </div>`
  );
  const el = wrapper.querySelector<HTMLElement>(state.tag)!;
  await waitUntil(
    () => el.shadowRoot?.querySelector(state.ready),
    `${state.name}: not rendered`,
    {timeout: 5000}
  );
  await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}
