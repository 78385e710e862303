import {
  elementUpdated,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type {TiPriorityCards} from './priority-cards.component.ts';
import './priority-cards.ts';

async function ready(el: TiPriorityCards): Promise<TiPriorityCards> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part~="card"]'),
    'cards did not render'
  );
  return el;
}

const cards = (el: TiPriorityCards) => [
  ...el.shadowRoot!.querySelectorAll('[part~="card"]'),
];
const buttons = (el: TiPriorityCards) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]'),
];

describe('ti-priority-cards', () => {
  it('is accessible', async () => {
    const el = await ready(
      await fixture<TiPriorityCards>(
        html`<ti-priority-cards></ti-priority-cards>`
      )
    );
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows the four priorities in order, each with what it covers and its number of services', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      expect(cards(el)).to.have.length(4);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map(
        (t) => t.textContent
      );
      expect(titles[0]).to.match(/transition écologique/i);
      expect(
        el.shadowRoot!.querySelectorAll('[part="covers"] li').length
      ).to.be.greaterThan(4);
      for (const button of buttons(el))
        expect(button.textContent).to.match(/\d+ services?|Aucun service/);
      expect(el.layout).to.equal('grid');
    });

    it('tells it is loading first, politely', async () => {
      const el = await fixture<TiPriorityCards>(
        html`<ti-priority-cards></ti-priority-cards>`
      );
      const status = el.shadowRoot!.querySelector('[role="status"]');
      if (status) expect(status.getAttribute('aria-live')).to.equal('polite');
      await ready(el);
    });
  });

  describe('accessible names', () => {
    it('names each button by its card title and its count, so that no two read the same', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      const names = buttons(el).map((button) =>
        button
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
          .join(' ')
      );
      expect(new Set(names).size).to.equal(4);
      expect(names[0]).to.match(/transition.*\d+ services?/i);
    });
  });

  describe('attributes', () => {
    it('marks the selected priority', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards selected="innovation"></ti-priority-cards>`
        )
      );
      const pressed = buttons(el).filter(
        (b) => b.getAttribute('aria-pressed') === 'true'
      );
      expect(pressed).to.have.length(1);
      expect(cards(el)[1]!.getAttribute('part')).to.equal('card selected');
    });

    it('says so, visibly and accessibly, when the selected priority is unknown', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards
            selected=${'<img src=x onerror=alert(1)>'}
          ></ti-priority-cards>`
        )
      );
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Priorité inconnue');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses the heading level it is given, within 2 to 6', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards heading-level="9"></ti-priority-cards>`
        )
      );
      expect(
        el
          .shadowRoot!.querySelector('[part="title"]')!
          .getAttribute('aria-level')
      ).to.equal('6');
    });
  });

  describe('events', () => {
    it('fires ti-priority-select on click, and clears on a second click', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      setTimeout(() => buttons(el)[2]!.click());
      const event = await oneEvent(el, 'ti-priority-select');
      expect(event.detail.priority).to.equal('skills-recruitment');
      expect(event.bubbles && event.composed).to.equal(true);
      setTimeout(() => buttons(el)[2]!.click());
      expect(
        (await oneEvent(el, 'ti-priority-select')).detail.priority
      ).to.equal(null);
    });

    it('does not fire when the selection is set by attribute', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      let fired = 0;
      el.addEventListener('ti-priority-select', () => fired++);
      el.setAttribute('selected', 'innovation');
      await elementUpdated(el);
      expect(fired).to.equal(0);
    });

    it('drives the service finder named by `for`', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <ti-priority-cards for="finder"></ti-priority-cards>
          <div id="finder"></div>
        </div>`
      );
      const el = await ready(page.querySelector('ti-priority-cards')!);
      buttons(el)[3]!.click();
      expect(page.querySelector('#finder')!.getAttribute('priority')).to.equal(
        'industrial-land'
      );
      buttons(el)[3]!.click();
      expect(page.querySelector('#finder')!.hasAttribute('priority')).to.equal(
        false
      );
    });
  });

  describe('keyboard', () => {
    it('selects with Tab and Enter', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      buttons(el)[0]!.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
      setTimeout(() => sendKeys({press: 'Enter'}));
      expect(
        (await oneEvent(el, 'ti-priority-select')).detail.priority
      ).to.equal('innovation');
    });
  });

  describe('localization', () => {
    it('speaks English when its lang or an ancestor says so', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<div lang="en"><ti-priority-cards></ti-priority-cards></div>`
        ).then((d) => d.querySelector('ti-priority-cards')!)
      );
      expect(
        el.shadowRoot!.querySelector('[part="title"]')!.textContent
      ).to.match(/transition/i);
      expect(buttons(el)[0]!.textContent).to.match(/services?|No service/);
      expect(
        el
          .shadowRoot!.querySelector('[part="covers"]')!
          .getAttribute('aria-label')
      ).to.equal('What it covers');
    });

    it('follows a change of language on an ancestor', async () => {
      const section = await fixture<HTMLElement>(
        html`<section lang="fr">
          <ti-priority-cards></ti-priority-cards>
        </section>`
      );
      const el = await ready(section.querySelector('ti-priority-cards')!);
      section.setAttribute('lang', 'en');
      await waitUntil(
        () =>
          el
            .shadowRoot!.querySelector('[part="covers"]')!
            .getAttribute('aria-label') === 'What it covers'
      );
    });

    it('follows a change of its lang attribute', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards></ti-priority-cards>`
        )
      );
      el.setAttribute('lang', 'en');
      await waitUntil(
        () =>
          el
            .shadowRoot!.querySelector('[part="covers"]')!
            .getAttribute('aria-label') === 'What it covers'
      );
    });

    it('reads the nearest lang through the shadow roots it sits in', async () => {
      const outer = await fixture<HTMLElement>(
        html`<div lang="en"><div></div></div>`
      );
      const root = outer.firstElementChild!.attachShadow({mode: 'open'});
      root.innerHTML =
        '<ti-priority-cards></ti-priority-cards><section lang="fr"><ti-priority-cards></ti-priority-cards></section>';
      const [above, inside] = await Promise.all(
        [...root.querySelectorAll<TiPriorityCards>('ti-priority-cards')].map(
          ready
        )
      );
      const covers = (el: TiPriorityCards | undefined) =>
        el!
          .shadowRoot!.querySelector('[part="covers"]')!
          .getAttribute('aria-label');
      // The host's ancestor speaks for the first; the second has its own section inside the shadow root.
      expect(covers(above)).to.equal('What it covers');
      expect(covers(inside)).to.equal('Ce qu’elle couvre');
    });
  });

  describe('theme', () => {
    it('follows the system dark mode unless told light, and stays accessible', async () => {
      await emulateMedia({colorScheme: 'dark'});
      try {
        const el = await ready(
          await fixture<TiPriorityCards>(
            html`<ti-priority-cards></ti-priority-cards>`
          )
        );
        const background = (e: Element) =>
          getComputedStyle(e.shadowRoot!.querySelector('[part~="card"]')!)
            .backgroundColor;
        expect(background(el)).to.equal('rgb(22, 26, 32)');
        await expect(el).to.be.accessible();
        const light = await ready(
          await fixture<TiPriorityCards>(
            html`<ti-priority-cards theme="light"></ti-priority-cards>`
          )
        );
        expect(background(light)).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });

    it('keeps a partner light colour out of the dark theme, which has its own tokens', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards
            theme="dark"
            style="--ti-sys-color-primary: #2c4f8c; --ti-sys-dark-color-surface: rgb(4, 5, 6)"
          ></ti-priority-cards>`
        )
      );
      const card = el.shadowRoot!.querySelector('[part~="card"]')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(buttons(el)[0]!).color).to.not.equal(
        'rgb(44, 79, 140)'
      );
      await expect(el).to.be.accessible();
    });

    it('takes the partner colours from the --ti-sys tokens', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards
            style="--ti-sys-color-surface: rgb(1, 2, 3)"
          ></ti-priority-cards>`
        )
      );
      expect(
        getComputedStyle(el.shadowRoot!.querySelector('[part~="card"]')!)
          .backgroundColor
      ).to.equal('rgb(1, 2, 3)');
    });

    it('is accessible in the dark theme', async () => {
      const el = await ready(
        await fixture<TiPriorityCards>(
          html`<ti-priority-cards
            theme="dark"
            selected="innovation"
          ></ti-priority-cards>`
        )
      );
      await expect(el).to.be.accessible();
    });
  });
});
