import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {TiPriorityCards} from '../priority-cards/priority-cards.component.ts';
import '../priority-cards/priority-cards.ts';

/** The cards inside a page block of the given style, once rendered. */
async function cardsIn(
  style: string,
  theme: string | null = null
): Promise<TiPriorityCards> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${style}>
      <ti-priority-cards theme=${theme ?? 'auto'}></ti-priority-cards>
    </div>`
  );
  const el = wrapper.querySelector<TiPriorityCards>('ti-priority-cards')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="button"]'),
    'cards did not render'
  );
  return el;
}

const button = (el: TiPriorityCards) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;

describe('the partner look', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it("inherits the page's font family, down to the buttons", async () => {
    const el = await cardsIn('font-family: Georgia, serif');
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(button(el)).fontFamily).to.equal('Georgia, serif');
    await expect(el).to.be.accessible();
  });

  it('takes the font token over the page font', async () => {
    const el = await cardsIn(
      'font-family: Georgia, serif; --ti-sys-typescale-font: monospace'
    );
    expect(getComputedStyle(button(el)).fontFamily).to.equal('monospace');
  });

  it('draws the sober theme with square corners and its deep blue, and keeps a partner token', async () => {
    const sober = await cardsIn('', 'sober');
    expect(getComputedStyle(sober).color).to.equal('rgb(22, 22, 22)');
    expect(getComputedStyle(button(sober)).borderTopLeftRadius).to.equal('0px');
    await expect(sober).to.be.accessible();
    const branded = await cardsIn(
      '--ti-sys-color-on-surface: #102030',
      'sober'
    );
    expect(getComputedStyle(branded).color).to.equal('rgb(16, 32, 48)');
  });

  it('keeps the sober theme light when the system is dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await cardsIn('', 'sober');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('falls back to auto on an unknown theme and says so once in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const auto = await cardsIn('', 'auto');
      const unknown = await cardsIn('', 'blue');
      await cardsIn('', 'blue');
      expect(getComputedStyle(unknown).color).to.equal(
        getComputedStyle(auto).color
      );
      expect(warnings).to.deep.equal([
        '[ti-components] <ti-priority-cards> theme="blue" is not one of auto, light, dark, sober: the "auto" theme is used.',
      ]);
      await expect(unknown).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('says nothing for an empty theme, the default', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await cardsIn('', '');
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
